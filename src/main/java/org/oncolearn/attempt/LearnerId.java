package org.oncolearn.attempt;

import java.io.Serializable;
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

    @Override
    public String toString() {
        return value.toString();
    }
}
