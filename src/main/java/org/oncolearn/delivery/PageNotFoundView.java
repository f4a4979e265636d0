package org.oncolearn.delivery;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.oncolearn.ui.MainLayout;

/** A plain-language page for addresses that lead nowhere, with the way back to the courses. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class PageNotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public PageNotFoundView() {
        add(new H1(getTranslation("notFound.title")));
        add(new Paragraph(getTranslation("notFound.text")));
        add(new Anchor("", getTranslation("notFound.link")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.pageTitle");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
