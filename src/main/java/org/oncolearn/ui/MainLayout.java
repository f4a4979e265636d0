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

    private final Main content = new Main();

    public MainLayout(AuthenticationContext authentication) {
        addClassName("app-frame");
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("brand");
        Span tagline = new Span(getTranslation("layout.tagline"));
        tagline.addClassName("tagline");
        Header header = new Header(brand, tagline, account(authentication), new LanguageSwitch());
        header.addClassName("app-header");
        content.addClassName("app-content");
        Paragraph notice = new Paragraph(getTranslation("layout.notice"));
        Footer footer = new Footer(notice);
        footer.addClassName("app-footer");
        add(header, content, footer);
    }

    /** Plain links, not router links: the frame must not depend on the views it frames. */
    private Nav account(AuthenticationContext authentication) {
        Nav nav = new Nav();
        nav.addClassName("account-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.account"));
        if (authentication.isAuthenticated()) {
            Button signOut = new Button(getTranslation("layout.signOut"), e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            nav.add(new Anchor("educator", getTranslation("layout.educatorArea")), signOut);
        } else {
            nav.add(new Anchor("login", getTranslation("layout.educatorSignIn")));
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
