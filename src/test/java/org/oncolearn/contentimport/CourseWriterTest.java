package org.oncolearn.contentimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;
import org.oncolearn.course.Option;
import org.oncolearn.course.Review;

class CourseWriterTest {

    private static final Course BUNDLED = CourseLoader.load(Path.of("quizzes", "immunotherapy"));

    @Test
    void the_bundled_course_written_and_loaded_again_is_the_same_course() {
        CourseFileSet written = CourseWriter.write(BUNDLED);

        assertThat(written.files().keySet())
                .containsExactly("course.yaml", "lesson-1.yaml", "lesson-2.yaml", "lesson-3.yaml", "lesson-4.yaml");
        assertThat(written.load()).isEqualTo(BUNDLED);
    }

    @Test
    void awkward_text_survives_the_round_trip() {
        Check first = BUNDLED.lessons().getFirst().checks().getFirst();
        List<Option> options = new ArrayList<>(first.options());
        options.set(0, new Option("a", "true", options.get(0).key(), "# not a comment: {x} [y] 'q' \"d\" & <b> ü 🙂"));
        options.set(1, new Option("b", "2027-01-01", options.get(1).key(), "- looks like a list\\n, ends with colon:"));
        Check awkward = new Check(
                first.id(),
                first.level(),
                first.type(),
                first.objective(),
                "null",
                options,
                first.sources(),
                Optional.empty(),
                Optional.of(new Review("Dr O'Neil: nurse educator", LocalDate.of(2027, 11, 26))));
        Lesson lesson = BUNDLED.lessons().getFirst();
        String markdown = "  indented first line\n\n\ttab line   \n\nlast line without newline";
        Lesson changed = new Lesson(
                        lesson.id(),
                        lesson.number(),
                        lesson.title(),
                        lesson.summary(),
                        new LessonText(markdown, ""),
                        lesson.objectives(),
                        lesson.sources(),
                        lesson.checks(),
                        lesson.review())
                .withChecks(replaceFirst(lesson.checks(), awkward));

        Course reloaded = CourseWriter.write(BUNDLED.withLessons(replaceFirst(BUNDLED.lessons(), changed)))
                .load();

        Check read = reloaded.lessons().getFirst().checks().getFirst();
        assertThat(read).isEqualTo(awkward);
        assertThat(reloaded.lessons().getFirst().text().markdown()).isEqualTo(markdown.strip());
    }

    @Test
    void a_problem_is_traced_to_the_field_it_is_about() {
        Lesson lesson = BUNDLED.lessons().get(1);
        Check check = lesson.checks().get(2);
        Check blankStem = new Check(
                check.id(),
                check.level(),
                check.type(),
                check.objective(),
                "",
                check.options(),
                check.sources(),
                check.ask(),
                check.review());
        List<Check> checks = new ArrayList<>(lesson.checks());
        checks.set(2, blankStem);
        List<Lesson> lessons = new ArrayList<>(BUNDLED.lessons());
        lessons.set(1, lesson.withChecks(checks));

        CourseFileSet written = CourseWriter.write(BUNDLED.withLessons(lessons));

        List<ContentProblem> problems = written.problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().file()).isEqualTo("quizzes/immunotherapy/lesson-2.yaml");
        assertThat(written.fieldsOf(problems).get(problems.getFirst())).isEqualTo("lesson-2.yaml#checks.2.stem");
    }

    @Test
    void the_field_of_a_problem_is_found_even_in_a_list_that_contains_itself() {
        SequencedMap<String, String> files = new LinkedHashMap<>();
        files.put("course.yaml", "id: demo\nloop: &a [*a]\n");
        CourseFileSet loop = new CourseFileSet("demo", files);

        ContentProblem unknown = loop.problems().stream()
                .filter(p -> p.message().startsWith("unknown field"))
                .findFirst()
                .orElseThrow();

        assertThat(loop.fieldsOf(List.of(unknown)).get(unknown)).isEqualTo("course.yaml#loop");
    }

    @Test
    void writing_into_the_content_folder_replaces_the_files_and_drops_lessons_no_longer_listed(@TempDir Path root)
            throws Exception {
        Path folder = root.resolve("immunotherapy");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("lesson-9.yaml"), "stale");
        Files.writeString(folder.resolve("notes.txt"), "kept");

        CourseWriter.write(BUNDLED).writeInto(root);

        assertThat(folder.resolve("lesson-9.yaml")).doesNotExist();
        assertThat(folder.resolve("notes.txt")).hasContent("kept");
        assertThat(CourseLoader.load(folder)).isEqualTo(BUNDLED);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void files_replaced_by_writing_keep_their_permissions_and_new_files_are_not_private(@TempDir Path root)
            throws Exception {
        Path folder = Files.createDirectories(root.resolve("immunotherapy"));
        Path course = Files.writeString(folder.resolve("course.yaml"), "old");
        Files.setPosixFilePermissions(course, PosixFilePermissions.fromString("rw-rw-r--"));

        CourseWriter.write(BUNDLED).writeInto(root);

        assertThat(Files.getPosixFilePermissions(course)).isEqualTo(PosixFilePermissions.fromString("rw-rw-r--"));
        // A file that did not exist gets what any new file of this process gets, not owner-only as a temp file.
        Path probe = Files.createFile(root.resolve("probe"));
        assertThat(Files.getPosixFilePermissions(folder.resolve("lesson-1.yaml")))
                .isEqualTo(Files.getPosixFilePermissions(probe));
    }

    @Test
    void the_download_is_a_zip_of_the_course_folder() throws Exception {
        byte[] zip = CourseWriter.write(BUNDLED).zip();

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains("immunotherapy/course.yaml", "immunotherapy/lesson-4.yaml");
    }

    private static <T> List<T> replaceFirst(List<T> list, T first) {
        List<T> changed = new ArrayList<>(list);
        changed.set(0, first);
        return changed;
    }
}
