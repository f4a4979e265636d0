package org.oncolearn.attempt;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/** A learner's random, unguessable id; anonymous learners are known only by it. */
public record LearnerId(UUID value) implements Serializable {

    public static LearnerId random() {
        return new LearnerId(UUID.randomUUID());
    }

    /** Parses an id from untrusted input such as a cookie; empty when it is not a UUID. */
    public static Optional<LearnerId> parse(String text) {
        try {
            return Optional.of(new LearnerId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /**
     * A short name for educators' results that does not give the id away: the id is what the learner's cookie holds,
     * so showing it would let anyone who reads the results continue as that learner.
     */
    public String pseudonym() {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(value.toString().getBytes(StandardCharsets.UTF_8));
            return "L-" + HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
