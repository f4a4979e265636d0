package org.oncolearn.attempt.internal;

import java.time.Instant;
import java.util.Set;

/** An answer as stored: the chosen options and whether they were right when given. */
public record RecordedAnswer(Set<String> selectedOptionIds, boolean correct, Instant answeredAt) {}
