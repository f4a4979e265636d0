package org.oncolearn.contentimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Level;

class CourseLoaderTest {

    @TempDir
    Path root;

    @Test
    void a_valid_folder_loads_with_every_field() throws IOException {
        Course course = CourseLoader.load(CourseFolder.valid(root));

        assertThat(course.id()).isEqualTo("demo");
        assertThat(course.masteryPercent()).isEqualTo(75);
        assertThat(course.lessons()).extracting(l -> l.id()).containsExactly("first", "second");
        var a1 = course.check("a1").orElseThrow();
        assertThat(a1.keyIds()).containsExactly("a");
        assertThat(a1.options()).extracting(o -> o.id()).containsExactly("a", "b", "c");
        assertThat(a1.sources()).extracting(s -> s.key()).containsExactly("nci");
        var b1 = course.check("b1").orElseThrow();
        assertThat(b1.type()).isEqualTo(CheckType.MULTIPLE);
        assertThat(b1.level()).isEqualTo(Level.PATIENT);
        assertThat(b1.keyIds()).containsExactlyInAnyOrder("a", "b");
        assertThat(course.lessons().getFirst().text().safeHtml()).contains("<h2>Heading</h2>", "<strong>text</strong>");
    }

    @Test
    void mastery_defaults_to_eighty_percent() throws IOException {
        Course course = CourseLoader.load(CourseFolder.write(
                root, CourseFolder.COURSE.replace("mastery: 75\n", ""), CourseFolder.LESSON_1, CourseFolder.LESSON_2));

        assertThat(course.masteryPercent()).isEqualTo(80);
    }

    @Test
    void single_answer_check_with_two_keys_is_reported_with_file_and_line() throws IOException {
        String twoKeys = CourseFolder.LESSON_1.replace(
                "      - text: Cisplatin\n", "      - text: Cisplatin\n        key: true\n");

        assertThat(problems(CourseFolder.COURSE, twoKeys, CourseFolder.LESSON_2))
                .singleElement()
                .asString()
                .startsWith("demo/lesson-1.yaml:15: check \"a1\" has 2 keys but is single-answer");
    }

    @Test
    void check_without_a_key_is_reported() throws IOException {
        String noKey = CourseFolder.LESSON_1.replace("        key: true\n", "");

        assertThat(problems(CourseFolder.COURSE, noKey, CourseFolder.LESSON_2))
                .singleElement()
                .asString()
                .contains("lesson-1.yaml:15: check \"a1\" has no key");
    }

    @Test
    void option_without_rationale_is_reported() throws IOException {
        String missing = CourseFolder.LESSON_1.replace("        rationale: Platinum chemotherapy.\n", "");

        assertThat(problems(CourseFolder.COURSE, missing, CourseFolder.LESSON_2))
                .singleElement()
                .asString()
                .contains("lesson-1.yaml:19: check \"a1\" option 2 has no rationale");
    }

    @Test
    void misspelt_field_is_reported_not_ignored() throws IOException {
        String typo = CourseFolder.LESSON_1.replace("rationale: Platinum", "rationle: Platinum");

        assertThat(problems(CourseFolder.COURSE, typo, CourseFolder.LESSON_2))
                .anySatisfy(p -> assertThat(p).contains("lesson-1.yaml:20:", "unknown field \"rationle\""));
    }

    @Test
    void missing_required_field_is_reported() throws IOException {
        String noStem = CourseFolder.LESSON_1.replace("    stem: Which drug blocks PD-1?\n", "");

        assertThat(problems(CourseFolder.COURSE, noStem, CourseFolder.LESSON_2))
                .singleElement()
                .asString()
                .contains("lesson-1.yaml:11: check \"a1\": missing required field \"stem\"");
    }

    @Test
    void unknown_source_key_is_reported() throws IOException {
        String lesson = CourseFolder.LESSON_1.replace("    sources: [nci]\n", "    sources: [who]\n");

        assertThat(problems(CourseFolder.COURSE, lesson, CourseFolder.LESSON_2))
                .singleElement()
                .asString()
                .contains("lesson-1.yaml:23: check \"a1\" cites unknown source \"who\"");
    }

    @Test
    void objective_the_lesson_does_not_define_is_reported() throws IOException {
        String lesson = CourseFolder.LESSON_1.replace("objective: A1", "objective: A9");

        assertThat(problems(CourseFolder.COURSE, lesson, CourseFolder.LESSON_2))
                .singleElement()
                .asString()
                .contains("lesson-1.yaml:13: check \"a1\" tests objective \"A9\"");
    }

