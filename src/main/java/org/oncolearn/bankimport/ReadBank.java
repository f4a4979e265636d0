package org.oncolearn.bankimport;

import java.util.List;

/**
 * What a question-bank file held: its multiple-choice questions, and every other question with why it was left out.
 *
 * @param language the language the bank declares for its questions (QTI's {@code xml:lang}), empty when it does not
 */
public record ReadBank(List<BankQuestion> questions, List<Skipped> skipped, String language) {

    public ReadBank {
        questions = List.copyOf(questions);
        skipped = List.copyOf(skipped);
    }

    /** A bank that does not say which language its questions are in (Moodle XML, GIFT). */
    public ReadBank(List<BankQuestion> questions, List<Skipped> skipped) {
        this(questions, skipped, "");
    }

    /** A question that does not become a check, with where it is and why. */
    public record Skipped(String where, String name, String reason) {

        @Override
        public String toString() {
            return where + ": " + (name.isBlank() ? "" : "\"" + name + "\" ") + reason;
        }
    }
}
