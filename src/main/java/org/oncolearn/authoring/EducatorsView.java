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
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed(Roles.EDUCATOR)
public class EducatorsView extends Div implements HasDynamicTitle {

    private final EducatorAccounts accounts;
    private final EducatorSessions sessions;
    private final String me;
    private final Grid<Educator> grid = new Grid<>();
    private final ComboBox<String> other = new ComboBox<>();

    public EducatorsView(EducatorAccounts accounts, AuthenticationContext authentication, EducatorSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.me = authentication.getPrincipalName().orElseThrow();
        addClassName("educator-view");
        other.setLabel(getTranslation("educators.other"));
        add(new H1(getTranslation("educators.title")));
        grid.addColumn(Educator::username).setHeader(getTranslation("educators.col.username"));
        grid.addColumn(Educator::displayName).setHeader(getTranslation("educators.col.name"));
        grid.addColumn(this::status).setHeader(getTranslation("educators.col.status"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("educators.grid"));
        refresh();
        add(grid);
        add(manageSection());

        add(new H2(getTranslation("educators.add.heading")));
        TextField username = new TextField(getTranslation("educators.username"));
        TextField name = new TextField(getTranslation("educators.name"));
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        result.addClassName("one-time-password");
        Button addButton = new Button(getTranslation("educators.add"), e -> {
            try {
                String password = accounts.add(username.getValue(), name.getValue(), me);
                result.setText(
                        getTranslation("educators.added", username.getValue().strip(), password));
                username.clear();
                name.clear();
                refresh();
            } catch (AccountException problem) {
                result.setText(problem.message().in(getLocale()));
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
                getTranslation("educators.allow"),
                e -> withOther(result, name -> {
                    accounts.allowSignInAgain(name);
                    return getTranslation("educators.allowed", name);
                }));
        Button disable = new Button(
                getTranslation("educators.disable"),
                e -> withOther(result, name -> {
                    accounts.setDisabled(name, true, me);
                    int ended = sessions.endSessions(name, null);
                    return ended > 0
                            ? getTranslation("educators.disabledEnded", name, ended)
                            : getTranslation("educators.disabled", name);
                }));
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button enable = new Button(
                getTranslation("educators.enable"),
                e -> withOther(result, name -> {
                    accounts.setDisabled(name, false, me);
                    return getTranslation("educators.enabled", name);
                }));
        other.setHelperText(getTranslation("educators.other.helper"));
        Div section =
                new Div(new H2(getTranslation("educators.manage.heading")), other, allow, disable, enable, result);
        section.addClassName("manage-educator");
        return section;
    }

    private void withOther(Paragraph result, java.util.function.Function<String, String> action) {
        String name = other.getValue();
        if (name == null || name.isBlank()) {
            result.setText(getTranslation("educators.chooseFirst"));
            return;
        }
        try {
            result.setText(action.apply(name));
            refresh();
        } catch (AccountException problem) {
            result.setText(problem.message().in(getLocale()));
        }
    }

    private String status(Educator educator) {
        if (educator.disabled()) {
            return getTranslation("educators.status.disabled");
        }
        int failed = accounts.failedSignIns(educator.username());
        String status =
                getTranslation(educator.mustChangePassword() ? "educators.status.oneTime" : "educators.status.active");
        return failed > 0 ? getTranslation("educators.status.failed", status, failed) : status;
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

    @Override
    public String getPageTitle() {
        return getTranslation("educators.title") + " · OncoLearn";
    }
}
