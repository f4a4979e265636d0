package org.oncolearn.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Option;
import org.oncolearn.course.Review;
import org.oncolearn.course.Source;
import org.oncolearn.message.Message;

/** What changed between two versions of a course, field by field; lessons and checks are matched by id. */
public final class CourseDiff {

    private final List<Change> changes = new ArrayList<>();

    private CourseDiff() {}

    public static List<Change> between(Course before, Course after) {
        CourseDiff diff = new CourseDiff();
        diff.course(before, after);
        return List.copyOf(diff.changes);
    }

    private void course(Course a, Course b) {
        Message where = Message.of("change.course");
        field(where, "title", a.title(), b.title());
        field(where, "summary", a.summary(), b.summary());
        field(where, Message.of("change.field.mastery"), mastery(a), mastery(b));
        Map<String, Lesson> old = byId(a.lessons(), Lesson::id);
        Map<String, Lesson> now = byId(b.lessons(), Lesson::id);
        for (Lesson lesson : a.lessons()) {
            if (!now.containsKey(lesson.id())) {
                changes.add(new Change(lessonName(lesson), removed(), value(lesson.title()), value("")));
            }
        }
        for (Lesson lesson : b.lessons()) {
            Lesson previous = old.get(lesson.id());
            if (previous == null) {
                changes.add(new Change(lessonName(lesson), added(), value(""), value(lesson.title())));
            } else {
                lesson(previous, lesson);
            }
        }
    }

    private void lesson(Lesson a, Lesson b) {
        Message where = lessonName(b);
        field(where, "position", String.valueOf(a.number()), String.valueOf(b.number()));
        field(where, "title", a.title(), b.title());
        field(where, "summary", a.summary(), b.summary());
        field(where, "text", a.text().markdown(), b.text().markdown());
        field(where, "objectives", objectives(a), objectives(b));
        field(where, "sources", sources(a.sources()), sources(b.sources()));
        field(where, Message.of("change.field.review"), review(a.review()), review(b.review()));
        Map<String, Check> old = byId(a.checks(), Check::id);
        Map<String, Check> now = byId(b.checks(), Check::id);
        for (Check check : a.checks()) {
            if (!now.containsKey(check.id())) {
                changes.add(new Change(checkName(where, check), removed(), value(check.stem()), value("")));
            }
        }
        field(
                where,
                "checkOrder",
                a.checks().stream().map(Check::id).collect(Collectors.joining(", ")),
                b.checks().stream().map(Check::id).collect(Collectors.joining(", ")));
        for (Check check : b.checks()) {
            Check previous = old.get(check.id());
            if (previous == null) {
                changes.add(new Change(checkName(where, check), added(), value(""), value(check.stem())));
            } else {
                check(checkName(where, check), previous, check);
            }
        }
    }

    private void check(Message where, Check a, Check b) {
        field(where, "level", a.level().name().toLowerCase(), b.level().name().toLowerCase());
        field(where, "type", a.type().name().toLowerCase(), b.type().name().toLowerCase());
        field(where, "objective", a.objective(), b.objective());
        field(where, "stem", a.stem(), b.stem());
        int options = Math.max(a.options().size(), b.options().size());
        for (int i = 0; i < options; i++) {
            field(where, Message.of("change.field.option", (char) ('A' + i)), option(a, i), option(b, i));
        }
        field(where, "sources", sources(a.sources()), sources(b.sources()));
        field(where, "ask", a.ask().orElse(""), b.ask().orElse(""));
        field(where, Message.of("change.field.review"), review(a.review()), review(b.review()));
    }

    /** A field whose value is the course's own text, shown as written. */
    private void field(Message where, String field, String before, String after) {
        field(where, Message.of("change.field." + field), value(before), value(after));
    }

    private void field(Message where, Message what, Message before, Message after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(where, what, before, after));
        }
    }

    private static Message value(String text) {
        return Message.of("change.value", text);
    }

    private static Message added() {
        return Message.of("change.added");
    }

    private static Message removed() {
        return Message.of("change.removed");
    }

    private static Message mastery(Course course) {
        return Message.of("change.mastery", course.masteryPercent());
    }

    private static Message checkName(Message lesson, Check check) {
        return Message.of("change.check", lesson, check.id());
    }

    private static Message option(Check check, int index) {
        if (index >= check.options().size()) {
            return value("");
        }
        Option option = check.options().get(index);
        return Message.of(option.key() ? "change.option.key" : "change.option", option.text(), option.rationale());
    }

    private static String objectives(Lesson lesson) {
        return lesson.objectives().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static String sources(List<Source> sources) {
        return sources.stream().map(Source::key).collect(Collectors.joining(", "));
    }

    private static Message review(Optional<Review> review) {
        return review.map(r ->
                        Message.of("change.reviewed", r.reviewer(), r.reviewBy().toString()))
                .orElse(Message.of("change.notReviewed"));
    }

    private static Message lessonName(Lesson lesson) {
        return Message.of("change.lesson", lesson.number(), lesson.title());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (x, y) -> x));
    }
}
