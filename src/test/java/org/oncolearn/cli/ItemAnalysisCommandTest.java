package org.oncolearn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncolearn.analysis.ResponseSet;

class ItemAnalysisCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    @Test
    void a_generated_scorm_12_report_prints_the_known_figures_and_flags_of_every_check() throws IOException {
        Path report = write("scorm12.csv", ResponseSet.sixtyLearners().csv(false));

        int code = run("item-analysis", "--responses", report.toString());

        assertThat(code).isZero();
        assertThat(stderr()).isEmpty();
        // Discriminations as computed in ItemAnalysisTest from the textbook formula, rounded to three places.
        assertThat(stdout().lines().toList())
                .containsExactly(
                        "check,n,facility,discrimination,flags",
                        "easy,60,1.000,,too-easy",
                        "s1,60,0.800,0.600,",
                        "s2,60,0.600,0.719,",
                        "s3,60,0.400,0.551,",
                        "hard,60,0.200,0.432,too-hard",
                        "neg,60,0.500,-0.845,low-discrimination",
                        "rare,60,0.667,0.759,unused-distractor");
    }

    @Test
    void a_scorm_2004_report_of_the_same_answers_prints_the_same_rows() throws IOException {
        run(
                "item-analysis",
                "--responses",
                write("scorm12.csv", ResponseSet.sixtyLearners().csv(false)).toString());
        String scorm12 = stdout();
        out.reset();

        int code = run(
                "item-analysis",
                "--responses="
                        + write("scorm2004.csv", ResponseSet.sixtyLearners().csv(true)));

        assertThat(code).isZero();
        assertThat(stdout()).isEqualTo(scorm12);
    }

    @Test
    void with_the_course_a_distractor_nobody_chose_is_flagged_and_rows_follow_the_course() throws IOException {
        // Lesson 1's a1 (key b) and a2 (key c) have options a to d; 50 learners; a2 comes first in the file.
        ResponseSet set = new ResponseSet(50)
                .check("a2", "c", i -> i >= 10, i -> i % 2 == 0 ? "a" : "b")
                .check("a1", "b", i -> i >= 25, i -> "c");
        Path report = write("report.csv", set.csv(true));

        int code = run("item-analysis", "--responses", report.toString(), "--course", "immunotherapy");

        assertThat(code).as(stderr()).isZero();
        assertThat(stdout().lines().toList())
                .containsExactly(
                        "check,n,facility,discrimination,flags",
                        "a1,50,0.500,0.500,unused-distractor",
                        "a2,50,0.800,0.500,unused-distractor");
    }

    @Test
    void a_bad_report_exits_2_with_the_file_and_line() throws IOException {
        Path report = write(
                "bad.csv",
                "learner,interaction,response,result\nana,immunotherapy-a1,b,correct\nben,immunotherapy-a1,b,maybe\n");

        int code = run("item-analysis", "--responses", report.toString());

        assertThat(code).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr())
                .isEqualTo("error: " + report + ": line 3: the result \"maybe\" is not correct, wrong or incorrect\n");
    }

    @Test
    void a_missing_report_exits_2_and_a_missing_option_is_a_usage_error() {
        assertThat(run(
                        "item-analysis",
                        "--responses",
                        folder.resolve("none.csv").toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains("none.csv: the file does not exist or is not a file");
        err.reset();

        assertThat(run("item-analysis")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).startsWith("error: option --responses is required\nusage:");
    }

    @Test
    void the_usage_names_the_command() {
        assertThat(Cli.usage()).contains("item-analysis --responses FILE.csv");
        assertThat(Cli.isCommand(new String[] {"item-analysis"})).isTrue();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private int run(String... args) {
        return new Cli(Path.of("quizzes"), Clock.systemUTC())
                .run(
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
