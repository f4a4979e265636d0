package org.oncolearn.patient;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.oncolearn.ui.MainLayout;

/** When to seek urgent help during immunotherapy or targeted therapy, in plain words. */
@Route(value = "self-check/urgent-help", layout = MainLayout.class)
@AnonymousAllowed
public class UrgentHelpView extends Div implements HasDynamicTitle {

    static final int SYMPTOM_GROUPS = 8;

    public UrgentHelpView() {
        addClassName("patient-view");
        add(new H1(getTranslation("patient.urgent.title")));
        add(new Paragraph(getTranslation("patient.urgent.intro")));
        Paragraph call = new Paragraph(getTranslation("patient.urgent.call"));
        call.addClassName("urgent-call");
        add(call);
        UnorderedList symptoms = new UnorderedList();
        for (int i = 1; i <= SYMPTOM_GROUPS; i++) {
            symptoms.add(new ListItem(getTranslation("patient.urgent.symptom." + i)));
        }
        add(symptoms);
        add(new H2(getTranslation("patient.urgent.special.title")));
        add(new UnorderedList(
                new ListItem(getTranslation("patient.urgent.cart")),
                new ListItem(getTranslation("patient.urgent.targeted")),
                new ListItem(getTranslation("patient.urgent.tell"))));
        add(new Paragraph(getTranslation("patient.urgent.emergency")));
        add(new Paragraph(getTranslation("patient.notice.full")));
        add(new RouterLink(getTranslation("patient.urgent.back"), SelfCheckView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("patient.urgent.title") + " · OncoLearn";
    }
}
