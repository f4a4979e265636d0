package org.oncolearn.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The lock-out rule: after five failed sign-ins in a row, the account is locked for fifteen minutes. */
public final class SignInLock {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private SignInLock() {}

    /** When to lock the account after its {@code failures}-th failure in a row, if at all. */
    public static Optional<Instant> lockAfter(int failures, Instant now) {
        return failures >= MAX_FAILURES ? Optional.of(now.plus(LOCK_TIME)) : Optional.empty();
    }

    public static boolean isLocked(Optional<Instant> lockedUntil, Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }
}
