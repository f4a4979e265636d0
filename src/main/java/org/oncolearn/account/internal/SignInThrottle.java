package org.oncolearn.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a stranger keep an educator out (DECISIONS.md, sign-in throttling).
 *
 * <p>Failed sign-ins are counted under three keys: the client and the account together, the account alone, and the
 * client alone. Each key allows a few failures free, then asks for a wait that doubles with every further failure,
 * up to {@link #MAX_WAIT}. While a wait runs, tries are refused without looking at the password. The account's own
 * count holds back only clients that have already failed on that account: a client that has not (the educator at
 * their own computer) may always try, so nobody can lock an educator out by failing on purpose. Unknown user names
 * are counted exactly like real ones, so the answers never tell whether an account exists.
 *
 * <p>The counts live in memory on each node, bounded in number; they are forgotten after a quiet {@link #FORGET}.
 */
@Component
public class SignInThrottle {

    public static final int FREE_PER_CLIENT_AND_ACCOUNT = 3;
    public static final int FREE_PER_ACCOUNT = 10;
    public static final int FREE_PER_CLIENT = 30;
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET = Duration.ofHours(1);
    private static final int MAX_KEYS = 50_000;

    private record Failures(int count, Instant last) {}

    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this client must still wait before it may try to sign in to this account; empty when it may now. */
    public synchronized Optional<Duration> waitFor(String client, String account) {
        Instant now = clock.instant();
        Failures pair = current(pairKey(client, account), now);
        Instant until = pair == null ? Instant.MIN : waitUntil(pair, FREE_PER_CLIENT_AND_ACCOUNT);
        until = later(until, current(clientKey(client), now), FREE_PER_CLIENT);
        if (pair != null) {
            until = later(until, current(accountKey(account), now), FREE_PER_ACCOUNT);
        }
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public synchronized void failed(String client, String account) {
        Instant now = clock.instant();
        for (String key : new String[] {pairKey(client, account), accountKey(account), clientKey(client)}) {
            Failures before = current(key, now);
            failures.put(key, new Failures(before == null ? 1 : before.count() + 1, now));
        }
    }

    /** The right password: this client and this account start afresh. The client's count over all accounts stays. */
    public synchronized void succeeded(String client, String account) {
        failures.remove(pairKey(client, account));
        failures.remove(accountKey(account));
    }

    /** Failed sign-ins on the account, from all clients, that still count. */
    public synchronized int failures(String account) {
        Failures count = current(accountKey(account), clock.instant());
        return count == null ? 0 : count.count();
    }

    /** Another educator lets the account sign in again at once, from every client. */
    public synchronized void clear(String account) {
        String suffix = "\n" + account;
        failures.keySet()
                .removeIf(key -> key.equals(accountKey(account)) || key.startsWith("p\n") && key.endsWith(suffix));
    }

    /** The wait after {@code failures} failures of which {@code free} cost nothing: 1 s, 2 s, 4 s … at most 15 min. */
    public static Duration waitAfter(int failures, int free) {
        int beyond = failures - free;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        if (beyond > 20) {
            return MAX_WAIT;
        }
        Duration wait = Duration.ofSeconds(1L << (beyond - 1));
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private Failures current(String key, Instant now) {
        Failures found = failures.get(key);
        if (found != null && found.last().plus(FORGET).isBefore(now)) {
            failures.remove(key);
            return null;
        }
        return found;
    }

    private static Instant waitUntil(Failures failures, int free) {
        return failures.last().plus(waitAfter(failures.count(), free));
    }

    private static Instant later(Instant until, Failures failures, int free) {
        if (failures == null) {
            return until;
        }
        Instant other = waitUntil(failures, free);
        return other.isAfter(until) ? other : until;
    }

    private static String pairKey(String client, String account) {
        return "p\n" + client + "\n" + account;
    }

    private static String accountKey(String account) {
        return "a\n" + account;
    }

    private static String clientKey(String client) {
        return "c\n" + client;
    }
}
