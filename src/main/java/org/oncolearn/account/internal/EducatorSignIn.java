package org.oncolearn.account.internal;

import java.util.Locale;
import org.oncolearn.account.Roles;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Spring Security's view of educators: loads accounts and stores a password hash again when the encoder upgrades it
 * (a bcrypt hash becomes an Argon2 hash at the next sign-in). Whether an account is disabled is checked only after
 * the right password, in {@link ThrottledSignIn}, so that a wrong password never tells anything about an account.
 */
@Service
public class EducatorSignIn implements UserDetailsService, UserDetailsPasswordService {

    private final EducatorStore store;

    public EducatorSignIn(EducatorStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = normalise(username);
        String hash = store.passwordHash(name).orElseThrow(() -> new UsernameNotFoundException("no educator " + name));
        return User.withUsername(name).password(hash).roles(Roles.EDUCATOR).build();
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        store.upgradeHash(user.getUsername(), newPassword);
        return User.withUserDetails(user).password(newPassword).build();
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
