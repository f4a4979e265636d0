package org.oncolearn.draft;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oncolearn.contentimport.LessonHtml;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;
import org.oncolearn.draft.DraftCourse.DraftLesson;

/**
 * The course an imported document starts as: its lessons' titles and text, nothing else yet. The editor then shows
 * what is missing (summaries, objectives, sources, checks, reviews) as problems next to each field.
 */
final class ImportedCourse {

    private ImportedCourse() {}

    static Course of(String title, List<DraftLesson> imported) {
        List<Lesson> lessons = new ArrayList<>();
        for (DraftLesson lesson : imported) {
            int number = lessons.size() + 1;
            lessons.add(new Lesson(
                    "lesson-" + number,
                    number,
                    lesson.title(),
                    "",
                    new LessonText(lesson.body(), LessonHtml.render(lesson.body())),
                    new LinkedHashMap<>(),
                    List.of(),
                    List.of(),
                    Optional.empty()));
        }
        return new Course(
                idFor(title),
                title,
                "en",
                Course.DEFAULT_MASTERY_PERCENT,
                "",
                Optional.empty(),
                lessons,
                Course.FILE_VERSION);
    }

    /** A course id (also its folder name) from a title: lowercase ASCII words joined by "-", at most 64 long. */
    static String idFor(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String id = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > 64) {
            id = id.substring(0, 64).replaceAll("-+$", "");
        }
        return id.isEmpty() ? "course" : id;
    }
}
