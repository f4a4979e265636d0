package org.oncolearn.attempt;

import java.util.List;
import org.oncolearn.course.Check;

/**
 * A lesson's score, counted in objectives: an objective is right when its latest answer is right, so a retry with a
 * sibling check can lift it; the first-try score is kept as well because it is the honest measure of what the learner
 * knew.
 *
 * @param missed for each objective not yet right, the check last asked for it
 * @param calibration how sure the learner said they were, and how often that was right (empty without confidence)
 */
public record LessonResult(
        int correct, int total, int firstTryCorrect, int masteryPercent, List<Check> missed, Calibration calibration) {

    public LessonResult {
        missed = List.copyOf(missed);
    }

    /** Rounded down, so that a score shown as "80 %" always meets an 80 % mastery level. */
    public int percent() {
        return total == 0 ? 0 : correct * 100 / total;
    }

    public int firstTryPercent() {
        return total == 0 ? 0 : firstTryCorrect * 100 / total;
    }

    /** Compares whole numbers so that, say, 4 of 5 meets an 80 % threshold without rounding surprises. */
    public boolean mastered() {
        return total > 0 && correct * 100 >= masteryPercent * total;
    }

    public List<String> missedObjectives() {
        return missed.stream().map(Check::objective).toList();
    }
}
