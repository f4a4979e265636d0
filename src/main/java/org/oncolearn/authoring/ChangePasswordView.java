package org.oncolearn.authoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.oncolearn.account.AccountException;
import org.oncolearn.account.EducatorAccounts;
import org.oncolearn.account.Roles;
import org.oncolearn.ui.MainLayout;

/**
 * Choosing a new password; required after signing in with a one-time password. The account's other sessions end.
 */
@Route(value = "educator/password", layout = MainLayout.class)
@RolesAllowed(Roles.EDUCATOR)
public class ChangePasswordView extends Div implements HasDynamicTitle {

    public ChangePasswordView(
            EducatorAccounts accounts, AuthenticationContext authentication, EducatorSessions sessions) {
        addClassName("narrow-view");
        String username = authentication.getPrincipalName().orElseThrow();
        boolean required = accounts.mustChangePassword(username);
        add(new H1(getTranslation("password.title")));
        if (required) {
            add(new Paragraph(getTranslation("password.required")));
        }
        PasswordField current = new PasswordField(getTranslation(required ? "password.oneTime" : "password.current"));
        PasswordField replacement = new PasswordField(getTranslation("password.new"));
        replacement.setHelperText(getTranslation(
                "password.new.helper", EducatorAccounts.MIN_PASSWORD_LENGTH, EducatorAccounts.MAX_PASSWORD_LENGTH));
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("password.save"), e -> {
            if (!replacement.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("password.differ"));
                return;
            }
            try {
                accounts.changePassword(username, current.getValue(), replacement.getValue());
                // Whoever else was signed in with the old password is signed out; this browser stays in.
                VaadinSession session = VaadinSession.getCurrent();
                sessions.endSessions(
                        username,
                        session == null || session.getSession() == null
                                ? null
                                : session.getSession().getId());
                // By address: the dashboard depends on this package, not the other way round.
                getUI().ifPresent(ui -> ui.navigate("educator"));
            } catch (AccountException problem) {
                result.setText(problem.message().in(getLocale()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(current, replacement, repeat, save, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · OncoLearn";
    }
}
