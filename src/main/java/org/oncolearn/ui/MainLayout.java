package org.oncolearn.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The frame around every screen. It knows no views: views place themselves in it. */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {

    static final String NOTICE = "For learning only. This is not medical advice and does not replace your doctor or"
            + " nurse. If you feel unwell during treatment, contact your cancer care team now; in an emergency, call"
            + " your local emergency number.";

    private final Main content = new Main();

    public MainLayout(AuthenticationContext authentication) {
        addClassName("app-frame");
        Anchor brand = new Anchor("", "OncoLearn");
        brand.addClassName("brand");
        Span tagline = new Span("Immunotherapies and targeted therapies, explained and checked");
        tagline.addClassName("tagline");
        Header header = new Header(brand, tagline, account(authentication));
        header.addClassName("app-header");
        content.addClassName("app-content");
        Paragraph notice = new Paragraph(NOTICE);
        Footer footer = new Footer(notice);
        footer.addClassName("app-footer");
        add(header, content, footer);
    }

    /** Plain links, not router links: the frame must not depend on the views it frames. */
    private static Nav account(AuthenticationContext authentication) {
        Nav nav = new Nav();
        nav.addClassName("account-nav");
        nav.getElement().setAttribute("aria-label", "Account");
        if (authentication.isAuthenticated()) {
            Button signOut = new Button("Sign out", e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            nav.add(new Anchor("educator", "Educator area"), signOut);
        } else {
            nav.add(new Anchor("login", "Educator sign-in"));
        }
        return nav;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }
}
