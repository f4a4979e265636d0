package org.oncolearn.bankimport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A multiple-choice question as a question bank holds it, before it becomes a check. Texts are HTML as the bank
 * stores them.
 *
 * @param category the Moodle category path it was filed under ({@code $course$/top/…}), empty when none was given
 * @param shuffle whether the bank shuffles its answers; empty when the format cannot say (GIFT)
 * @param where the line (GIFT) or the question's position (Moodle XML) it was read from, for messages
 */
public record BankQuestion(
        String category,
        String categoryInfoHtml,
        String name,
        String idNumber,
        boolean single,
        Optional<Boolean> shuffle,
        String stemHtml,
        List<Answer> answers,
        String generalFeedbackHtml,
        List<String> tags,
        String where) {

    public BankQuestion {
        answers = List.copyOf(answers);
        tags = List.copyOf(tags);
    }

    /** @param fraction the grade in percent, negative for a penalty */
    public record Answer(BigDecimal fraction, String textHtml, String feedbackHtml) {}
}
