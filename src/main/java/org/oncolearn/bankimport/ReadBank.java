package org.oncolearn.bankimport;

import java.util.List;
import org.oncolearn.message.Message;

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

    /** A question that does not become a check, with where it is (a line, a position, an item file) and why. */
    public record Skipped(Message where, String name, Message reason) {

        /** The finding as the import screen lists it, in the educator's language. */
        public Message message() {
            return name.isBlank()
                    ? Message.of("bank.skipped", where, reason)
                    : Message.of("bank.skipped.named", where, name, reason);
        }

        @Override
        public String toString() {
            return message().english();
        }
    }
}
