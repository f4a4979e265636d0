package org.oncolearn.delivery;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.oncolearn.attempt.AnswerOutcome;
import org.oncolearn.course.Option;

/**
 * Feedback after an answer: right or not, then every option with whether it is a key, whether the learner chose it,
 * and its rationale. It is a live region, so screen readers announce it without moving focus.
 */
class FeedbackPanel extends Div {

    FeedbackPanel(AnswerOutcome outcome) {
        addClassName("feedback");
        addClassName(outcome.correct() ? "feedback-correct" : "feedback-incorrect");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");

        add(new H3(outcome.correct() ? "Correct" : "Not quite"));
        long keys = outcome.check().keyIds().size();
        add(new Paragraph(
                outcome.correct()
                        ? "Well done. Here is why each option is right or wrong."
                        : keys > 1
                                ? "The correct answers are marked below, with the reason for each option."
                                : "The correct answer is marked below, with the reason for each option."));

        UnorderedList options = new UnorderedList();
        options.addClassName("rationales");
        for (Option option : outcome.check().options()) {
            options.add(item(option, outcome.selectedOptionIds().contains(option.id())));
        }
        add(options);
        add(new SourceList(outcome.check().sources()));
    }

    private static ListItem item(Option option, boolean chosen) {
        ListItem item = new ListItem();
        item.addClassName(option.key() ? "option-key" : "option-distractor");
        Span verdict = new Span(option.key() ? "Correct answer" : "Incorrect");
        verdict.addClassName("verdict");
        item.add(verdict);
        if (chosen) {
            Span yours = new Span("Your choice");
            yours.addClassName("your-choice");
            item.add(yours);
        }
        Paragraph text = new Paragraph(option.text());
        text.addClassName("option-text");
        Paragraph rationale = new Paragraph(option.rationale());
        rationale.addClassName("rationale");
        item.add(text, rationale);
        return item;
    }
}
