package org.oncolearn.authoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Change password · OncoLearn")
@RolesAllowed(Roles.EDUCATOR)
public class ChangePasswordView extends Div {

    public ChangePasswordView(
            EducatorAccounts accounts, AuthenticationContext authentication, EducatorSessions sessions) {
        addClassName("narrow-view");
        String username = authentication.getPrincipalName().orElseThrow();
        boolean required = accounts.mustChangePassword(username);
        add(new H1("Change your password"));
        if (required) {
            add(new Paragraph("You signed in with a one-time password. Choose your own password to go on."));
        }
        PasswordField current = new PasswordField(required ? "One-time password" : "Current password");
        PasswordField replacement = new PasswordField("New password");
        replacement.setHelperText("At least " + EducatorAccounts.MIN_PASSWORD_LENGTH + " and at most "
                + EducatorAccounts.MAX_PASSWORD_LENGTH + " characters, in any script.");
        PasswordField repeat = new PasswordField("New password again");
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        Button save = new Button("Change password", e -> {
            if (!replacement.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage("The two new passwords differ.");
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
                getUI().ifPresent(ui -> ui.navigate(EducatorHomeView.class));
            } catch (AccountException problem) {
                result.setText(problem.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(current, replacement, repeat, save, result);
    }
}
