package org.oncolearn.account.internal;

import org.oncolearn.account.SignInThrottledException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The only way to sign in with a password. Refuses a try while {@link SignInThrottle} asks the client to wait, then
 * checks the password (an unknown user name costs the same hashing time as a real one), and only after the right
 * password says that an account is disabled. Every wrong password, for real and unknown names alike, gives the same
 * {@link BadCredentialsException}.
 */
@Component
public class ThrottledSignIn implements AuthenticationProvider {

    /** Longer than any password the policy allows; longer input is refused before it is hashed. */
    private static final int MAX_INPUT = 1_000;

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final EducatorStore store;

    public ThrottledSignIn(
            EducatorSignIn users, PasswordEncoder encoder, SignInThrottle throttle, EducatorStore store) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setUserDetailsPasswordService(users);
        this.throttle = throttle;
        this.store = store;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = EducatorSignIn.normalise(authentication.getName());
        String client = client(authentication.getDetails());
        throttle.waitFor(client, account).ifPresent(wait -> {
            throw new SignInThrottledException(wait);
        });
        Object password = authentication.getCredentials();
        Authentication result;
        try {
            if (password == null || password.toString().length() > MAX_INPUT || account.length() > MAX_INPUT) {
                throw new BadCredentialsException("Bad credentials");
            }
            result = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(account, password));
        } catch (BadCredentialsException wrong) {
            throttle.failed(client, account);
            throw new BadCredentialsException("Wrong user name or password");
        }
        throttle.succeeded(client, account);
        if (store.isDisabled(account)) {
            throw new DisabledException("This educator account is disabled");
        }
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                result.getPrincipal(), result.getCredentials(), result.getAuthorities());
        signedIn.setDetails(authentication.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String client(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }
}
