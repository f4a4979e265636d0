package org.oncolearn.patient;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** What the self-check is, that it is for learning only, and that nothing is stored. */
class StartPanel extends Div {

    static class StartEvent extends ComponentEvent<StartPanel> {
        StartEvent(StartPanel source) {
            super(source, true);
        }
    }

    StartPanel(SelfCheck run) {
        addClassName("patient-start");
        add(new H1(getTranslation("patient.start.title")));
        add(new Paragraph(getTranslation(
                "patient.start.intro",
                run.questions().size(),
                run.topicCount(),
                run.course().title())));
        Paragraph notice = new Paragraph(getTranslation("patient.notice.full"));
        notice.addClassName("learning-only");
        add(notice);
        add(new Paragraph(getTranslation("patient.start.privacy")));
        Button start = new Button(getTranslation("patient.start.button"), e -> fireEvent(new StartEvent(this)));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(start);
    }
}
