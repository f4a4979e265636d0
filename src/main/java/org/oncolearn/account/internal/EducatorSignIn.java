package org.oncolearn.account.internal;

import java.time.Clock;
import java.util.Locale;
import org.oncolearn.account.Educator;
import org.oncolearn.account.Roles;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Spring Security's view of educators: loads accounts (locked ones report themselves locked) and counts failed
 * sign-ins towards the lock-out.
 */
@Service
public class EducatorSignIn implements UserDetailsService {

    private final EducatorStore store;
    private final Clock clock;

    public EducatorSignIn(EducatorStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = normalise(username);
        Educator educator = store.find(name).orElseThrow(() -> new UsernameNotFoundException("no educator " + name));
        String hash = store.passwordHash(name).orElseThrow(() -> new UsernameNotFoundException("no educator " + name));
        return User.withUsername(name)
                .password(hash)
                .roles(Roles.EDUCATOR)
                .accountLocked(SignInLock.isLocked(educator.lockedUntil(), clock.instant()))
                .build();
    }

    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String name = normalise(event.getAuthentication().getName());
        if (store.find(name).isPresent()) {
            int failures = store.recordFailure(name);
            SignInLock.lockAfter(failures, clock.instant()).ifPresent(until -> store.lock(name, until));
        }
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        store.recordSuccess(normalise(event.getAuthentication().getName()));
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
