package org.oncolearn.analysis;

/**
 * Something about a check worth an educator's look. Each has a word for the command line and files, and an
 * explanation in plain language under {@link #explanationKey()} in the {@code i18n/messages} bundles.
 */
public enum Flag {
    TOO_EASY("too-easy"),
    TOO_HARD("too-hard"),
    LOW_DISCRIMINATION("low-discrimination"),
    UNUSED_DISTRACTOR("unused-distractor");

    private final String word;

    Flag(String word) {
        this.word = word;
    }

    /** The word printed by the command line, such as {@code too-easy}. */
    public String word() {
        return word;
    }

    /** The message key of the explanation for educators. */
    public String explanationKey() {
        return "analysis.flag." + word;
    }
}
