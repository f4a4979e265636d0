package org.oncolearn.patient;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** Shown on every patient screen: the learning-only notice in short, and the way to urgent-help guidance. */
class HelpBar extends Div {

    HelpBar() {
        addClassName("help-bar");
        getElement().setAttribute("role", "note");
        RouterLink urgent = new RouterLink(getTranslation("patient.urgent.link"), UrgentHelpView.class);
        urgent.addClassName("urgent-link");
        add(new Paragraph(getTranslation("patient.notice.short")), urgent);
    }
}
