package org.oncolearn.attempt;

import java.util.Optional;

/** A learner: a name they chose, or none when they continue anonymously. */
public record Learner(LearnerId id, Optional<String> displayName) {

    public static final int MAX_NAME_LENGTH = 60;

    public boolean anonymous() {
        return displayName.isEmpty();
    }
}
