package org.oncolearn.contentimport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oncolearn.contentimport.internal.FieldLines;
import org.oncolearn.contentimport.internal.LessonFileNames;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;

/**
 * Where a field of a loaded course is written: the lesson file and the line, so that a finding about "check pb1,
 * options.1.rationale" can be shown as {@code quizzes/immunotherapy/lesson-2.yaml:283} in the command line.
 */
public final class ContentLocations {

    private final Course course;
    private final Map<String, Path> files = new HashMap<>();
    private final Map<String, Map<String, Integer>> lines = new HashMap<>();

    private ContentLocations(Course course) {
        this.course = course;
    }

    /** The locations of a course that was loaded from {@code courseFolder}; files that cannot be read are left out. */
    public static ContentLocations of(Path courseFolder, Course course) {
        ContentLocations locations = new ContentLocations(course);
        try {
            List<String> names = LessonFileNames.of(Files.readString(courseFolder.resolve("course.yaml")));
            for (int i = 0; i < names.size() && i < course.lessons().size(); i++) {
                Path file = courseFolder.resolve(names.get(i)).normalize();
                Map<String, Integer> byField = new HashMap<>();
                String text = Files.readString(file);
                FieldLines fields = FieldLines.of(text);
                long count = text.lines().count();
                for (int line = 1; line <= count; line++) {
                    int at = line;
                    fields.at(line).ifPresent(field -> byField.putIfAbsent(field, at));
                }
                String lessonId = course.lessons().get(i).id();
                locations.files.put(lessonId, file);
                locations.lines.put(lessonId, byField);
            }
        } catch (IOException | RuntimeException e) {
            // Locations are a convenience: without them, findings still name the lesson, check and field.
        }
        return locations;
    }

    /** {@code file:line} of a lesson's or a check's field, e.g. {@code options.1.rationale}; empty when unknown. */
    public Optional<String> of(String lessonId, Optional<String> checkId, String field) {
        Path file = files.get(lessonId);
        Optional<Lesson> lesson = course.lesson(lessonId);
        if (file == null || lesson.isEmpty()) {
            return Optional.empty();
        }
        String path = field;
        if (checkId.isPresent()) {
            List<Check> checks = lesson.get().checks();
            int index = checks.stream().map(Check::id).toList().indexOf(checkId.get());
            if (index < 0) {
                return Optional.empty();
            }
            path = "checks." + index + "." + field;
        }
        Map<String, Integer> byField = lines.get(lessonId);
        String wanted = path;
        while (!byField.containsKey(wanted) && wanted.contains(".")) {
            wanted = wanted.substring(0, wanted.lastIndexOf('.'));
        }
        Integer line = byField.get(wanted);
        return line == null ? Optional.empty() : Optional.of(shown(file) + ":" + line);
    }

    private static String shown(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }
}
