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

    FeedbackPanel(AnswerOutcome outcome, String language) {
        addClassName("feedback");
        addClassName(outcome.correct() ? "feedback-correct" : "feedback-incorrect");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");

        add(new H3(getTranslation(outcome.correct() ? "feedback.correct" : "feedback.notQuite")));
        long keys = outcome.check().keyIds().size();
        add(new Paragraph(
                getTranslation(outcome.correct() ? "feedback.wellDone" : keys > 1 ? "feedback.keys" : "feedback.key")));

        outcome.marks().ifPresent(marks -> {
            Paragraph sure = new Paragraph(getTranslation(
                    "feedback.marks",
                    getTranslation("confidence.said."
                            + outcome.confidence().orElseThrow().code()),
                    CalibrationPanel.signed(marks)));
            sure.addClassName("marks");
            add(sure);
        });

        UnorderedList options = new UnorderedList();
        options.addClassName("rationales");
        for (Option option : outcome.options()) {
            options.add(item(option, outcome.selectedOptionIds().contains(option.id()), language));
        }
        add(options);
        add(new SourceList(outcome.check().sources(), language));
    }

    private ListItem item(Option option, boolean chosen, String language) {
        ListItem item = new ListItem();
        item.addClassName(option.key() ? "option-key" : "option-distractor");
        Span verdict = new Span(getTranslation(option.key() ? "feedback.correctAnswer" : "feedback.incorrect"));
        verdict.addClassName("verdict");
        item.add(verdict);
        if (chosen) {
            Span yours = new Span(getTranslation("feedback.yourChoice"));
            yours.addClassName("your-choice");
            item.add(yours);
        }
        Paragraph text = new Paragraph(option.text());
        text.addClassName("option-text");
        Paragraph rationale = new Paragraph(option.rationale());
        rationale.addClassName("rationale");
        text.getElement().setAttribute("lang", language);
        rationale.getElement().setAttribute("lang", language);
        item.add(text, rationale);
        return item;
    }
}
