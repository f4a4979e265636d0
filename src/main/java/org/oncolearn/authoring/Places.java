package org.oncolearn.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.draft.EditorState;

/**
 * Where in a course a field is, in the educator's words ("Lesson 2, check b3, rationale for option B"), from the
 * field paths the loader and the lint use ({@code checks.1.options.1.rationale}). File names and YAML paths stay in
 * the command line and the logs.
 */
final class Places {

    private Places() {}

    /** The lesson (from 0) that a field key such as {@code lesson-2.yaml#summary} belongs to, or -1 for the course. */
    static int lessonIndex(String fieldKey) {
        int hash = fieldKey.indexOf('#');
        String file = hash < 0 ? fieldKey : fieldKey.substring(0, hash);
        if (file.startsWith("lesson-") && file.endsWith(".yaml")) {
            try {
                return Integer.parseInt(file.substring("lesson-".length(), file.length() - ".yaml".length())) - 1;
            } catch (NumberFormatException notNumbered) {
                return -1;
            }
        }
        return -1;
    }

    /** The field key of a lint finding's field: {@code options.1.text} of check b3 in lesson 2. */
    static String fieldKey(Course course, String lessonId, Optional<String> checkId, String field) {
        List<Lesson> lessons = course.lessons();
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).id().equals(lessonId)) {
                List<Check> checks = lessons.get(i).checks();
                for (int j = 0; j < checks.size() && checkId.isPresent(); j++) {
                    if (checks.get(j).id().equals(checkId.get())) {
                        return EditorState.lessonField(i, "checks." + j + "." + field);
                    }
                }
                return EditorState.lessonField(i, field);
            }
        }
        return EditorState.courseField(field);
    }

    /** "Lesson 2, check b3, option B", "Course, title", or "Lesson 1" when the field is the lesson as a whole. */
    static String of(Course course, String fieldKey, EditorWords words) {
        int hash = fieldKey.indexOf('#');
        String path = hash < 0 ? "" : fieldKey.substring(hash + 1);
        int lesson = lessonIndex(fieldKey);
        List<String> parts = new ArrayList<>();
        List<String> segments = path.isEmpty() ? List.of() : List.of(path.split("\\."));
        if (lesson < 0) {
            parts.add(words.get("editor.place.course"));
        } else {
            parts.add(words.get("editor.place.lesson", lesson + 1));
            if (segments.size() >= 2 && segments.get(0).equals("checks") && isNumber(segments.get(1))) {
                int check = Integer.parseInt(segments.get(1));
                parts.add(words.get("editor.place.check", checkId(course, lesson, check)));
                segments = segments.subList(2, segments.size());
            }
        }
        field(segments, lesson < 0, words).ifPresent(parts::add);
        return String.join(", ", parts);
    }

    private static Optional<String> field(List<String> segments, boolean courseField, EditorWords words) {
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        String name = segments.getFirst();
        if (name.equals("options") && segments.size() >= 2 && isNumber(segments.get(1))) {
            String letter = String.valueOf((char) ('A' + Integer.parseInt(segments.get(1))));
            String part = segments.size() >= 3 ? segments.get(2) : "text";
            return Optional.of(
                    switch (part) {
                        case "rationale" -> words.get("editor.place.rationale", letter);
                        case "key" -> words.get("editor.place.key", letter);
                        default -> words.get("editor.place.option", letter);
                    });
        }
        if (name.equals("objectives") && segments.size() >= 2) {
            return Optional.of(words.get("editor.place.objectiveCode", segments.get(1)));
        }
        String key = (courseField ? "editor.place.course." : "editor.place.field.") + name;
        String text = words.get(key);
        // A field the editor has no words for is named as it is written, rather than hidden.
        return Optional.of(text.startsWith("!") ? name : text);
    }

    private static String checkId(Course course, int lesson, int check) {
        if (lesson < course.lessons().size()) {
            List<Check> checks = course.lessons().get(lesson).checks();
            if (check < checks.size() && !checks.get(check).id().isBlank()) {
                return checks.get(check).id();
            }
        }
        return String.valueOf(check + 1);
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }
}
