package org.oncolearn.authoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.oncolearn.account.SignInThrottledException;
import org.oncolearn.ui.MainLayout;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/** Educator sign-in. Learners never need it: they learn anonymously or under a chosen name. */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(this));
        add(new H1(getTranslation("login.title")), new Paragraph(getTranslation("login.intro")), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · OncoLearn";
    }

    /** The form's own words in the page's language; Vaadin's defaults are English only. */
    private static LoginI18n texts(Component view) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form words = i18n.getForm();
        words.setTitle(view.getTranslation("login.form.title"));
        words.setUsername(view.getTranslation("login.form.username"));
        words.setPassword(view.getTranslation("login.form.password"));
        words.setSubmit(view.getTranslation("login.form.submit"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(errorText(lastFailure(), this));
            form.setError(true);
        }
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    /**
     * The same words for a wrong password, an unknown user name and a client that must wait: none of them tells
     * whether an account exists. Only the right password of a disabled account hears that it is disabled.
     */
    static LoginI18n errorText(Object failure, Component view) {
        LoginI18n i18n = texts(view);
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        if (failure instanceof SignInThrottledException throttled) {
            error.setTitle(view.getTranslation("login.throttled.title"));
            error.setMessage(view.getTranslation("login.throttled.message", describe(throttled.waitTime(), view)));
        } else if (failure instanceof DisabledException) {
            error.setTitle(view.getTranslation("login.disabled.title"));
            error.setMessage(view.getTranslation("login.disabled.message"));
        } else {
            error.setTitle(view.getTranslation("login.wrong.title"));
            error.setMessage(view.getTranslation("login.wrong.message"));
        }
        i18n.setErrorMessage(error);
        return i18n;
    }

    private static String describe(java.time.Duration wait, Component view) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        if (seconds < 60) {
            return view.getTranslation("login.seconds", seconds);
        }
        return view.getTranslation("login.minutes", (seconds + 59) / 60);
    }
}
