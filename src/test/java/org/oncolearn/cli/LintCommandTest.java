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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli =
            new Cli(Path.of("quizzes"), Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path folder;

    @Test
    void the_bundled_course_lints_with_warnings_only_and_exit_zero() {
        int code = run("lint", "--course", "immunotherapy");

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("[not-reviewed]").contains("immunotherapy: 4 lessons, 73 checks, 0 error(s)");
    }

    @Test
    void an_item_writing_error_exits_one_and_names_lesson_check_and_field() throws IOException {
        Path content = copyOfBundled();
        Path lesson = content.resolve("immunotherapy").resolve("lesson-1.yaml");
        String text = Files.readString(lesson);
        int firstOption = text.indexOf("      - text: ");
        int lineEnd = text.indexOf('\n', firstOption);
        Files.writeString(
                lesson, text.substring(0, firstOption) + "      - text: All of the above" + text.substring(lineEnd));

        int code = run("lint", "--course", "immunotherapy", "--content", content.toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(stdout())
                .containsPattern("ERROR immune-system-and-cancer check \\S+ options\\.0\\.text \\[all-or-none\\]");
    }

    @Test
    void the_bundled_course_has_no_urgency_conflicts_and_findings_carry_their_file_and_line() {
        run("lint", "--course", "immunotherapy");

        assertThat(stdout()).doesNotContain("[urgency-timing]");
        assertThat(stdout()).containsPattern("\\[not-reviewed\\] .*\\(quizzes/immunotherapy/lesson-\\d\\.yaml:\\d+\\)");
    }

    @Test
    void a_call_now_sign_with_softer_timing_in_patient_text_is_an_error_at_its_file_and_line() throws IOException {
        Path content = copyOfBundled();
        Path lesson = content.resolve("immunotherapy").resolve("lesson-2.yaml");
        String text = Files.readString(lesson);
        String key = "      - text: Call your team's 24-hour number now.";
        assertThat(text).contains(key);
        Files.writeString(
                lesson, text.replace(key, "      - text: Tell the nurse about the diarrhoea at your next visit."));
        int line = (int) text.substring(0, text.indexOf(key)).lines().count() + 1;

        int code = run("lint", "--course", "immunotherapy", "--content", content.toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(stdout())
                .containsPattern(
                        "ERROR \\S+ check pb1 options\\.\\d\\.text \\[urgency-timing\\] \"diarrhoea\" is on the"
                                + " call-now list, but the sentence says \"at your next visit\".*lesson-2\\.yaml:"
                                + line + "\\)");
    }

    @Test
    void a_warning_signs_file_with_a_problem_is_reported_with_its_line_and_exits_one() throws IOException {
        Path content = copyOfBundled();
        String signs = Files.readString(Path.of("quizzes", "warning-signs.yaml"));
        int at = signs.indexOf("      sources: [", signs.indexOf("call-now:"));
        int end = signs.indexOf('\n', at);
        Files.writeString(
                content.resolve("warning-signs.yaml"),
                signs.substring(0, at) + "      sources: [no-such-source]" + signs.substring(end));
        int line = (int) signs.substring(0, at).lines().count() + 1;

        int code = run("lint", "--course", "immunotherapy", "--content", content.toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(stdout())
                .contains("warning-signs.yaml:" + line + ": source \"no-such-source\" is not listed under sources");
    }

    @Test
    void a_course_that_does_not_load_lists_every_file_problem_and_exits_one() throws IOException {
        Path content = copyOfBundled();
        Path lesson = content.resolve("immunotherapy").resolve("lesson-3.yaml");
        Files.writeString(lesson, Files.readString(lesson).replaceFirst("(?m)^title: .*$", "title:"));

        int code = run("lint", "--course", "immunotherapy", "--content", content.toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(stdout()).containsPattern("ERROR \\S*lesson-3.yaml:\\d+: .*title");
    }

    @Test
    void an_unknown_course_fails_naming_the_courses_there() {
        assertThat(run("lint", "--course", "nope")).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("immunotherapy");
    }

    private Path copyOfBundled() throws IOException {
        Path content = Files.createDirectories(folder.resolve("content"));
        Path target = Files.createDirectories(content.resolve("immunotherapy"));
        try (Stream<Path> files = Files.list(Path.of("quizzes", "immunotherapy"))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return content;
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
}
