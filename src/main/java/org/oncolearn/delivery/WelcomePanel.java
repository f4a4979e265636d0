package org.oncolearn.delivery;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.oncolearn.attempt.Learner;

/** Asks a new learner for an optional name, or lets them continue without one. */
class WelcomePanel extends Div {

    /** The learner chose how to start: with the name given, or anonymously when it is blank. */
    static class StartEvent extends ComponentEvent<WelcomePanel> {

        private final String displayName;

        StartEvent(WelcomePanel source, String displayName) {
            super(source, true);
            this.displayName = displayName;
        }

        String displayName() {
            return displayName;
        }
    }

    private final TextField name = new TextField(getTranslation("welcome.name"));

    WelcomePanel() {
        addClassName("welcome");
        add(new H2(getTranslation("welcome.title")));
        add(new Paragraph(getTranslation("welcome.intro")));
        name.setMaxLength(Learner.MAX_NAME_LENGTH);
        name.setHelperText(getTranslation("welcome.nameHelper"));
        Button withName = new Button(getTranslation("welcome.startWithName"), e -> start(name.getValue()));
        withName.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        withName.setEnabled(false);
        name.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        name.addValueChangeListener(e -> withName.setEnabled(!e.getValue().isBlank()));
        name.addKeyPressListener(Key.ENTER, e -> {
            if (!name.getValue().isBlank()) {
                start(name.getValue());
            }
        });
        Button anonymous = new Button(getTranslation("welcome.continueAnonymously"), e -> start(""));
        Div actions = new Div(withName, anonymous);
        actions.addClassName("actions");
        add(name, actions);
    }

    private void start(String displayName) {
        fireEvent(new StartEvent(this, displayName));
    }

    void showNameProblem(String message) {
        name.setErrorMessage(message);
        name.setInvalid(true);
    }

    Registration addStartListener(ComponentEventListener<StartEvent> listener) {
        return addListener(StartEvent.class, listener);
    }
}
