package org.oncolearn.export.internal;

import java.util.List;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Option;
import org.oncolearn.course.WarningSigns;

/**
 * What the self-check template sees. Public only because Velocity's introspection requires it.
 *
 * @param language the interface language the page opens in ({@code en} or {@code de}); the other one is a click away
 * @param texts the interface texts of the opening language, for the page as the server sends it
 * @param inlineStyleHtml the stylesheet, placed in the page as it is (no authored text in it)
 * @param inlineScriptHtml the script, placed in the page as it is (no authored text in it)
 * @param textsJsonHtml both languages' interface texts as JSON, with {@code <} escaped so it cannot end the element
 */
public record SelfCheckModel(
        Course course,
        String language,
        InterfaceTexts.Texts texts,
        List<Topic> topics,
        List<Question> questions,
        WarningSigns signs,
        String fingerprint,
        String inlineStyleHtml,
        String inlineScriptHtml,
        String textsJsonHtml,
        String contentSecurityPolicy,
        String otherSetHref) {

    /** A lesson with patient questions, and its number among those. */
    public record Topic(int number, Lesson lesson, List<Question> questions) {}

    /**
     * @param safety the question is about a warning sign: when missed, it leads the summary
     */
    public record Question(int number, int topicNumber, Check check, boolean multiple, boolean safety) {

        public List<Option> options() {
            return check.options();
        }

        public String keyIds() {
            return String.join(
                    " ",
                    check.options().stream().filter(Option::key).map(Option::id).toList());
        }
    }
}
