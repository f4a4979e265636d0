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
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli =
            new Cli(Path.of("quizzes"), Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path folder;

    @Test
    void export_writes_a_scorm_12_package_and_says_what_it_wrote() throws IOException {
        Path zip = folder.resolve("course.zip");

        int code = run("export", "--course", "immunotherapy", "--standard", "scorm12", "--out", zip.toString());

        assertThat(code).isZero();
        assertThat(stdout()).startsWith("wrote " + zip + " (SCORM 1.2, 4 lessons, 49 checks, ");
        assertThat(stderr()).isEmpty();
        assertThat(Files.getPosixFilePermissions(zip))
                .as("an LMS upload may be made by another user: not owner-only like a temporary file")
                .isEqualTo(Files.getPosixFilePermissions(Files.createFile(folder.resolve("probe"))));
        try (ZipFile package12 = new ZipFile(zip.toFile())) {
            assertThat(package12.getEntry("imsmanifest.xml")).isNotNull();
            assertThat(new String(
                            package12
                                    .getInputStream(package12.getEntry("imsmanifest.xml"))
                                    .readAllBytes(),
                            StandardCharsets.UTF_8))
                    .contains("<schemaversion>1.2</schemaversion>");
        }
    }

    @Test
    void export_accepts_scorm_2004_and_the_equals_form_of_options() throws IOException {
        Path zip = folder.resolve("course-2004.zip");

        int code = run("export", "--course=immunotherapy", "--standard=scorm2004", "--out=" + zip);

        assertThat(code).isZero();
        try (ZipFile package2004 = new ZipFile(zip.toFile())) {
            assertThat(package2004.getEntry("imsss_v1p0.xsd")).isNotNull();
        }
    }

    @Test
    void export_writes_a_cmi5_package_with_its_course_structure_and_the_player() throws IOException {
        Path zip = folder.resolve("immunotherapy-cmi5.zip");

        int code = run("export", "--course", "immunotherapy", "--standard", "cmi5", "--out", zip.toString());

        assertThat(code).isZero();
        assertThat(stdout()).startsWith("wrote " + zip + " (cmi5, 4 lessons, ");
        try (ZipFile cmi5 = new ZipFile(zip.toFile())) {
            assertThat(new String(
                            cmi5.getInputStream(cmi5.getEntry("cmi5.xml")).readAllBytes(), StandardCharsets.UTF_8))
                    .contains("<url>index.html</url>", "moveOn=\"CompletedAndPassed\"");
            assertThat(cmi5.getEntry("player/cmi5.js")).isNotNull();
            assertThat(cmi5.getEntry("imsmanifest.xml")).isNull();
        }
    }

    @Test
    void export_writes_the_patient_self_check_as_one_self_contained_html_file() throws IOException {
        Path page = folder.resolve("self-check.html");

        int code = run("export", "--course", "immunotherapy", "--standard", "self-check", "--out", page.toString());

        assertThat(code).isZero();
        assertThat(stdout()).startsWith("wrote " + page + " (patient self-check, one HTML file, 12 questions, ");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(page);
        }
        assertThat(Files.getPosixFilePermissions(page))
                .as("as shareable as any new file in the folder, not owner-only like a temporary file")
                .isEqualTo(Files.getPosixFilePermissions(Files.createFile(folder.resolve("probe"))));
        Files.delete(folder.resolve("probe"));
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("When to get help right away");
        assertThat(html).doesNotContainPattern("\\ssrc=|<link rel=\"stylesheet|@import|url\\(");
    }

    @Test
    void export_writes_every_check_as_a_moodle_xml_question_bank() throws IOException {
        Path xml = folder.resolve("immunotherapy-moodle.xml");

        int code = run("export", "--course", "immunotherapy", "--standard", "moodle-xml", "--out", xml.toString());

        assertThat(code).isZero();
        assertThat(stdout()).startsWith("wrote " + xml + " (Moodle XML, 4 lessons, 73 questions, ");
        assertThat(stderr()).isEmpty();
        String text = Files.readString(xml);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>");
        assertThat(text.split("<question type=\"multichoice\">", -1)).hasSize(74);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(xml);
        }
    }

    @Test
    void export_writes_the_same_questions_in_gift() throws IOException {
        Path gift = folder.resolve("immunotherapy.gift.txt");

        int code = run("export", "--course=immunotherapy", "--standard=gift", "--out=" + gift);

        assertThat(code).isZero();
        assertThat(stdout()).startsWith("wrote " + gift + " (GIFT, 4 lessons, 73 questions, ");
        assertThat(Files.readString(gift))
                .contains("$CATEGORY: $course$/top/Immunotherapies and targeted therapies/Lesson 1: ")
                .contains("::a1::[html]");
    }

    @Test
    void export_writes_a_qti_3_package_with_an_item_per_check() throws IOException {
        Path zip = folder.resolve("immunotherapy-qti3.zip");

        int code = run("export", "--course", "immunotherapy", "--standard", "qti3", "--out", zip.toString());

        assertThat(code).isZero();
        assertThat(stdout()).startsWith("wrote " + zip + " (QTI 3.0, 4 lessons, 73 questions, ");
        try (ZipFile qti = new ZipFile(zip.toFile())) {
            assertThat(qti.getEntry("imsmanifest.xml")).isNotNull();
            assertThat(qti.getEntry("items/item-a1.xml")).isNotNull();
            assertThat(qti.stream().filter(e -> e.getName().startsWith("tests/")))
                    .hasSize(4);
        }
    }

    @Test
    void an_unknown_course_fails_with_one_line_naming_the_courses_there() {
        int code = run("export", "--course", "oncology-101", "--standard", "scorm12", "--out", out("x.zip"));

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(stderr()).isEqualTo("error: no course \"oncology-101\" in quizzes (courses there: immunotherapy)\n");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void invalid_content_fails_with_the_first_problem_and_its_file_and_line() throws IOException {
        Path content = Files.createDirectories(folder.resolve("content"));
        copyCourse(Path.of("quizzes", "immunotherapy"), content.resolve("immunotherapy"));
        Path lesson = content.resolve("immunotherapy").resolve("lesson-2.yaml");
        Files.writeString(lesson, Files.readString(lesson).replaceFirst("(?m)^title: .*$", "title:"));

        int code = run(
                "export",
                "--course",
                "immunotherapy",
                "--standard",
                "scorm2004",
                "--out",
                out("x.zip"),
                "--content",
                content.toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(stderr())
                .startsWith("error: course \"immunotherapy\" is invalid: ")
                .contains("lesson-2.yaml:")
                .contains("title")
                .hasLineCount(1);
        assertThat(folder.resolve("x.zip")).doesNotExist();
    }

    @Test
    void an_unwritable_path_fails_and_leaves_no_partial_file() throws IOException {
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Path missing = folder.resolve("no-such-folder").resolve("course.zip");

        int code = run("export", "--course", "immunotherapy", "--standard", "scorm12", "--out", missing.toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(stderr())
                .isEqualTo("error: cannot write " + missing + ": folder " + missing.getParent() + " does not exist\n");
        int intoFolder =
                run("export", "--course", "immunotherapy", "--standard", "scorm12", "--out", locked.toString());
        assertThat(intoFolder).isEqualTo(Cli.FAILED);
        try (Stream<Path> left = Files.list(locked)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void an_unknown_standard_is_a_usage_error() {
        int code = run("export", "--course", "immunotherapy", "--standard", "scorm3", "--out", out("x.zip"));

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(stderr())
                .startsWith(
                        "error: unknown standard \"scorm3\" (use scorm12, scorm2004, cmi5, moodle-xml, gift, qti3 or self-check)"
                                + "\nusage:");
    }

    @Test
    void a_missing_option_is_a_usage_error() {
        int code = run("export", "--course", "immunotherapy", "--standard", "scorm12");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(stderr()).startsWith("error: option --out is required");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        int code = run("export", "--course", "immunotherapy", "--standrad", "scorm12", "--out", out("x.zip"));

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(stderr()).startsWith("error: unknown option \"--standrad\"");
    }

    @Test
    void draft_checks_shows_each_section_s_drafts_with_the_true_class_of_a_drug_the_text_gets_wrong()
            throws IOException {
        Path document = folder.resolve("leaflet.md");
        Files.writeString(
                document,
                "# Leaflet\n\n## Treatments\n\nCisplatin is an immunotherapy.\n\n## Other\n\nNothing here.\n");

        int code = run("draft-checks", document.toString());

        assertThat(code).isZero();
        assertThat(stdout())
                .contains("section 1: Treatments (line 3): 7 drafted checks, 5 for nurses and 2 for patients")
                .contains("[K2, nursing] A colleague asks what kind of drug cisplatin is.")
                .contains("    key: Chemotherapy: it damages cells that are dividing")
                .contains("section 2: Other (line 7): 0 drafted checks");
        assertThat(Cli.isCommand(new String[] {"draft-checks"})).isTrue();
    }

    @Test
    void every_first_word_but_a_server_setting_goes_to_the_command_line_not_to_the_web_server() {
        assertThat(Cli.isCommand(new String[] {"export"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"draft-check"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"--help"})).isTrue();
        assertThat(Cli.isCommand(new String[] {})).isFalse();
        assertThat(Cli.isCommand(new String[] {"--server.port=9090"})).isFalse();
    }

    @Test
    void an_unknown_command_prints_the_usage_and_exits_2() {
        int code = run("draft-check", "leaflet.txt");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(stderr())
                .startsWith("error: unknown command \"draft-check\"")
                .contains("usage: java -jar oncolearn.jar export");
    }

    @Test
    void lint_takes_a_course_or_a_folder_but_not_both() {
        assertThat(run("lint")).isEqualTo(Cli.USAGE);
        assertThat(run("lint", "--course", "immunotherapy", "--dir", "quizzes/immunotherapy"))
                .isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("lint takes either --course ID or --dir DIR");
    }

    @Test
    void lint_of_a_folder_without_a_course_file_names_the_folder_and_fails() {
        int code = run("lint", "--dir", folder.toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("is not a course folder: it has no course.yaml");
    }

    @Test
    void lint_of_any_course_folder_reports_as_for_a_course_under_the_content_folder() throws IOException {
        Path copy = folder.resolve("immunotherapy");
        copyCourse(Path.of("quizzes", "immunotherapy"), copy);

        int code = run("lint", "--dir", copy.toString());

        assertThat(code).isZero();
        assertThat(stdout()).contains("4 lessons, 73 checks, 0 error(s)");
    }

    private int run(String... args) {
        return cli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out(String name) {
        return folder.resolve(name).toString();
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void copyCourse(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
