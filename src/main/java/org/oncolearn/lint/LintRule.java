package org.oncolearn.lint;

import java.net.URI;

/** The rules the lint applies, each with a one-line reason and the guideline it comes from. */
public enum LintRule {
    ALL_OR_NONE_OF_THE_ABOVE(
            "all-or-none",
            Severity.ERROR,
            "\"All/none of the above\" lets a learner answer by spotting two true or one false option, without"
                    + " knowing the answer.",
            Guideline.HALADYNA),
    NEGATIVE_STEM(
            "negative-stem",
            Severity.WARNING,
            "NOT/EXCEPT lead-ins are easy to misread and test reading care more than knowledge; ask for the best"
                    + " answer instead.",
            Guideline.NBME),
    ABSOLUTE_WORDS(
            "absolute-words",
            Severity.WARNING,
            "Words like always, never and only mark an option as wrong for test-wise learners; state the idea"
                    + " without the absolute.",
            Guideline.NBME),
    LONGEST_OPTION_CUE(
            "longest-option",
            Severity.WARNING,
            "When the key is clearly the longest option, learners pick it for its length; make the options"
                    + " similar in length.",
            Guideline.NBME),
    STEM_WORDS_IN_KEY(
            "stem-words-in-key",
            Severity.WARNING,
            "A word repeated from the stem in the key only points to the key; reword it or use it in"
                    + " distractors too.",
            Guideline.NBME),
    KEY_POSITION_IMBALANCE(
            "key-position",
            Severity.WARNING,
            "When most keys of a lesson sit in the same place, learners can guess by position; vary where"
                    + " the key is.",
            Guideline.HALADYNA),
    KEY_LENGTH_PATTERN(
            "key-length-pattern",
            Severity.WARNING,
            "When the key is the longest (or the shortest) option in most of a lesson's checks, learners pick by"
                    + " length; vary which option is longest.",
            Guideline.HALADYNA),
    ABSOLUTES_ONLY_IN_DISTRACTORS(
            "absolutes-in-distractors",
            Severity.WARNING,
            "Absolute words (always, never, no, all, only) in distractors but not in the key mark the key; hedge the"
                    + " distractors or the key alike.",
            Guideline.NBME),
    SINGLE_VARIANT(
            "single-variant",
            Severity.WARNING,
            "With one check per objective, a retry repeats a check whose key was just shown; add a variant with"
                    + " another vignette.",
            Guideline.HALADYNA),
    MIRRORED_OPTIONS(
            "mirrored-options",
            Severity.WARNING,
            "Two options that negate or mirror each other tell learners one of them is the key; replace one with a"
                    + " different plausible option.",
            Guideline.HALADYNA),
    MISSING_RATIONALE(
            "missing-rationale",
            Severity.ERROR,
            "Every option needs a rationale: explaining why an answer is right or wrong is what makes"
                    + " feedback teach.",
            Guideline.FEEDBACK),
    READING_LEVEL(
            "reading-level",
            Severity.WARNING,
            "Text for patients should read at US grade 8 or below (Flesch-Kincaid); use shorter sentences and"
                    + " everyday words.",
            Guideline.READABILITY),
    DRAFTED(
            "drafted",
            Severity.WARNING,
            "A drafted check is a proposal: check it against its sources, then accept or reject it. Learners never"
                    + " see it, and it blocks publishing.",
            Guideline.NBME),
    NOT_REVIEWED(
            "not-reviewed",
            Severity.WARNING,
            "Medical content needs a named reviewer and a review-by date before learners see it; it cannot"
                    + " be published without one.",
            Guideline.NBME),
    URGENCY_TIMING(
            "urgency-timing",
            Severity.ERROR,
            "A sign on the call-now list must always come with \"call now\": softer timing (early, soon, the same"
                    + " day, at your next visit) tells a patient they may wait.",
            Guideline.WARNING_SIGNS),
    REVIEW_LAPSED(
            "review-lapsed",
            Severity.ERROR,
            "The review-by date has passed: check the content against current sources and record a new" + " review.",
            Guideline.NBME);

    private final String code;
    private final Severity severity;
    private final String explanation;
    private final URI guideline;

    LintRule(String code, Severity severity, String explanation, URI guideline) {
        this.code = code;
        this.severity = severity;
        this.explanation = explanation;
        this.guideline = guideline;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public String explanation() {
        return explanation;
    }

    public URI guideline() {
        return guideline;
    }

    private static final class Guideline {
        static final URI NBME = URI.create("https://www.nbme.org/item-writing-guide");
        static final URI HALADYNA = URI.create("https://doi.org/10.1207/s15324818ame1503_5");
        static final URI FEEDBACK = URI.create("https://link.springer.com/10.1007/s40037-020-00606-z");
        static final URI WARNING_SIGNS =
                URI.create("https://www.esmo.org/for-patients/patient-guides/immunotherapy-side-effects");
        static final URI READABILITY = URI.create("https://pmc.ncbi.nlm.nih.gov/articles/PMC3049622");
    }
}
