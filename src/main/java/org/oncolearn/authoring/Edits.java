package org.oncolearn.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import org.oncolearn.contentimport.LessonHtml;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.course.Source;

/** One-field changes to the immutable course records, as the editor's fields make them. */
final class Edits {

    private Edits() {}

    static Course title(Course c, String v) {
        return new Course(
                c.id(),
                v,
                c.language(),
                c.masteryPercent(),
                c.summary(),
                c.reviewed(),
                c.lessons(),
                c.version(),
                c.confidence());
    }

    static Course id(Course c, String v) {
        return new Course(
                v,
                c.title(),
                c.language(),
                c.masteryPercent(),
                c.summary(),
                c.reviewed(),
                c.lessons(),
                c.version(),
                c.confidence());
    }

    static Course summary(Course c, String v) {
        return new Course(
                c.id(),
                c.title(),
                c.language(),
                c.masteryPercent(),
                v,
                c.reviewed(),
                c.lessons(),
                c.version(),
                c.confidence());
    }

    static Course mastery(Course c, int v) {
        return new Course(
                c.id(),
                c.title(),
                c.language(),
                v,
                c.summary(),
                c.reviewed(),
                c.lessons(),
                c.version(),
                c.confidence());
    }

    static Lesson title(Lesson l, String v) {
        return new Lesson(
                l.id(), l.number(), v, l.summary(), l.text(), l.objectives(), l.sources(), l.checks(), l.review());
    }

    static Lesson summary(Lesson l, String v) {
        return new Lesson(
                l.id(), l.number(), l.title(), v, l.text(), l.objectives(), l.sources(), l.checks(), l.review());
    }

    static Lesson body(Lesson l, String markdown) {
        LessonText text = new LessonText(markdown, LessonHtml.render(markdown));
        return new Lesson(
                l.id(), l.number(), l.title(), l.summary(), text, l.objectives(), l.sources(), l.checks(), l.review());
    }

    static Lesson objectives(Lesson l, SequencedMap<String, String> v) {
        return new Lesson(l.id(), l.number(), l.title(), l.summary(), l.text(), v, l.sources(), l.checks(), l.review());
    }

    static Lesson sources(Lesson l, List<Source> v) {
        return new Lesson(
                l.id(), l.number(), l.title(), l.summary(), l.text(), l.objectives(), v, l.checks(), l.review());
    }

    static Check id(Check c, String v) {
        return c.withId(v);
    }

    static Check level(Check c, Level v) {
        Optional<String> ask = v == Level.PATIENT ? Optional.of(c.ask().orElse("")) : Optional.empty();
        return new Check(
                c.id(),
                v,
                c.type(),
                c.objective(),
                c.stem(),
                c.options(),
                c.sources(),
                ask,
                c.review(),
                c.shuffle(),
                c.drafted());
    }

    static Check type(Check c, CheckType v) {
        return new Check(
                c.id(),
                c.level(),
                v,
                c.objective(),
                c.stem(),
                c.options(),
                c.sources(),
                c.ask(),
                c.review(),
                c.shuffle(),
                c.drafted());
    }

    static Check objective(Check c, String v) {
        return new Check(
                c.id(),
                c.level(),
                c.type(),
                v,
                c.stem(),
                c.options(),
                c.sources(),
                c.ask(),
                c.review(),
                c.shuffle(),
                c.drafted());
    }

    static Check stem(Check c, String v) {
        return new Check(
                c.id(),
                c.level(),
                c.type(),
                c.objective(),
                v,
                c.options(),
                c.sources(),
                c.ask(),
                c.review(),
                c.shuffle(),
                c.drafted());
    }

    static Check options(Check c, List<Option> v) {
        return new Check(
                c.id(),
                c.level(),
                c.type(),
                c.objective(),
                c.stem(),
                v,
                c.sources(),
                c.ask(),
                c.review(),
                c.shuffle(),
                c.drafted());
    }

    static Check sources(Check c, List<Source> v) {
        return new Check(
                c.id(),
                c.level(),
                c.type(),
                c.objective(),
                c.stem(),
                c.options(),
                v,
                c.ask(),
                c.review(),
                c.shuffle(),
                c.drafted());
    }

    static Check ask(Check c, String v) {
        return new Check(
                c.id(),
                c.level(),
                c.type(),
                c.objective(),
                c.stem(),
                c.options(),
                c.sources(),
                Optional.of(v),
                c.review(),
                c.shuffle(),
                c.drafted());
    }

    static Check shuffle(Check c, boolean v) {
        return c.withShuffle(v);
    }

    static Course confidence(Course c, boolean v) {
        return c.withConfidence(v);
    }

    static Option text(Option o, String v) {
        return new Option(o.id(), v, o.key(), o.rationale());
    }

    static Option key(Option o, boolean v) {
        return new Option(o.id(), o.text(), v, o.rationale());
    }

    static Option rationale(Option o, String v) {
        return new Option(o.id(), o.text(), o.key(), v);
    }

    /** A new check for a lesson: two empty options, the lesson's first objective, the lesson's sources. */
    static Check newCheck(Lesson lesson, String id) {
        String objective = lesson.objectives().isEmpty()
                ? ""
                : lesson.objectives().firstEntry().getKey();
        return new Check(
                id,
                Level.NURSING,
                CheckType.SINGLE,
                objective,
                "",
                List.of(new Option("a", "", true, ""), new Option("b", "", false, "")),
                lesson.sources(),
                Optional.empty(),
                Optional.empty());
    }

    /** Objectives as the editor shows them: one {@code CODE: description} per line. */
    static String objectivesText(Lesson lesson) {
        StringBuilder text = new StringBuilder();
        lesson.objectives()
                .forEach((code, description) ->
                        text.append(code).append(": ").append(description).append('\n'));
        return text.toString().strip();
    }

    static SequencedMap<String, String> parseObjectives(String text) {
        SequencedMap<String, String> objectives = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                objectives.put(
                        line.substring(0, colon).strip(),
                        line.substring(colon + 1).strip());
            } else if (!line.isBlank()) {
                objectives.put(line.strip(), "");
            }
        }
        return objectives;
    }
}
