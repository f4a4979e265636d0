package org.oncolearn.authoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.oncolearn.account.AccountException;
import org.oncolearn.account.Educator;
import org.oncolearn.account.EducatorAccounts;
import org.oncolearn.account.Roles;
import org.oncolearn.ui.MainLayout;

/**
 * The educator accounts; adding an educator with a one-time password shown once; and, for another educator's account,
 * letting it sign in again after failed sign-ins, disabling it (which ends its sessions) and enabling it again.
 */
@Route(value = "educator/educators", layout = MainLayout.class)
@PageTitle("Educators · OncoLearn")
@RolesAllowed(Roles.EDUCATOR)
public class EducatorsView extends Div {

    private final EducatorAccounts accounts;
    private final EducatorSessions sessions;
    private final String me;
    private final Grid<Educator> grid = new Grid<>();
    private final ComboBox<String> other = new ComboBox<>("Educator");

    public EducatorsView(EducatorAccounts accounts, AuthenticationContext authentication, EducatorSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.me = authentication.getPrincipalName().orElseThrow();
        addClassName("educator-view");
        add(new H1("Educators"));
        grid.addColumn(Educator::username).setHeader("User name");
        grid.addColumn(Educator::displayName).setHeader("Name");
        grid.addColumn(this::status).setHeader("Status");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Educator accounts");
        refresh();
        add(grid);
        add(manageSection());

        add(new H2("Add an educator"));
        TextField username = new TextField("User name");
        TextField name = new TextField("Name");
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        result.addClassName("one-time-password");
        Button addButton = new Button("Add educator", e -> {
            try {
                String password = accounts.add(username.getValue(), name.getValue(), me);
                result.setText("Added " + username.getValue().strip() + ". Give them this one-time password: "
                        + password + " — it is shown only now, and they must change it when they first sign in.");
                username.clear();
                name.clear();
                refresh();
            } catch (AccountException problem) {
                result.setText(problem.getMessage());
            }
        });
        addButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(username, name, addButton, result);
    }

    private Div manageSection() {
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        result.addClassName("manage-result");
        Button allow = new Button(
                "Allow sign-in again",
                e -> withOther(result, name -> {
                    accounts.allowSignInAgain(name);
                    return name + " can sign in again at once, from anywhere.";
                }));
        Button disable = new Button(
                "Disable account",
                e -> withOther(result, name -> {
                    accounts.setDisabled(name, true, me);
                    int ended = sessions.endSessions(name, null);
                    return name + " is disabled and cannot sign in"
                            + (ended > 0 ? "; " + ended + " session(s) ended." : ".");
                }));
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button enable = new Button(
                "Enable account",
                e -> withOther(result, name -> {
                    accounts.setDisabled(name, false, me);
                    return name + " can sign in again.";
                }));
        other.setHelperText("Another educator's account; your own stays as it is.");
        Div section = new Div(new H2("Manage another educator"), other, allow, disable, enable, result);
        section.addClassName("manage-educator");
        return section;
    }

    private void withOther(Paragraph result, java.util.function.Function<String, String> action) {
        String name = other.getValue();
        if (name == null || name.isBlank()) {
            result.setText("Choose an educator first.");
            return;
        }
        try {
            result.setText(action.apply(name));
            refresh();
        } catch (AccountException problem) {
            result.setText(problem.getMessage());
        }
    }

    private String status(Educator educator) {
        if (educator.disabled()) {
            return "disabled";
        }
        int failed = accounts.failedSignIns(educator.username());
        String status = educator.mustChangePassword() ? "has a one-time password" : "active";
        return failed > 0 ? status + ", " + failed + " failed sign-in(s) recently" : status;
    }

    private void refresh() {
        List<Educator> educators = accounts.educators();
        grid.setItems(educators);
        String chosen = other.getValue();
        other.setItems(educators.stream()
                .map(Educator::username)
                .filter(name -> !name.equals(me))
                .toList());
        if (chosen != null) {
            other.setValue(chosen);
        }
    }
}
