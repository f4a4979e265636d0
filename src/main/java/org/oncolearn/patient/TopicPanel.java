package org.oncolearn.patient;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.oncolearn.patient.SelfCheck.Question;

/** A topic's short plain-language summary before its questions. */
class TopicPanel extends Div {

    static class ContinueEvent extends ComponentEvent<TopicPanel> {
        ContinueEvent(TopicPanel source) {
            super(source, true);
        }
    }

    TopicPanel(Question first, int topics, String contentLanguage) {
        addClassName("patient-topic");
        H2 heading = new H2();
        heading.add(new Span(getTranslation("patient.topic.heading", first.topicNumber(), topics) + " "));
        Span title = new Span(first.topic().title());
        title.getElement().setAttribute("lang", contentLanguage);
        heading.add(title);
        heading.getElement().setAttribute("tabindex", "-1");
        Paragraph summary = new Paragraph(first.topic().summary());
        summary.addClassName("topic-summary");
        summary.getElement().setAttribute("lang", contentLanguage);
        add(heading, summary);
        Button go = new Button(getTranslation("patient.topic.button"), e -> fireEvent(new ContinueEvent(this)));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(go);
        addAttachListener(e -> heading.getElement().callJsFunction("focus"));
    }
}
