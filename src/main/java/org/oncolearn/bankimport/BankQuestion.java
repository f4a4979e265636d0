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
 * @param where the line (GIFT), the question's position (Moodle XML) or the item's file (QTI) it was read from, for
 *     messages
 * @param lessonId the id of the lesson it belongs to when the bank says it (a QTI test's identifier), else empty
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
        String where,
        String lessonId) {

    public BankQuestion {
        answers = List.copyOf(answers);
        tags = List.copyOf(tags);
    }

    /** A question of a bank that files questions by category only (Moodle XML, GIFT). */
    public BankQuestion(
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
        this(
                category,
                categoryInfoHtml,
                name,
                idNumber,
                single,
                shuffle,
                stemHtml,
                answers,
                generalFeedbackHtml,
                tags,
                where,
                "");
    }

    /** @param fraction the grade in percent, negative for a penalty */
    public record Answer(BigDecimal fraction, String textHtml, String feedbackHtml) {}
}
