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
import org.oncolearn.ui.MainLayout;
import org.springframework.security.authentication.LockedException;
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
            form.setI18n(errorText(lastFailure() instanceof LockedException));
            form.setError(true);
        }
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static LoginI18n errorText(boolean locked) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        if (locked) {
            error.setTitle("Account locked for 15 minutes");
            error.setMessage("There were too many failed sign-ins. Wait 15 minutes, or ask another educator.");
        } else {
            error.setTitle("Wrong user name or password");
            error.setMessage("Check both and try again. After 5 failed tries the account is locked for 15 minutes.");
        }
        i18n.setErrorMessage(error);
        return i18n;
    }
}
