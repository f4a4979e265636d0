package org.oncolearn.authoring;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.oncolearn.account.EducatorAccounts;
import org.oncolearn.account.Roles;
import org.springframework.stereotype.Component;

/** An educator signed in with a one-time password goes nowhere but the password screen until it is changed. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;
    private final EducatorAccounts accounts;

    PasswordChangeGuard(AuthenticationContext authentication, EducatorAccounts accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class
                || target == LoginView.class
                || !authentication.hasRole(Roles.EDUCATOR)) {
            return;
        }
        authentication
                .getPrincipalName()
                .filter(accounts::mustChangePassword)
                .ifPresent(name -> event.rerouteTo(ChangePasswordView.class));
    }
}
