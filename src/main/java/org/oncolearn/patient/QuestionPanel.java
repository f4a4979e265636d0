package org.oncolearn.patient;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Set;
import java.util.stream.Collectors;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Option;
import org.oncolearn.patient.SelfCheck.Question;

/** One plain-language question; after the answer, kind feedback that explains and ends with what to ask. */
class QuestionPanel extends Div {

    static class NextEvent extends ComponentEvent<QuestionPanel> {
        NextEvent(QuestionPanel source) {
            super(source, true);
        }
    }

    private final SelfCheck run;
    private final Question question;
    private final String language;
    private final Div feedback = new Div();
    private final Paragraph problem = new Paragraph();

    QuestionPanel(SelfCheck run, Question question) {
        this.run = run;
        this.question = question;
        this.language = run.course().language();
        addClassName("patient-question");
        H2 heading = new H2(getTranslation(
                "patient.question.heading", question.number(), run.questions().size()));
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        AbstractSinglePropertyField<?, ?> choice = choice();
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        feedback.addClassName("patient-feedback");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
        Button check = new Button(getTranslation("patient.question.check"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> {
            Set<Option> chosen = chosen(choice);
            if (chosen.isEmpty()) {
                problem.setText(getTranslation("patient.question.choose"));
                return;
            }
            problem.setText("");
            run.answer(question, chosen.stream().map(Option::id).collect(Collectors.toSet()));
            choice.setReadOnly(true);
            check.setVisible(false);
            showFeedback(chosen);
        });
        add(problem, check, feedback);
        addAttachListener(e -> heading.getElement().callJsFunction("focus"));
    }

    /** A radio group for one answer, checkboxes for "choose all that apply"; the stem is the group's label. */
    private AbstractSinglePropertyField<?, ?> choice() {
        if (question.check().type() == CheckType.MULTIPLE) {
            CheckboxGroup<Option> group = new CheckboxGroup<>(question.check().stem());
            group.setItems(question.check().options());
            group.setItemLabelGenerator(Option::text);
            group.setHelperText(getTranslation("patient.question.all"));
            group.getElement().setAttribute("lang", language);
            add(group);
            return group;
        }
        RadioButtonGroup<Option> group = new RadioButtonGroup<>(question.check().stem());
        group.setItems(question.check().options());
        group.setItemLabelGenerator(Option::text);
        group.getElement().setAttribute("lang", language);
        add(group);
        return group;
    }

    @SuppressWarnings("unchecked")
    private static Set<Option> chosen(AbstractSinglePropertyField<?, ?> choice) {
        Object value = choice.getValue();
        if (value instanceof Set<?> many) {
            return (Set<Option>) many;
        }
        return value == null ? Set.of() : Set.of((Option) value);
    }

    private void showFeedback(Set<Option> chosen) {
        boolean right = run.right(question);
        feedback.addClassName(right ? "is-right" : "is-not-yet");
        feedback.add(new Paragraph(getTranslation(right ? "patient.feedback.right" : "patient.feedback.notYet")));
        for (Option option : chosen) {
            Paragraph why = new Paragraph(option.rationale());
            why.getElement().setAttribute("lang", language);
            feedback.add(why);
        }
        if (!right) {
            String keys = question.check().options().stream()
                    .filter(Option::key)
                    .map(Option::text)
                    .collect(Collectors.joining("; "));
            Paragraph answer = new Paragraph(getTranslation("patient.feedback.answer") + " ");
            Span text = new Span(keys);
            text.getElement().setAttribute("lang", language);
            answer.add(text);
            feedback.add(answer);
        }
        question.check().ask().ifPresent(ask -> {
            Paragraph asking = new Paragraph(getTranslation("patient.feedback.ask") + " ");
            Span text = new Span(ask);
            text.getElement().setAttribute("lang", language);
            asking.add(text);
            asking.addClassName("ask");
            feedback.add(asking);
        });
        boolean last = question.number() == run.questions().size();
        boolean topicEnds = last || run.questions().get(question.number()).topicNumber() != question.topicNumber();
        Button next = new Button(
                getTranslation(
                        last
                                ? "patient.question.summary"
                                : topicEnds ? "patient.question.nextTopic" : "patient.question.next"),
                e -> fireEvent(new NextEvent(this)));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(next);
        next.focus();
    }
}
