package org.oncolearn.export.internal;

import java.util.List;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;

/**
 * What the question-bank templates see: one category per lesson (and one below it for the lesson's patient checks),
 * each with its questions ready to write. Public only because Velocity's introspection requires it.
 *
 * <p>Values named {@code …Html} are HTML built from escaped authored text; every template's escaper decides how
 * such a value is made safe for its format (CDATA in Moodle XML, GIFT's backslashes in GIFT). Other values are plain
 * text.
 *
 * @param keptInOrder ids of the checks whose options must keep their order, which GIFT cannot say
 */
public record QuestionBankModel(Course course, List<Category> categories, int questionCount, List<String> keptInOrder) {

    public String courseTitleComment() {
        return course.title() + (course.version() > 0 ? ", version " + course.version() : "");
    }

    public String keptInOrderComment() {
        return String.join(", ", keptInOrder);
    }

    /**
     * @param path the Moodle category path, {@code $course$/top/…}, with {@code /} inside a name doubled as Moodle
     *     wants it
     */
    public record Category(String path, String infoHtml, List<Question> questions) {

        /** The same path, for the {@code $CATEGORY:} line of GIFT, which has its own escaping. */
        public String pathCategory() {
            return path;
        }
    }

    /**
     * @param name the question's name in the bank: the check id, which is unique within the course
     * @param single one best answer (radio buttons) rather than select all that apply (check boxes)
     * @param tags one per objective the check tests
     * @param sourceLines each source as {@code title <address>}, for GIFT's comments
     */
    public record Question(
            Check check,
            String name,
            boolean single,
            boolean shuffle,
            String stemHtml,
            List<Answer> answers,
            String generalFeedbackHtml,
            List<String> tags,
            List<String> sourceLines,
            String descriptionComment) {

        public String idTag() {
            return name;
        }
    }

    /**
     * @param fraction the grade in percent, one of Moodle's accepted values ({@code 100}, {@code 33.33333},
     *     {@code -50}, {@code 0})
     */
    public record Answer(String fraction, boolean key, String textHtml, String feedbackHtml) {}
}
