package org.oncolearn.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.oncolearn.account.internal.EducatorStore;
import org.oncolearn.account.internal.SignInThrottle;
import org.oncolearn.message.Message;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Educator accounts: adding educators with one-time passwords, changing passwords, disabling an account and letting
 * an account sign in again after failed sign-ins. Ending the sessions of an account is the web layer's part.
 */
@Service
public class EducatorAccounts {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 200;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EducatorStore store;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final SignInThrottle throttle;

    public EducatorAccounts(EducatorStore store, PasswordEncoder encoder, Clock clock, SignInThrottle throttle) {
        this.store = store;
        this.encoder = encoder;
        this.clock = clock;
        this.throttle = throttle;
    }

    public List<Educator> educators() {
        return store.all();
    }

    public boolean noEducators() {
        return store.count() == 0;
    }

    /**
     * Adds an educator with a generated one-time password, which the caller shows once and never stores.
     *
     * @return the one-time password
     */
    @Transactional
    public String add(String username, String displayName, String addedBy) {
        String name = checkUsername(username);
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new AccountException(Message.of("account.name"));
        }
        if (store.find(name).isPresent()) {
            throw new AccountException(Message.of("account.exists", name));
        }
        String password = oneTimePassword();
        store.insert(name, displayName.strip(), encoder.encode(password), true, clock.instant(), addedBy);
        return password;
    }

    /** Creates an account with a password chosen by whoever runs the server (from configuration). */
    @Transactional
    public void addConfigured(String username, String password) {
        checkPolicy(password);
        store.insert(checkUsername(username), username, encoder.encode(password), false, clock.instant(), null);
    }

    @Transactional
    public void changePassword(String username, String current, String replacement) {
        String hash = store.passwordHash(username)
                .orElseThrow(() -> new AccountException(Message.of("account.unknown", username)));
        if (!encoder.matches(current, hash)) {
            throw new AccountException(Message.of("account.wrongPassword"));
        }
        if (current.equals(replacement)) {
            throw new AccountException(Message.of("account.samePassword"));
        }
        checkPolicy(replacement);
        store.updatePassword(username, encoder.encode(replacement));
    }

    /**
     * Disables or enables another educator's account. A disabled educator cannot sign in; the caller ends the
     * account's sessions.
     */
    @Transactional
    public void setDisabled(String username, boolean disabled, String by) {
        if (username.equals(by)) {
            throw new AccountException(Message.of("account.own"));
        }
        if (!store.setDisabled(username, disabled)) {
            throw new AccountException(Message.of("account.unknown", username));
        }
    }

    public boolean isDisabled(String username) {
        return store.isDisabled(username);
    }

    /** Failed sign-ins on the account that still slow down sign-in (see {@link SignInThrottle}). */
    public int failedSignIns(String username) {
        return throttle.failures(username);
    }

    /** Lets an account sign in again at once from every client, after failed sign-ins made it wait. */
    public void allowSignInAgain(String username) {
        throttle.clear(username);
    }

    public boolean mustChangePassword(String username) {
        return store.find(username).map(Educator::mustChangePassword).orElse(false);
    }

    public static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static String checkUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9._-]{3,60}")) {
            throw new AccountException(Message.of("account.username"));
        }
        return name;
    }

    private static void checkPolicy(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new AccountException(Message.of("account.passwordShort", MIN_PASSWORD_LENGTH));
        }
        if (password.codePointCount(0, password.length()) > MAX_PASSWORD_LENGTH) {
            throw new AccountException(Message.of("account.passwordLong", MAX_PASSWORD_LENGTH));
        }
    }
}
