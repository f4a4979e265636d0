package org.oncolearn.delivery;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.shared.Registration;

/** Base of the components that show one step of a course and fire {@link StepAction}s. */
abstract class StepComponent extends Section {

    Registration addStepActionListener(ComponentEventListener<StepAction> listener) {
        return addListener(StepAction.class, listener);
    }

    void fire(StepAction.Kind kind, String lessonId) {
        fireEvent(new StepAction(this, kind, lessonId));
    }

    Button actionButton(String text, StepAction.Kind kind, String lessonId, boolean primary) {
        Button button = new Button(text, e -> fire(kind, lessonId));
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }
}
