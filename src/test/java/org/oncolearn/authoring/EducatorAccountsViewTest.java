package org.oncolearn.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.oncolearn.account.EducatorAccounts;
import org.oncolearn.account.SignInThrottledException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** An educator manages other educators' accounts, and a password change ends the account's other sessions. */
@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
@WithMockUser(username = "lead.educator", roles = "EDUCATOR")
class EducatorAccountsViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "the-lead-educators-password";

    @Autowired
    EducatorAccounts accounts;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    void disabling_another_educator_stops_their_sign_in_and_ends_their_sessions() {
        accounts.add("leaving", "Leaving Educator", "lead.educator");
        sessions.registerNewSession("leaving-laptop", user("leaving"));
        navigate(EducatorsView.class);

        test(educatorPicker()).selectItem("leaving");
        test($(Button.class).withText("Disable account").single()).click();

        assertThat(accounts.isDisabled("leaving")).isTrue();
        assertThat(sessions.getSessionInformation("leaving-laptop").isExpired()).isTrue();
        assertThat(result()).contains("leaving is disabled").contains("1 session ended.");

        test($(Button.class).withText("Enable account").single()).click();
        assertThat(accounts.isDisabled("leaving")).isFalse();
    }

    @Test
    @WithMockUser(username = "disabled.elsewhere", roles = "EDUCATOR")
    void an_educator_disabled_while_signed_in_elsewhere_is_sent_to_sign_in_at_the_next_step() {
        accounts.add("disabled.elsewhere", "Disabled Elsewhere", "lead.educator");
        sessions.registerNewSession("disabled-elsewhere-desk", user("disabled.elsewhere"));
        accounts.setDisabled("disabled.elsewhere", true, "lead.educator");

        UI.getCurrent().navigate(EducatorsView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(sessions.getSessionInformation("disabled-elsewhere-desk").isExpired())
                .isTrue();
    }

    @Test
    void an_educator_held_back_by_failed_sign_ins_is_let_in_again_by_another() throws Exception {
        String password = accounts.add("held.back", "Held Back", "lead.educator");
        for (int i = 0; i < 5; i++) {
            catchThrowable(() -> signIn("held.back", "wrong-password"));
        }
        assertThat(catchThrowable(() -> signIn("held.back", password))).isInstanceOf(SignInThrottledException.class);
        navigate(EducatorsView.class);

        test(educatorPicker()).selectItem("held.back");
        test($(Button.class).withText("Allow sign-in again").single()).click();

        assertThat(result()).contains("held.back can sign in again at once");
        assertThat(signIn("held.back", password).isAuthenticated()).isTrue();
    }

    @Test
    void an_educator_cannot_pick_their_own_account_to_disable() {
        navigate(EducatorsView.class);

        assertThat(test(educatorPicker()).getSuggestions()).isNotEmpty().doesNotContain("lead.educator");
    }

    @Test
    void changing_the_password_ends_the_accounts_other_sessions_and_keeps_this_one() {
        if (!accounts.educators().stream().anyMatch(e -> e.username().equals("lead.educator"))) {
            accounts.addConfigured("lead.educator", PASSWORD);
        }
        navigate(ChangePasswordView.class);
        String here = VaadinSession.getCurrent().getSession().getId();
        sessions.registerNewSession(here, user("lead.educator"));
        sessions.registerNewSession("lead-educator-phone", user("lead.educator"));
        sessions.registerNewSession("someone-else", user("someone.else"));

        test($(PasswordField.class).withLabel("Current password").single()).setValue(PASSWORD);
        test($(PasswordField.class).withLabel("New password").single()).setValue("a-brand-new-long-password");
        test($(PasswordField.class).withLabel("New password again").single()).setValue("a-brand-new-long-password");
        test($(Button.class).withText("Change password").single()).click();

        assertThat(sessions.getSessionInformation("lead-educator-phone").isExpired())
                .isTrue();
        assertThat(sessions.getSessionInformation(here).isExpired()).isFalse();
        assertThat(sessions.getSessionInformation("someone-else").isExpired()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> educatorPicker() {
        return $(ComboBox.class).withLabel("Educator").single();
    }

    private String result() {
        return $(Paragraph.class).withClassName("manage-result").single().getText();
    }

    private org.springframework.security.core.Authentication signIn(String user, String password) throws Exception {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails("10.9.0.1", null));
        return authentication.getAuthenticationManager().authenticate(token);
    }

    private static User user(String name) {
        return (User)
                User.withUsername(name).password("unused").roles("EDUCATOR").build();
    }
}
