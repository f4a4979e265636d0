package org.oncolearn.account;

import java.time.Duration;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * A sign-in refused without looking at the password, because this client failed too often on this account. It is
 * thrown for unknown user names exactly as for real ones.
 */
public class SignInThrottledException extends BadCredentialsException {

    private final Duration wait;

    public SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins: wait " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    /** How long the client must wait before the next try counts. */
    public Duration waitTime() {
        return wait;
    }
}
