package org.oncolearn.authoring;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.oncolearn.account.EducatorAccounts;
import org.oncolearn.account.Roles;
import org.springframework.stereotype.Component;

/**
 * An educator signed in with a one-time password goes nowhere but the password screen until it is changed; an
 * educator whose account was disabled meanwhile (also on another node, whose sessions the Educators view cannot
 * reach) is signed out at the next navigation.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;
    private final EducatorAccounts accounts;
    private final EducatorSessions sessions;

    PasswordChangeGuard(AuthenticationContext authentication, EducatorAccounts accounts, EducatorSessions sessions) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.sessions = sessions;
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
        String name = authentication.getPrincipalName().orElse(null);
        if (name == null) {
            return;
        }
        if (accounts.isDisabled(name)) {
            // Not a logout here: invalidating the session in the middle of a navigation breaks it. The session is
            // marked ended, so its next request is signed out, and this one shows the sign-in page.
            sessions.endSessions(name, null);
            event.rerouteTo(LoginView.class);
        } else if (accounts.mustChangePassword(name)) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
