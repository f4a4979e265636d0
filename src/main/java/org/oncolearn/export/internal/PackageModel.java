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
 * @param texts the player's own words in the course's language, or in English when the app has no texts in it
 */
public record PackageModel(
        String standard,
        Course course,
        List<LessonModel> lessons,
        int checkCount,
        int objectiveCount,
        String identifier,
        String fingerprint,
        List<String> files,
        InterfaceTexts.Texts texts) {

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

    /**
     * Whether the player's words are in another language than the course (English for a course in a language the
     * app has no texts in): then each element of the player's own words says so, while the page keeps the course's.
     */
    public boolean chromeMarked() {
        return chromeMarked(texts, course);
    }

    static boolean chromeMarked(InterfaceTexts.Texts texts, Course course) {
        return !texts.language().equals(InterfaceTexts.primary(course.language()));
    }

    /** {@code lang="en"} for an element of the player's own words when {@link #chromeMarked()}, else nothing. */
    public String uiLangHtml() {
        return chromeMarked() ? " lang=\"" + texts.language() + "\"" : "";
    }

    /**
     * The player's words for its script: JSON, safe inside a script element of type {@code application/json}. A SCORM
     * package leaves out what only the cmi5 adapter says.
     */
    public String textsJsonHtml() {
        if (standard.equals(PackageBuilder.CMI5)) {
            return texts.jsonHtml();
        }
        return texts.without(CMI5_TEXTS).jsonHtml();
    }

    /** The prefix of the texts only a cmi5 package shows. */
    static final String CMI5_TEXTS = "player.cmi5.";

    /**
     * "Lesson 1: Title" in the player's words, escaped; when {@link #chromeMarked()}, the title, which is course
     * content, is marked with the course's language inside the element marked with the player's.
     */
    static String lessonTitleHtml(InterfaceTexts.Texts texts, Course course, Lesson lesson) {
        String title = MarkupEscaper.escape(lesson.title());
        String placed = chromeMarked(texts, course)
                ? "<span lang=\"" + MarkupEscaper.escape(course.language()) + "\">" + title + "</span>"
                : title;
        String pattern = texts.get("player.lesson.title");
        int at = pattern.indexOf("{1}");
        return MarkupEscaper.escape(pattern.substring(0, at).replace("{0}", Integer.toString(lesson.number())))
                + placed
                + MarkupEscaper.escape(pattern.substring(at + 3).replace("{0}", Integer.toString(lesson.number())));
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

    /**
     * A lesson with its course checks, numbered through the whole course.
     *
     * @param titleHtml "Lesson 1: Title" in the player's words, escaped (see {@link PackageModel#lessonTitleHtml})
     */
    public record LessonModel(Lesson lesson, List<CheckModel> checks, String titleHtml) {

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
