package org.oncolearn.factcheck;

import org.oncolearn.factcheck.DrugLexicon.LexiconSource;

/**
 * A sentence that puts a drug in a class it does not belong to.
 *
 * @param line line of the drug's mention, counted from 1
 * @param drug the drug as the lexicon names it
 * @param drugClass what the drug really is
 * @param claimedClass the class the sentence gives it, as a phrase ("an immunotherapy")
 * @param sentence the sentence, for showing the flag in context
 */
public record DrugClassFlag(
        int line, String drug, String drugClass, String claimedClass, LexiconSource source, String sentence) {

    /** One line, as the command line prints it: {@code line N: drug is class, not claimed — source}. */
    public String describe() {
        return "line " + line + ": " + drug + " is " + drugClass + ", not " + claimedClass + " — " + source.title()
                + " <" + source.url() + ">";
    }

    /** Identifies the flag across edits that move it to another line. */
    public String key() {
        return drug + "|" + claimedClass;
    }
}
