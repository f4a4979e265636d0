package org.oncolearn.delivery;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.shared.Registration;

/** Base of the components that show one step of a course and fire {@link StepAction}s. */
abstract class StepComponent extends Section {

    /**
     * The stage around a step carries the course language; the step's own wording is in the interface language, and
     * each step marks its pieces of course content with the course language again.
     */
    StepComponent() {
        getElement().setAttribute("lang", getLocale().getLanguage());
    }

    Registration addStepActionListener(ComponentEventListener<StepAction> listener) {
        return addListener(StepAction.class, listener);
    }

    void fire(StepAction.Kind kind, String lessonId) {
        fireEvent(new StepAction(this, kind, lessonId));
    }

    /** A score in words, shared by the lesson result and the course summary. */
    String score(int correct, int total, int percent) {
        return getTranslation("result.score", correct, total, percent);
    }

    Button actionButton(String text, StepAction.Kind kind, String lessonId, boolean primary) {
        Button button = new Button(text, e -> fire(kind, lessonId));
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }
}
