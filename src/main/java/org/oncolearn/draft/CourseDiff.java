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
        String where = "Course";
        field(where, "title", a.title(), b.title());
        field(where, "summary", a.summary(), b.summary());
        field(where, "mastery", a.masteryPercent() + " %", b.masteryPercent() + " %");
        Map<String, Lesson> old = byId(a.lessons(), Lesson::id);
        Map<String, Lesson> now = byId(b.lessons(), Lesson::id);
        for (Lesson lesson : a.lessons()) {
            if (!now.containsKey(lesson.id())) {
                changes.add(new Change(lessonName(lesson), "removed", lesson.title(), ""));
            }
        }
        for (Lesson lesson : b.lessons()) {
            Lesson previous = old.get(lesson.id());
            if (previous == null) {
                changes.add(new Change(lessonName(lesson), "added", "", lesson.title()));
            } else {
                lesson(previous, lesson);
            }
        }
    }

    private void lesson(Lesson a, Lesson b) {
        String where = lessonName(b);
        field(where, "position", String.valueOf(a.number()), String.valueOf(b.number()));
        field(where, "title", a.title(), b.title());
        field(where, "summary", a.summary(), b.summary());
        field(where, "text", a.text().markdown(), b.text().markdown());
        field(where, "objectives", objectives(a), objectives(b));
        field(where, "sources", sources(a.sources()), sources(b.sources()));
        field(where, "review", review(a.review()), review(b.review()));
        Map<String, Check> old = byId(a.checks(), Check::id);
        Map<String, Check> now = byId(b.checks(), Check::id);
        for (Check check : a.checks()) {
            if (!now.containsKey(check.id())) {
                changes.add(new Change(where + ", check " + check.id(), "removed", check.stem(), ""));
            }
        }
        field(
                where,
                "check order",
                a.checks().stream().map(Check::id).collect(Collectors.joining(", ")),
                b.checks().stream().map(Check::id).collect(Collectors.joining(", ")));
        for (Check check : b.checks()) {
            Check previous = old.get(check.id());
            if (previous == null) {
                changes.add(new Change(where + ", check " + check.id(), "added", "", check.stem()));
            } else {
                check(where + ", check " + check.id(), previous, check);
            }
        }
    }

    private void check(String where, Check a, Check b) {
        field(where, "level", a.level().name().toLowerCase(), b.level().name().toLowerCase());
        field(where, "type", a.type().name().toLowerCase(), b.type().name().toLowerCase());
        field(where, "objective", a.objective(), b.objective());
        field(where, "stem", a.stem(), b.stem());
        int options = Math.max(a.options().size(), b.options().size());
        for (int i = 0; i < options; i++) {
            field(where, "option " + (char) ('A' + i), option(a, i), option(b, i));
        }
        field(where, "sources", sources(a.sources()), sources(b.sources()));
        field(where, "ask", a.ask().orElse(""), b.ask().orElse(""));
        field(where, "review", review(a.review()), review(b.review()));
    }

    private void field(String where, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(where, what, before, after));
        }
    }

    private static String option(Check check, int index) {
        if (index >= check.options().size()) {
            return "";
        }
        Option option = check.options().get(index);
        return option.text() + (option.key() ? " [key]" : "") + " — " + option.rationale();
    }

    private static String objectives(Lesson lesson) {
        return lesson.objectives().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static String sources(List<Source> sources) {
        return sources.stream().map(Source::key).collect(Collectors.joining(", "));
    }

    private static String review(Optional<Review> review) {
        return review.map(r -> r.reviewer() + ", review by " + r.reviewBy()).orElse("not reviewed");
    }

    private static String lessonName(Lesson lesson) {
        return "Lesson " + lesson.number() + " \"" + lesson.title() + "\"";
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (x, y) -> x));
    }
}
