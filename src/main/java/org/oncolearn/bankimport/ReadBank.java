package org.oncolearn.bankimport;

import java.util.List;

/** What a question-bank file held: its multiple-choice questions, and every other question with why it was left out. */
public record ReadBank(List<BankQuestion> questions, List<Skipped> skipped) {

    public ReadBank {
        questions = List.copyOf(questions);
        skipped = List.copyOf(skipped);
    }

    /** A question that does not become a check, with where it is and why. */
    public record Skipped(String where, String name, String reason) {

        @Override
        public String toString() {
            return where + ": " + (name.isBlank() ? "" : "\"" + name + "\" ") + reason;
        }
    }
}