    @Test
    void broken_yaml_is_reported_with_its_line() throws IOException {
        String broken = CourseFolder.LESSON_1.replace("    stem: Which drug blocks PD-1?", "    stem: [unclosed");

        assertThat(problems(CourseFolder.COURSE, broken, CourseFolder.LESSON_2))
                .singleElement()
                .asString()
                .matches("demo/lesson-1\\.yaml:1[3-5]: is not valid YAML: .*");
    }

    @Test
    void missing_lesson_file_is_reported_where_it_is_listed() throws IOException {
        assertThat(problems(CourseFolder.COURSE, CourseFolder.LESSON_1, null))
                .singleElement()
                .asString()
                .contains("demo/course.yaml:8: lesson file \"lesson-2.yaml\" not found");
    }

    @Test
    void check_ids_must_be_unique_across_the_course() throws IOException {
        String lesson2 = CourseFolder.LESSON_2.replace("id: b1", "id: a1");

        assertThat(problems(CourseFolder.COURSE, CourseFolder.LESSON_1, lesson2))
                .singleElement()
                .asString()
                .contains("demo/lesson-2.yaml:9: check id \"a1\" is already used in lesson-1.yaml");
    }

    @Test
    void a_repeated_lesson_id_is_reported_on_its_line() throws IOException {
        String lesson2 = CourseFolder.LESSON_2.replace("id: second", "id: first");

        assertThat(problems(CourseFolder.COURSE, CourseFolder.LESSON_1, lesson2))
                .singleElement()
                .asString()
                .contains("demo/lesson-2.yaml:1: lesson id \"first\" is already used by lesson-1.yaml");
    }

    @Test
    void course_id_must_match_its_folder() throws IOException {
        String course = CourseFolder.COURSE.replace("id: demo", "id: other");

        assertThat(problems(course, CourseFolder.LESSON_1, CourseFolder.LESSON_2))
                .singleElement()
                .asString()
                .contains("demo/course.yaml:1: course id \"other\" does not match its folder name \"demo\"");
    }

    @Test
    void mastery_outside_one_to_a_hundred_is_reported() throws IOException {
        String course = CourseFolder.COURSE.replace("mastery: 75", "mastery: 150");

        assertThat(problems(course, CourseFolder.LESSON_1, CourseFolder.LESSON_2))
                .singleElement()
                .asString()
                .contains("course.yaml:4: mastery must be a whole percentage from 1 to 100");
    }

    @Test
    void a_check_needs_at_least_two_options() throws IOException {
        String lesson = CourseFolder.LESSON_1
                .replace("      - text: Cisplatin\n        rationale: Platinum chemotherapy.\n", "")
                .replace("      - text: Tacrolimus\n        rationale: A transplant immunosuppressant.\n", "");

        assertThat(problems(CourseFolder.COURSE, lesson, CourseFolder.LESSON_2))
                .anySatisfy(p -> assertThat(p).contains("check \"a1\" has 1 option(s); a check needs 2 to 6"));
    }

    @Test
    void multiple_response_check_needs_a_wrong_option() throws IOException {
        String lesson2 = CourseFolder.LESSON_2.replace(
                "      - text: A good night's sleep\n", "      - text: A good night's sleep\n        key: true\n");

        assertThat(problems(CourseFolder.COURSE, CourseFolder.LESSON_1, lesson2))
                .singleElement()
                .asString()
                .contains("check \"b1\" marks every option as a key");
    }

    @Test
    void missing_course_file_is_reported() throws IOException {
        assertThat(problems(null, CourseFolder.LESSON_1, CourseFolder.LESSON_2))
                .singleElement()
                .asString()
                .contains("demo/course.yaml: not found");
    }

    @Test
    void text_that_is_not_utf8_is_reported_on_the_line_of_the_first_bad_byte() throws IOException {
        Path folder = CourseFolder.valid(root);
        byte[] latin1 = "id: second\ntitle: Zweite Lektion f\u00fcr Pflege\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve("lesson-2.yaml"), latin1);

        assertThatThrownBy(() -> CourseLoader.load(folder))
                .isInstanceOf(InvalidCourseException.class)
                .hasMessageContaining("lesson-2.yaml:2: cannot be read: it is not valid UTF-8 text");
    }

    @Test
    void a_lesson_file_that_is_a_folder_is_reported_once_as_a_folder() throws IOException {
        Path folder = CourseFolder.write(root, CourseFolder.COURSE, CourseFolder.LESSON_1, null);
        Files.createDirectory(folder.resolve("lesson-2.yaml"));

        assertThat(problemsIn(folder))
                .containsExactly("demo/lesson-2.yaml: cannot be read: it is a folder, not a file");
    }

