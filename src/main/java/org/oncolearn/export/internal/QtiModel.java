package org.oncolearn.export.internal;

import java.util.List;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Option;
import org.oncolearn.course.Source;

/**
 * What the QTI 3.0 templates see: one test per lesson with a section for its nursing and one for its patient checks,
 * and one item per check. Public only because Velocity's introspection requires it.
 *
 * @param identifier the manifest's identifier, with the version so that two versions never clash in an item bank
 */
public record QtiModel(Course course, String identifier, List<TestModel> tests, List<ItemModel> items) {

    /** A lesson's test; {@code file} is its path in the package. */
    public record TestModel(String identifier, String file, Lesson lesson, List<SectionModel> sections) {

        public String title() {
            return "Lesson " + lesson.number() + ": " + lesson.title();
        }

        public List<ItemModel> items() {
            return sections.stream().flatMap(s -> s.items().stream()).toList();
        }
    }

    public record SectionModel(String identifier, String title, List<ItemModel> items) {}

    /**
     * One check as an item. QTI identifiers are XML names, which may not start with a digit as a check id may, hence
     * the {@code item-} prefix; option ids are letters already.
     */
    public record ItemModel(
            String identifier, String file, Check check, Lesson lesson, String language, List<Source> sources) {

        public String title() {
            return "Lesson " + lesson.number() + ", check " + check.id();
        }

        public String cardinality() {
            return check.type() == CheckType.SINGLE ? "single" : "multiple";
        }

        /** One choice for a single best answer; 0, meaning any number, for select all that apply. */
        public int maxChoices() {
            return check.type() == CheckType.SINGLE ? 1 : 0;
        }

        public List<String> keyIds() {
            return check.options().stream().filter(Option::key).map(Option::id).toList();
        }

        public String verdict(Option option) {
            return option.key() ? "Right" : "Not right";
        }

        public String objective() {
            String text = lesson.objectives().getOrDefault(check.objective(), "");
            return check.objective() + (text.isBlank() ? "" : ": " + text);
        }

        /** Relative to the test that refers to the item: tests and items sit in sibling folders. */
        public String hrefFromTest() {
            return "../" + file;
        }
    }
}
