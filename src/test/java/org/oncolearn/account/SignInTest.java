package org.oncolearn.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.oncolearn.account.internal.SignInLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class SignInTest {

    @Autowired
    EducatorAccounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void without_a_configured_password_the_first_educator_gets_a_one_time_password_to_change() {
        assertThat(accounts.educators())
                .filteredOn(e -> e.username().equals("admin"))
                .singleElement()
                .satisfies(admin -> assertThat(admin.mustChangePassword()).isTrue());
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        String password = accounts.add("hash.check", "Hash Check", "admin");

        String stored = users.loadUserByUsername("hash.check").getPassword();
        assertThat(stored).startsWith("{bcrypt}$2a$12$").doesNotContain(password);
        assertThat(encoder.matches(password, stored)).isTrue();
    }

    @Test
    void five_wrong_passwords_in_a_row_lock_the_account() {
        String password = accounts.add("lock.me", "Lock Me", "admin");
        AuthenticationManager manager = manager();

        for (int i = 0; i < SignInLock.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> manager.authenticate(token("lock.me", "wrong-password")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> manager.authenticate(token("lock.me", password)))
                .isInstanceOf(LockedException.class);
        assertThat(accounts.educators().stream()
                        .filter(e -> e.username().equals("lock.me"))
                        .findFirst()
                        .orElseThrow()
                        .lockedUntil())
                .isPresent();
    }

    @Test
    void a_right_password_resets_the_count_of_failures() {
        String password = accounts.add("careful", "Careful", "admin");
        AuthenticationManager manager = manager();

        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < SignInLock.MAX_FAILURES - 1; i++) {
                assertThatThrownBy(() -> manager.authenticate(token("careful", "wrong-password")))
                        .isInstanceOf(BadCredentialsException.class);
            }
            assertThat(manager.authenticate(token("careful", password)).isAuthenticated())
                    .isTrue();
        }
    }

    @Test
    void the_lock_lasts_fifteen_minutes() {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        Instant until = SignInLock.lockAfter(SignInLock.MAX_FAILURES, now).orElseThrow();

        assertThat(SignInLock.lockAfter(SignInLock.MAX_FAILURES - 1, now)).isEmpty();
        assertThat(SignInLock.isLocked(java.util.Optional.of(until), now.plusSeconds(14 * 60)))
                .isTrue();
        assertThat(SignInLock.isLocked(java.util.Optional.of(until), now.plusSeconds(15 * 60)))
                .isFalse();
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

    private AuthenticationManager manager() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    private static UsernamePasswordAuthenticationToken token(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