    @Test
    void a_character_yaml_forbids_is_reported_on_its_line() throws IOException {
        String lesson = CourseFolder.LESSON_1.replace("Some **text**.", "Some \u0007text.");

        assertThat(problems(CourseFolder.COURSE, lesson, CourseFolder.LESSON_2))
                .singleElement()
                .asString()
                .startsWith("demo/lesson-1.yaml:9: is not valid YAML: special characters are not allowed")
                .endsWith("(character U+0007)");
    }

    @Test
    void nesting_deeper_than_the_limit_is_reported_where_it_gets_too_deep() throws IOException {
        String deep = CourseFolder.LESSON_1 + "extra:\n  - " + "[".repeat(30) + "]".repeat(30) + "\n";

        assertThat(problems(CourseFolder.COURSE, deep, CourseFolder.LESSON_2))
                .singleElement()
                .asString()
                .startsWith("demo/lesson-1.yaml:25: is not valid YAML: Nesting Depth exceeded max 20");
    }

    @Test
    void values_from_a_file_are_shown_short_and_on_one_line() throws IOException {
        String course = CourseFolder.COURSE.replace(
                "mastery: 75", "mastery: \"75\\nquizzes/x.yaml:1: forged " + "x".repeat(500) + "\"");

        assertThat(problems(course, CourseFolder.LESSON_1, CourseFolder.LESSON_2))
                .singleElement()
                .asString()
                .isEqualTo("demo/course.yaml:4: mastery must be a whole percentage from 1 to 100, not "
                        + "\"75\\u000Aquizzes/x.yaml:1: forged " + "x".repeat(32) + "…\"");
    }

    @Test
    void every_problem_is_reported_in_one_pass() throws IOException {
        String lesson1 = CourseFolder.LESSON_1
                .replace("objective: A1", "objective: A9")
                .replace("        rationale: Platinum chemotherapy.\n", "");
        String lesson2 = CourseFolder.LESSON_2.replace("level: patient", "level: expert");

        List<String> problems = problems(CourseFolder.COURSE, lesson1, lesson2);

        assertThat(problems).hasSize(3);
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).contains("tests objective \"A9\""))
                .anySatisfy(p -> assertThat(p).contains("option 2 has no rationale"))
                .anySatisfy(p -> assertThat(p).contains("level must be nursing or patient, not \"expert\""));
    }

    @Test
    void lesson_markdown_cannot_carry_script_or_javascript_links() throws IOException {
        String lesson = CourseFolder.LESSON_1.replace(
                "  Some **text**.",
                "  <script>alert(1)</script>\n\n  Text <img src=x onerror=alert(2)> [click](javascript:alert) [ok](https://example.org)");

        Course course = CourseLoader.load(CourseFolder.write(root, CourseFolder.COURSE, lesson, CourseFolder.LESSON_2));

        String html = course.lessons().getFirst().text().safeHtml();
        assertThat(html).doesNotContain("<script", "<img", "href=\"javascript");
        assertThat(html).contains("&lt;script&gt;", "href=\"https://example.org\"", "rel=\"noopener noreferrer\"");
    }

    @Test
    void lesson_markdown_drops_data_pages_but_keeps_inline_raster_images() throws IOException {
        String lesson = CourseFolder.LESSON_1.replace(
                "  Some **text**.",
                "  [page](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [mail](mailto:a@example.org)"
                        + " ![svg](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=) ![dot](data:image/png;base64,iVBORw0K)"
                        + " ![remote](https://example.org/cell.png) [vb](vbscript:msgbox) [relative](#part-2)");

        Course course = CourseLoader.load(CourseFolder.write(root, CourseFolder.COURSE, lesson, CourseFolder.LESSON_2));

        String html = course.lessons().getFirst().text().safeHtml();
        assertThat(html).doesNotContain("data:text", "data:image/svg", "vbscript");
        assertThat(html)
                .contains(
                        "href=\"mailto:a@example.org\"",
                        "src=\"data:image/png;base64,iVBORw0K\"",
                        "src=\"https://example.org/cell.png\"",
                        "href=\"#part-2\"",
                        ">page</a>");
    }

    private List<String> problems(String course, String lesson1, String lesson2) throws IOException {
        return problemsIn(CourseFolder.write(root, course, lesson1, lesson2));
    }

    private static List<String> problemsIn(Path folder) {
        try {
            CourseLoader.load(folder);
        } catch (InvalidCourseException e) {
            return e.problems().stream()
                    .map(ContentProblem::toString)
                    .map(p -> p.substring(p.indexOf("demo/")))
                    .toList();
        }
        throw new AssertionError("the course loaded although it is broken");
    }
}
