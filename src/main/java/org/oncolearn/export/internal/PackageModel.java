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
 * @param standard {@code scorm12}, {@code scorm2004} or {@code cmi5}
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

    /**
     * Every IRI of a package (cmi5 course, AU and objectives, xAPI and SCORM 2004 interactions) is a URN under this
     * prefix: an IRI that names the course without claiming a web address that nobody serves.
     */
    static final String IRI_PREFIX = "urn:oncolearn:";

    /** cmi5's course id: the same for every version, so an LMS sees a re-import as an update of the same course. */
    public String courseIri() {
        return IRI_PREFIX + course.id();
    }

    /** The publisher id of the one AU that plays the whole course. */
    public String auIri() {
        return IRI_PREFIX + course.id() + ":au";
    }

    /** A lesson objective as a cmi5 objective IRI; lesson ids and objective keys are plain names (loader-checked). */
    public String objectiveIri(Lesson lesson, String objective) {
        return IRI_PREFIX + course.id() + ":" + lesson.id() + ":" + objective;
    }

    public String masteryScore() {
        return Integer.toString(course.masteryPercent());
    }

    /** Whether any lesson names an objective: cmi5.xml lists them only then, as its schema wants at least one. */
    public boolean hasObjectives() {
        return lessons.stream().anyMatch(l -> !l.lesson().objectives().isEmpty());
    }

    /** SCORM 2004 and cmi5 want the threshold as a decimal between 0 and 1. */
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
