package org.oncolearn.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncolearn.account.internal.SignInThrottle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Sign-in through the app's own authentication manager, from clients told apart by their address. */
@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class SignInTest {

    @Autowired
    EducatorAccounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    JdbcClient jdbc;

    @Test
    void without_a_configured_password_the_first_educator_gets_a_one_time_password_to_change() {
        assertThat(accounts.educators())
                .filteredOn(e -> e.username().equals("admin"))
                .singleElement()
                .satisfies(admin -> assertThat(admin.mustChangePassword()).isTrue());
    }

    @Test
    void passwords_are_stored_as_argon2_hashes() {
        String password = accounts.add("hash.check", "Hash Check", "admin");

        String stored = users.loadUserByUsername("hash.check").getPassword();
        assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain(password);
        assertThat(encoder.matches(password, stored)).isTrue();
    }

    @Test
    void a_bcrypt_hash_stored_before_still_signs_in_and_is_replaced_by_an_argon2_hash() throws Exception {
        accounts.add("old.hash", "Old Hash", "admin");
        jdbc.sql("update educator set password_hash = ? where username = 'old.hash'")
                .param("{bcrypt}" + new BCryptPasswordEncoder(4).encode("an-old-bcrypt-password"))
                .update();

        assertThat(manager()
                        .authenticate(token("old.hash", "an-old-bcrypt-password", "10.1.0.1"))
                        .isAuthenticated())
                .isTrue();

        String stored = users.loadUserByUsername("old.hash").getPassword();
        assertThat(stored).startsWith("{argon2}");
        assertThat(encoder.matches("an-old-bcrypt-password", stored)).isTrue();
    }

    @Test
    void a_password_of_two_hundred_characters_in_any_script_can_be_chosen_and_signs_in() throws Exception {
        String oneTime = accounts.add("long.pass", "Long Pass", "admin");
        String chinese = "长".repeat(EducatorAccounts.MAX_PASSWORD_LENGTH);
        String latinExceptTheEnd = "a".repeat(99) + "b";
        assertThat(chinese.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(72);

        accounts.changePassword("long.pass", oneTime, chinese);
        assertThat(manager()
                        .authenticate(token("long.pass", chinese, "10.1.0.2"))
                        .isAuthenticated())
                .isTrue();
        // Every character counts, also after the 72nd byte.
        assertThatThrownBy(() -> manager().authenticate(token("long.pass", chinese.substring(1) + "x", "10.1.0.2")))
                .isInstanceOf(BadCredentialsException.class);

        accounts.changePassword("long.pass", chinese, latinExceptTheEnd);
        assertThatThrownBy(() -> manager().authenticate(token("long.pass", "a".repeat(100), "10.1.0.2")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> accounts.changePassword(
                        "long.pass", latinExceptTheEnd, "x".repeat(EducatorAccounts.MAX_PASSWORD_LENGTH + 1)))
                .hasMessage("A password can have at most 200 characters.");
    }

    @Test
    void wrong_passwords_for_a_real_and_an_unknown_name_get_the_same_answers() throws Exception {
        accounts.add("real.name", "Real Name", "admin");
        List<String> real = answers("real.name", "10.2.0.1");
        List<String> unknown = answers("no.such.name", "10.2.0.2");

        assertThat(real).hasSize(12).isEqualTo(unknown);
        assertThat(real.getLast()).startsWith(SignInThrottledException.class.getSimpleName());
    }

    @Test
    void a_client_that_keeps_failing_must_wait_even_with_the_right_password() throws Exception {
        String password = accounts.add("patient", "Patient", "admin");
        AuthenticationManager manager = manager();
        for (int i = 0; i < SignInThrottle.FREE_PER_CLIENT_AND_ACCOUNT; i++) {
            assertThatThrownBy(() -> manager.authenticate(token("patient", "wrong-password", "10.3.0.1")))
                    .isNotInstanceOf(SignInThrottledException.class)
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(token("patient", "wrong-password", "10.3.0.1")))
                .isNotInstanceOf(SignInThrottledException.class);

        assertThatThrownBy(() -> manager.authenticate(token("patient", password, "10.3.0.1")))
                .isInstanceOfSatisfying(
                        SignInThrottledException.class,
                        throttled -> assertThat(throttled.waitTime())
                                .isPositive()
                                .isLessThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void a_stranger_failing_on_purpose_cannot_keep_the_educator_out() throws Exception {
        String password = accounts.add("target", "Target", "admin");
        AuthenticationManager manager = manager();
        List<String> stranger = new ArrayList<>();
        for (int i = 0; i < 3 * SignInThrottle.FREE_PER_ACCOUNT; i++) {
            String client = "10.4.0." + (1 + i % 3);
            String guess = "guess-" + i;
            stranger.add(catchThrowable(() -> manager.authenticate(token("target", guess, client)))
                    .getClass()
                    .getSimpleName());
        }
        assertThat(stranger).contains(SignInThrottledException.class.getSimpleName());
        assertThat(accounts.failedSignIns("target")).isGreaterThanOrEqualTo(SignInThrottle.FREE_PER_ACCOUNT);

        assertThat(manager.authenticate(token("target", password, "10.4.1.1")).isAuthenticated())
                .isTrue();
        assertThat(accounts.failedSignIns("target")).isZero();
    }

    @Test
    void another_educator_lets_an_account_sign_in_again_at_once() throws Exception {
        String password = accounts.add("forgetful", "Forgetful", "admin");
        AuthenticationManager manager = manager();
        for (int i = 0; i <= SignInThrottle.FREE_PER_CLIENT_AND_ACCOUNT; i++) {
            catchThrowable(() -> manager.authenticate(token("forgetful", "wrong-password", "10.5.0.1")));
        }
        assertThatThrownBy(() -> manager.authenticate(token("forgetful", password, "10.5.0.1")))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(accounts.failedSignIns("forgetful")).isPositive();

        accounts.allowSignInAgain("forgetful");

        assertThat(accounts.failedSignIns("forgetful")).isZero();
        assertThat(manager.authenticate(token("forgetful", password, "10.5.0.1"))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_only_the_right_password_hears_why() throws Exception {
        String password = accounts.add("leaver", "Leaver", "admin");

        accounts.setDisabled("leaver", true, "admin");

        assertThat(accounts.isDisabled("leaver")).isTrue();
        assertThatThrownBy(() -> manager().authenticate(token("leaver", "wrong-password", "10.6.0.1")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> manager().authenticate(token("leaver", password, "10.6.0.1")))
                .isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> accounts.setDisabled("admin", true, "admin")).hasMessageContaining("your own account");

        accounts.setDisabled("leaver", false, "admin");
        assertThat(manager().authenticate(token("leaver", password, "10.6.0.1")).isAuthenticated())
                .isTrue();
    }

    @Test
    void each_further_failure_doubles_the_wait_up_to_fifteen_minutes() {
        int free = SignInThrottle.FREE_PER_CLIENT_AND_ACCOUNT;

        assertThat(SignInThrottle.waitAfter(free, free)).isZero();
        assertThat(SignInThrottle.waitAfter(free + 1, free)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInThrottle.waitAfter(free + 2, free)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottle.waitAfter(free + 5, free)).isEqualTo(Duration.ofSeconds(16));
        assertThat(SignInThrottle.waitAfter(free + 11, free)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.waitAfter(1_000_000, free)).isEqualTo(SignInThrottle.MAX_WAIT);
    }

    @Test
    void a_new_password_must_be_long_enough_and_the_old_one_must_be_known() {
        String password = accounts.add("changer", "Changer", "admin");

        assertThatThrownBy(() -> accounts.changePassword("changer", "not-it", "a-long-enough-password"))
                .hasMessage("The current password is not right.");
        assertThatThrownBy(() -> accounts.changePassword("changer", password, "short"))
                .hasMessage("A password needs at least 12 characters.");
        accounts.changePassword("changer", password, "a-long-enough-password");
        assertThat(accounts.mustChangePassword("changer")).isFalse();
    }

    /** Twelve wrong tries in a row from one client: the class and message of each answer. */
    private List<String> answers(String user, String client) throws Exception {
        AuthenticationManager manager = manager();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String guess = "wrong-password-" + i;
            Throwable answer = catchThrowable(() -> manager.authenticate(token(user, guess, client)));
            answers.add(answer.getClass().getSimpleName() + ": "
                    + answer.getMessage().replaceAll("\\d+ s$", "N s"));
        }
        return answers;
    }

    private AuthenticationManager manager() throws Exception {
        return authentication.getAuthenticationManager();
    }

    private static UsernamePasswordAuthenticationToken token(String user, String password, String client) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails(client, null));
        return token;
    }
}
