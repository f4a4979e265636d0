package org.oncolearn.attempt.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * One objective in spaced review: its Leitner box, when it is due, the seed of its next draw, and the check asked
 * last, so the next review asks a sibling.
 */
public record ReviewItem(
        String lessonId, String objective, int box, Instant dueAt, int seed, Optional<String> lastCheckId) {}
