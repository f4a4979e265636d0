package org.oncolearn.authoring;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.oncolearn.account.SignInThrottledException;
import org.oncolearn.ui.MainLayout;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/** Educator sign-in. Learners never need it: they learn anonymously or under a chosen name. */
@Route(value = "login", layout = MainLayout.class)
@PageTitle("Educator sign-in · OncoLearn")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(
                new H1("Educator sign-in"),
                new Paragraph("Learners do not need an account: go back to the course list to "
                        + "learn with or without a name."),
                form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(errorText(lastFailure()));
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
    static LoginI18n errorText(Object failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        if (failure instanceof SignInThrottledException throttled) {
            error.setTitle("Too many failed sign-ins from here");
            error.setMessage("Wait " + describe(throttled.waitTime()) + ", then try again. Another educator can"
                    + " let your account sign in again at once.");
        } else if (failure instanceof DisabledException) {
            error.setTitle("This account is disabled");
            error.setMessage("Ask another educator to enable it again.");
        } else {
            error.setTitle("Wrong user name or password");
            error.setMessage("Check both and try again. After a few failed tries, each new try from here has to"
                    + " wait a little longer.");
        }
        i18n.setErrorMessage(error);
        return i18n;
    }

    private static String describe(java.time.Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
