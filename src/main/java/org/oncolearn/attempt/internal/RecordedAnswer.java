package org.oncolearn.attempt.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.oncolearn.attempt.Confidence;

/** An answer as stored: the chosen options, whether they were right when given, and how sure the learner was. */
public record RecordedAnswer(
        Set<String> selectedOptionIds, boolean correct, Instant answeredAt, Optional<Confidence> confidence) {

    public RecordedAnswer(Set<String> selectedOptionIds, boolean correct, Instant answeredAt) {
        this(selectedOptionIds, correct, answeredAt, Optional.empty());
    }
}
