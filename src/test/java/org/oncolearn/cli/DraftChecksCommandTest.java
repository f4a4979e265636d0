package org.oncolearn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;

/** {@code draft-checks FILE --out DIR} on the source document, then {@code lint --dir DIR}, as a pipeline runs them. */
class DraftChecksCommandTest {

    private static final Path SEED = Files.exists(Path.of("..", "shared", "seed", "000_3c21eb6106e5c222.txt"))
            ? Path.of("..", "shared", "seed", "000_3c21eb6106e5c222.txt")
            : Path.of("/work/shared/seed/000_3c21eb6106e5c222.txt");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli =
            new Cli(Path.of("quizzes"), Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path folder;

    @Test
    void the_source_document_becomes_four_lessons_each_with_nursing_and_patient_drafts_that_lint_without_errors() {
        Path course = folder.resolve("immunotherapy-draft");

        assertThat(run("draft-checks", SEED.toString(), "--out", course.toString()))
                .isZero();
        assertThat(stdout()).contains("wrote " + course.resolve("course.yaml"));

        Course drafted = CourseLoader.load(course);
        assertThat(drafted.id()).isEqualTo("immunotherapy-draft");
        assertThat(drafted.lessons()).hasSize(4);
        for (Lesson lesson : drafted.lessons()) {
            assertThat(lesson.checks(Level.NURSING))
                    .as("nursing drafts of lesson %d", lesson.number())
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(lesson.checks(Level.PATIENT))
                    .as("patient drafts of lesson %d", lesson.number())
                    .isNotEmpty();
            assertThat(lesson.checks()).allMatch(Check::drafted);
            assertThat(lesson.objectives().keySet())
                    .containsAll(lesson.checks().stream().map(Check::objective).toList());
        }
        assertThat(drafted.lessons().get(2).checks())
                .as("lesson 3 asks which tumour feature is tested before a targeted drug")
                .anyMatch(c -> c.stem().contains("the tumour is tested"));

        out.reset();
        assertThat(run("lint", "--dir", course.toString())).isZero();
        Matcher summary =
                Pattern.compile("4 lessons, (\\d+) checks, 0 error\\(s\\)").matcher(stdout());
        assertThat(summary.find()).as(stdout()).isTrue();
        assertThat(stdout()).contains("[drafted] proposed from the knowledge base, not yet accepted");
    }

    @Test
    void no_draft_teaches_the_source_s_two_errors_and_the_sentences_that_make_them_get_checks_with_the_true_class() {
        Path course = folder.resolve("seed");
        assertThat(run("draft-checks", SEED.toString(), "--out", course.toString()))
                .isZero();
        Course drafted = CourseLoader.load(course);

        for (Check check :
                drafted.lessons().stream().flatMap(l -> l.checks().stream()).toList()) {
            for (Option key : check.options().stream().filter(Option::key).toList()) {
                String taught = (check.stem() + " " + key.text() + " " + key.rationale()).toLowerCase();
                if (taught.contains("cisplatin")) {
                    assertThat(key.text() + " " + key.rationale())
                            .doesNotContainPattern("(?i)(?<!not )\\ban immunotherapy");
                }
                if (taught.contains("tacrolimus")) {
                    assertThat(key.text() + " " + key.rationale())
                            .doesNotContainPattern("(?i)(?<!not )\\ba targeted (cancer )?drug");
                }
            }
        }
        assertThat(keysAbout(drafted, "cisplatin")).anyMatch(k -> k.startsWith("Chemotherapy"));
        assertThat(keysAbout(drafted, "tacrolimus")).anyMatch(k -> k.startsWith("An immunosuppressant"));
    }

    @Test
    void a_folder_that_is_not_empty_is_never_overwritten() throws IOException {
        Path course = Files.createDirectories(folder.resolve("kept"));
        Files.writeString(course.resolve("course.yaml"), "id: kept\n");

        int code = run("draft-checks", SEED.toString(), "--out", course.toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("is not empty; choose a new folder");
        assertThat(Files.readString(course.resolve("course.yaml"))).isEqualTo("id: kept\n");
    }

    @Test
    void a_folder_name_that_cannot_be_a_course_id_is_refused_before_anything_is_written() {
        Path course = folder.resolve("My Course");

        int code = run("draft-checks", SEED.toString(), "--out", course.toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("the folder's name becomes the course id");
        assertThat(course).doesNotExist();
    }

    private static java.util.List<String> keysAbout(Course course, String drug) {
        return course.lessons().stream()
                .flatMap(l -> l.checks().stream())
                .filter(c -> c.stem().contains("what kind of drug " + drug))
                .flatMap(c -> c.options().stream().filter(Option::key))
                .map(Option::text)
                .toList();
    }

    private int run(String... args) {
        return cli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
