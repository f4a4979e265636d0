package org.oncolearn.authoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.time.Clock;
import org.oncolearn.account.AccountException;
import org.oncolearn.account.Educator;
import org.oncolearn.account.EducatorAccounts;
import org.oncolearn.account.Roles;
import org.oncolearn.ui.MainLayout;

/** The educator accounts, and adding an educator with a one-time password shown once. */
@Route(value = "educator/educators", layout = MainLayout.class)
@PageTitle("Educators · OncoLearn")
@RolesAllowed(Roles.EDUCATOR)
public class EducatorsView extends Div {

    private final EducatorAccounts accounts;
    private final Clock clock;
    private final Grid<Educator> grid = new Grid<>();

    public EducatorsView(EducatorAccounts accounts, AuthenticationContext authentication, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        addClassName("educator-view");
        add(new H1("Educators"));
        grid.addColumn(Educator::username).setHeader("User name");
        grid.addColumn(Educator::displayName).setHeader("Name");
        grid.addColumn(this::status).setHeader("Status");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Educator accounts");
        refresh();
        add(grid);

        add(new H2("Add an educator"));
        TextField username = new TextField("User name");
        TextField name = new TextField("Name");
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        result.addClassName("one-time-password");
        Button addButton = new Button("Add educator", e -> {
            try {
                String password = accounts.add(
                        username.getValue(),
                        name.getValue(),
                        authentication.getPrincipalName().orElseThrow());
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

    private String status(Educator educator) {
        if (educator.lockedUntil()
                .filter(until -> until.isAfter(clock.instant()))
                .isPresent()) {
            return "locked after failed sign-ins";
        }
        return educator.mustChangePassword() ? "has a one-time password" : "active";
    }

    private void refresh() {
        grid.setItems(accounts.educators());
    }
}
