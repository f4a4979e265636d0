package org.oncolearn.attempt.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.oncolearn.attempt.Confidence;

/**
 * Spaced review in Leitner boxes: an objective comes back after 1, 3, 7 or 21 days depending on its box. A right
 * answer moves it up a box, a right answer marked as a guess keeps it where it is, a wrong one sends it back to box 1.
 */
public final class ReviewSchedule {

    public static final List<Integer> DAYS = List.of(1, 3, 7, 21);

    private ReviewSchedule() {}

    /** Whole seconds, so that the moment stored in the database is never later than the one computed here. */
    public static Instant due(Instant now, int box) {
        return now.plus(Duration.ofDays(DAYS.get(box - 1))).truncatedTo(ChronoUnit.SECONDS);
    }

    public static int nextBox(int box, boolean correct, Optional<Confidence> confidence) {
        if (!correct) {
            return 1;
        }
        if (confidence.filter(c -> c == Confidence.LOW).isPresent()) {
            return box;
        }
        return Math.min(box + 1, DAYS.size());
    }
}
