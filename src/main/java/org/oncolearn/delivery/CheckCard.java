package org.oncolearn.delivery;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.oncolearn.attempt.AnswerOutcome;
import org.oncolearn.attempt.Confidence;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Option;

/** One check: the stem as the label of its options, an answer button, then feedback for every option. */
class CheckCard extends StepComponent {

    /** The learner submitted the options they chose. */
    static class AnswerSubmitted extends ComponentEvent<CheckCard> {

        private final Set<String> optionIds;
        private final Optional<Confidence> confidence;

        AnswerSubmitted(CheckCard source, Set<String> optionIds, Optional<Confidence> confidence) {
            super(source, true);
            this.optionIds = Set.copyOf(optionIds);
            this.confidence = confidence;
        }

        Set<String> optionIds() {
            return optionIds;
        }

        Optional<Confidence> confidence() {
            return confidence;
        }
    }

    private final Check check;
    private final Lesson lesson;
    private final String onwards;
    private final String language;
    private final List<Option> options;
    private final AbstractField<?, ?> choices;
    private final Optional<RadioButtonGroup<Confidence>> sure;
    private final Button submit = new Button(getTranslation("check.answer"));

    /** A check of a lesson round. */
    static CheckCard inRound(
            Lesson lesson,
            Check check,
            List<Option> options,
            int position,
            int count,
            int round,
            boolean askConfidence,
            String language) {
        return new CheckCard(
                lesson,
                check,
                options,
                ui(round > 1 ? "check.heading.retry" : "check.heading", position, count),
                ui(position == count ? "check.toResult" : "check.next"),
                askConfidence,
                language);
    }

    private static String ui(String key, Object... params) {
        return com.vaadin.flow.i18n.I18NProvider.translate(key, params);
    }

    /**
     * @param options the check's options in the order this learner sees them
     * @param headingText where the check stands, e.g. "Check 2 of 5"
     * @param onwards the label of the button that follows the feedback
     * @param askConfidence whether the learner says how sure they are before checking
     */
    CheckCard(
            Lesson lesson,
            Check check,
            List<Option> options,
            String headingText,
            String onwards,
            boolean askConfidence,
            String language) {
        this.lesson = lesson;
        this.check = check;
        this.options = List.copyOf(options);
        this.onwards = onwards;
        this.language = language;
        addClassName("check");
        H2 heading = new H2(headingText);
        Headings.focusable(heading);
        Span lessonName = new Span(getTranslation("lesson.heading", lesson.number(), lesson.title()));
        lessonName.addClassName("check-lesson");
        add(lessonName, heading);

        choices = check.type() == CheckType.MULTIPLE ? checkboxes() : radios();
        choices.addClassName("check-options");
        // The stem and the options are course content; only the helper text below them is not.
        choices.getElement().setAttribute("lang", language);
        add(choices);
        sure = askConfidence ? Optional.of(confidenceChoice()) : Optional.empty();
        sure.ifPresent(this::add);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setEnabled(false);
        submit.addClickListener(
                e -> fireEvent(new AnswerSubmitted(this, selectedIds(), sure.map(RadioButtonGroup::getValue))));
        add(submit);
    }

    /** Before checking, the learner says how sure they are; the marks reward honest confidence. */
    private RadioButtonGroup<Confidence> confidenceChoice() {
        RadioButtonGroup<Confidence> group = new RadioButtonGroup<>(getTranslation("confidence.question"));
        group.addClassName("confidence");
        group.setItems(Confidence.values());
        group.setItemLabelGenerator(c -> getTranslation("confidence." + c.code()));
        group.setHelperText(getTranslation("confidence.help"));
        group.addValueChangeListener(e -> updateSubmit());
        return group;
    }

    private void updateSubmit() {
        boolean chosen = !selectedIds().isEmpty();
        boolean rated = sure.map(g -> g.getValue() != null).orElse(true);
        submit.setEnabled(chosen && rated);
    }

    private AbstractField<?, ?> radios() {
        RadioButtonGroup<Option> group = new RadioButtonGroup<>(check.stem());
        group.setItems(options);
        group.setItemLabelGenerator(Option::text);
        group.setHelperComponent(helper("check.single"));
        group.addValueChangeListener(e -> updateSubmit());
        return group;
    }

    private AbstractField<?, ?> checkboxes() {
        CheckboxGroup<Option> group = new CheckboxGroup<>(check.stem());
        group.setItems(options);
        group.setItemLabelGenerator(Option::text);
        group.setHelperComponent(helper("check.multiple"));
        group.addValueChangeListener(e -> updateSubmit());
        return group;
    }

    private Span helper(String key) {
        Span helper = new Span(getTranslation(key));
        helper.getElement().setAttribute("lang", getLocale().getLanguage());
        return helper;
    }

    private Set<String> selectedIds() {
        if (choices == null) {
            return Set.of();
        }
        Object value = choices.getValue();
        if (value instanceof Option single) {
            return Set.of(single.id());
        }
        if (value instanceof Set<?> many) {
            return many.stream().map(o -> ((Option) o).id()).collect(Collectors.toSet());
        }
        return Set.of();
    }

    Registration addAnswerListener(ComponentEventListener<AnswerSubmitted> listener) {
        return addListener(AnswerSubmitted.class, listener);
    }

    /** Locks the answer and shows why each option is right or wrong. */
    @SuppressWarnings("unchecked")
    void showFeedback(AnswerOutcome outcome) {
        // After a reload the card is new: show the options the learner had chosen.
        List<Option> chosen = options.stream()
                .filter(o -> outcome.selectedOptionIds().contains(o.id()))
                .toList();
        if (choices.isEmpty() && !chosen.isEmpty()) {
            if (choices instanceof CheckboxGroup<?> many) {
                ((CheckboxGroup<Option>) many).setValue(Set.copyOf(chosen));
            } else {
                ((RadioButtonGroup<Option>) choices).setValue(chosen.getFirst());
            }
        }
        choices.setReadOnly(true);
        sure.ifPresent(group -> {
            if (group.isEmpty()) {
                outcome.confidence().ifPresent(group::setValue);
            }
            group.setReadOnly(true);
        });
        remove(submit);
        FeedbackPanel feedback = new FeedbackPanel(outcome, language);
        Button next = actionButton(onwards, StepAction.Kind.NEXT, lesson.id(), true);
        add(feedback, next);
        next.focus();
    }

    /** Lets the learner try the same check again after the server refused an invalid selection. */
    void allowResubmit() {
        submit.setEnabled(true);
    }
}
