package org.oncolearn.export.internal;

import java.math.BigDecimal;
import java.util.List;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;

/**
 * What the templates see: the course plus the identifiers and file list a package needs. Public only because
 * Velocity's introspection requires it.
 *
 * @param standard {@code scorm12} or {@code scorm2004}
 * @param checkCount every check of the course flow, variants included
 * @param objectiveCount the objectives that have a check: a learner's first round asks one check for each
 * @param fingerprint changes whenever the checks or their options change, so the player can tell that saved
 *     progress belongs to an older version of the package
 */
public record PackageModel(
        String standard,
        Course course,
        List<LessonModel> lessons,
        int checkCount,
        int objectiveCount,
        String identifier,
        String fingerprint,
        List<String> files) {

    public String masteryScore() {
        return Integer.toString(course.masteryPercent());
    }

    /** SCORM 2004 wants the threshold as a normalised measure between 0 and 1. */
    public String minNormalizedMeasure() {
        return BigDecimal.valueOf(course.masteryPercent(), 2)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** A lesson with its course checks, numbered through the whole course. */
    public record LessonModel(Lesson lesson, List<CheckModel> checks) {

        /** How many checks a round asks at first: one for each objective that has a check. */
        public int roundSize() {
            return (int) lesson.objectives().keySet().stream()
                    .filter(objective ->
                            checks.stream().anyMatch(c -> c.check().objective().equals(objective)))
                    .count();
        }

        public String bodyHtml() {
            return lesson.text().safeHtml();
        }
    }

    /** A check with the identifier the LMS records its interactions under. */
    public record CheckModel(Check check, String interactionId, boolean multiple) {}
}
