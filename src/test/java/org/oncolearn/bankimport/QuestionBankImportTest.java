package org.oncolearn.bankimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Level;
import org.oncolearn.export.QuestionBank;
import org.oncolearn.export.QuestionBankExporter;
import org.oncolearn.export.QuestionBankFormat;

class QuestionBankImportTest {

    private final QuestionBankExporter exporter =
            new QuestionBankExporter(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void moodle_xml_export_then_import_then_export_gives_the_same_file() throws Exception {
        for (Course course : courses()) {
            QuestionBank first = exporter.export(course, QuestionBankFormat.MOODLE_XML);
            ReadBank read = QuestionBankImport.read(first.fileName(), first.bytes());
            Course imported = QuestionBankImport.toCourse(read, first.fileName());

            assertThat(read.skipped()).isEmpty();
            assertThat(imported.id()).isEqualTo(course.id());
            assertThat(text(exporter.export(imported, QuestionBankFormat.MOODLE_XML)))
                    .as(course.id())
                    .isEqualTo(text(first));
        }
    }

    @Test
    void gift_export_then_import_then_export_gives_the_same_questions_and_categories() throws Exception {
        for (Course course : courses()) {
            QuestionBank first = exporter.export(course, QuestionBankFormat.GIFT);
            Course imported = QuestionBankImport.toCourse(
                    QuestionBankImport.read(first.fileName(), first.bytes()), first.fileName());

            // GIFT cannot say which checks keep their option order: only the header that lists them differs.
            assertThat(withoutOrderNotice(text(exporter.export(imported, QuestionBankFormat.GIFT))))
                    .as(course.id())
                    .isEqualTo(withoutOrderNotice(text(first)));
        }
    }

    @Test
    void an_imported_course_has_the_lessons_checks_keys_and_rationales_of_the_exported_one() throws Exception {
        Course course = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        QuestionBank bank = exporter.export(course.withVersion(3), QuestionBankFormat.GIFT);

        Course imported =
                QuestionBankImport.toCourse(QuestionBankImport.read(bank.fileName(), bank.bytes()), bank.fileName());

        assertThat(imported.id()).isEqualTo("immunotherapy");
        assertThat(imported.title()).isEqualTo(course.title());
        assertThat(imported.lessons()).hasSameSizeAs(course.lessons());
        for (int l = 0; l < course.lessons().size(); l++) {
            var original = course.lessons().get(l);
            var copy = imported.lessons().get(l);
            assertThat(copy.title()).isEqualTo(original.title());
            assertThat(copy.objectives()).isEqualTo(original.objectives());
            for (Level level : Level.values()) {
                assertThat(copy.checks(level))
                        .extracting(Check::id, Check::type, Check::objective, Check::stem, Check::options, Check::ask)
                        .containsExactlyElementsOf(original.checks(level).stream()
                                .map(c -> org.assertj.core.groups.Tuple.tuple(
                                        c.id(), c.type(), c.objective(), c.stem(), c.options(), c.ask()))
                                .toList());
            }
        }
    }

    @Test
    void other_question_types_are_skipped_with_the_reason_and_the_line() throws Exception {
        String gift = """
                // A bank from elsewhere.
                ::tf::Immunotherapy is chemotherapy.{FALSE}

                ::essay::Describe a cytokine storm.{}

                ::num::How many weeks?{#3:1}

                ::match::Match them.{=PD-1->nivolumab =CTLA-4->ipilimumab}

                ::short::Name a PD-1 blocker.{=nivolumab =pembrolizumab}

                ::words::Nivolumab blocks {~CTLA-4 =PD-1} on T cells.

                Just a description.

                ::mc::Which is a checkpoint inhibitor?{=Nivolumab#Right. ~Cisplatin#Chemotherapy.}
                """;

        ReadBank read = QuestionBankImport.read("bank.gift", gift.getBytes(StandardCharsets.UTF_8));

        assertThat(read.questions()).extracting(BankQuestion::name).containsExactly("mc");
        assertThat(read.skipped())
                .extracting(ReadBank.Skipped::toString)
                .containsExactly(
                        "line 2: \"tf\" is a true/false question: only multiple-choice questions become checks",
                        "line 4: \"essay\" is an essay question: only multiple-choice questions become checks",
                        "line 6: \"num\" is a numerical question: only multiple-choice questions become checks",
                        "line 8: \"match\" is a matching question: only multiple-choice questions become checks",
                        "line 10: \"short\" is a short-answer question: only multiple-choice questions become checks",
                        "line 12: \"words\" is a missing-word question (text after the answers)",
                        "line 14: is a description, not a question");
        Course course = QuestionBankImport.toCourse(read, "bank.gift");
        Check mc = course.lessons().getFirst().checks().getFirst();
        assertThat(course.lessons().getFirst().title()).isEqualTo("Imported questions");
        assertThat(mc.type()).isEqualTo(CheckType.SINGLE);
        assertThat(mc.options())
                .extracting(o -> o.text() + (o.key() ? "+" : "-") + o.rationale())
                .containsExactly("Nivolumab+Right.", "Cisplatin-Chemotherapy.");
    }

    @Test
    void moodle_xml_questions_of_other_types_are_skipped_with_their_position() throws Exception {
        String xml = """
                <?xml version="1.0"?>
                <quiz>
                  <question type="truefalse"><name><text>tf</text></name></question>
                  <question type="multichoice">
                    <name><text>mc</text></name>
                    <questiontext format="html"><text><![CDATA[<p>Pick one &amp; only one</p>]]></text></questiontext>
                    <single>true</single>
                    <answer fraction="100"><text>A</text><feedback><text>Yes</text></feedback></answer>
                    <answer fraction="0"><text>B</text><feedback><text>No</text></feedback></answer>
                  </question>
                </quiz>
                """;

        ReadBank read = QuestionBankImport.read("exam.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(read.skipped())
                .extracting(ReadBank.Skipped::toString)
                .containsExactly(
                        "question 1: \"tf\" is of type truefalse: only multiple-choice questions become checks");
        Check mc = QuestionBankImport.toCourse(read, "exam.xml")
                .lessons()
                .getFirst()
                .checks()
                .getFirst();
        assertThat(mc.stem()).isEqualTo("Pick one & only one");
        assertThat(mc.keyIds()).containsExactly("a");
    }

    @Test
    void a_bad_file_is_refused_with_its_line_or_element() {
        assertThatThrownBy(() -> read("bad.gift", "::q::Which one?{=A ~B\n"))
                .isInstanceOf(UnreadableBankException.class)
                .hasMessage("line 1: a \"{\" or \"}\" is missing around the answers (write \\{ and \\} for braces in"
                        + " text)");
        assertThatThrownBy(() -> read("bad.xml", "<quiz>\n<question type=\"multichoice\">\n</quiz>"))
                .isInstanceOf(UnreadableBankException.class)
                .hasMessageStartingWith("line 3: the file is not well-formed XML");
        assertThatThrownBy(() -> read("other.xml", "<assessment/>"))
                .hasMessage("the file's root element is <assessment>; a Moodle XML file has <quiz>");
        assertThatThrownBy(() ->
                        read("xxe.xml", "<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><quiz>&x;</quiz>"))
                .as("no DTD, so no external entity")
                .isInstanceOf(UnreadableBankException.class);
        assertThatThrownBy(() -> read(
                        "short.xml",
                        "<quiz><question type=\"multichoice\"><name><text>q</text></name><questiontext><text>?</text>"
                                + "</questiontext><answer fraction=\"1/2\"><text>A</text></answer></question></quiz>"))
                .hasMessage("question 1 (\"q\"): the answer fraction \"1/2\" is not a number");
        assertThatThrownBy(() -> QuestionBankImport.read("latin1.gift", new byte[] {'a', (byte) 0xE9, '{', '}'}))
                .hasMessage("latin1.gift is not UTF-8 text; save it as UTF-8 and upload it again");
    }

    private static ReadBank read(String name, String text) throws UnreadableBankException {
        return QuestionBankImport.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String withoutOrderNotice(String gift) {
        return gift.replaceAll("(?m)^// GIFT cannot say that options must keep their order.*\n// .*\n", "");
    }

    private static String text(QuestionBank bank) {
        return new String(bank.bytes(), StandardCharsets.UTF_8);
    }

    private static java.util.List<Course> courses() {
        return java.util.List.of(
                CourseLoader.load(Path.of("quizzes", "immunotherapy")),
                CourseLoader.load(Path.of("src", "test", "resources", "export", "hostile-bank")));
    }
}
