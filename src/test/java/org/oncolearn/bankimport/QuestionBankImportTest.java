package org.oncolearn.bankimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
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
    void a_bad_file_is_refused_with_its_file_and_its_line_or_element() {
        assertThatThrownBy(() -> read("bad.gift", "::q::Which one?{=A ~B\n"))
                .isInstanceOf(UnreadableBankException.class)
                .hasMessage("bad.gift: line 1: a \"{\" or \"}\" is missing around the answers (write \\{ and \\} for"
                        + " braces in text). Nothing was imported.");
        assertThatThrownBy(() -> read("untitled.gift", "::q Which one?{=A ~B}\n"))
                .hasMessage("untitled.gift: line 1: the question's title has no closing \"::\". Nothing was imported.");
        assertThatThrownBy(() -> read("bad.xml", "<quiz>\n<question type=\"multichoice\">\n</quiz>"))
                .isInstanceOf(UnreadableBankException.class)
                .hasMessageStartingWith("bad.xml: line 3: the file is not well-formed XML")
                .hasMessageEndingWith("). Nothing was imported.");
        assertThatThrownBy(() -> read("other.xml", "<assessment/>"))
                .hasMessage("other.xml: the file's root element is <assessment>; a Moodle XML file has <quiz>. Nothing"
                        + " was imported.");
        assertThatThrownBy(() ->
                        read("xxe.xml", "<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><quiz>&x;</quiz>"))
                .as("no DTD, so no external entity")
                .isInstanceOf(UnreadableBankException.class)
                .hasMessageStartingWith("xxe.xml: ");
        assertThatThrownBy(() -> read(
                        "short.xml",
                        "<quiz><question type=\"multichoice\"><name><text>q</text></name><questiontext><text>?</text>"
                                + "</questiontext><answer fraction=\"1/2\"><text>A</text></answer></question></quiz>"))
                .hasMessage("short.xml: question 1 (\"q\"): the answer fraction \"1/2\" is not a number. Nothing was"
                        + " imported.");
        assertThatThrownBy(() -> read(
                        "lonely.xml",
                        "<quiz><question type=\"multichoice\"><name><text>q</text></name><answer fraction=\"100\">"
                                + "<text>A</text></answer></question></quiz>"))
                .hasMessage("lonely.xml: question 1 (\"q\"): a multichoice question needs at least two <answer>"
                        + " elements. Nothing was imported.");
        assertThatThrownBy(() -> QuestionBankImport.read("latin1.gift", new byte[] {'a', (byte) 0xE9, '{', '}'}))
                .hasMessage("latin1.gift is not UTF-8 text; save it as UTF-8 and upload it again");
    }

    @Test
    void a_bad_moodle_xml_or_gift_file_is_refused_in_german_with_its_file_and_line() {
        UnreadableBankException gift =
                catchThrowableOfType(UnreadableBankException.class, () -> read("fragen.gift", "::q::Welche?{=A ~B\n"));
        assertThat(gift.message().in(Locale.GERMAN))
                .isEqualTo("fragen.gift: Zeile 1: Um die Antworten fehlt eine „{“ oder „}“ (schreiben Sie \\{ und \\}"
                        + " für geschweifte Klammern im Text). Es wurde nichts importiert.");
        UnreadableBankException moodle = catchThrowableOfType(
                UnreadableBankException.class,
                () -> read("fragen.xml", "<quiz>\n<question type=\"multichoice\">\n</quiz>"));
        assertThat(moodle.message().in(Locale.GERMAN))
                .startsWith("fragen.xml: Zeile 3: Die Datei ist kein wohlgeformtes XML (")
                .endsWith("). Es wurde nichts importiert.");
    }

    @Test
    void qti_export_then_import_then_export_gives_the_same_package() throws Exception {
        for (Course course : courses()) {
            QuestionBank first = exporter.export(course, QuestionBankFormat.QTI3);
            ReadBank read = QuestionBankImport.read(first.fileName(), first.bytes());
            Course imported = QuestionBankImport.toCourse(read, first.fileName());

            assertThat(read.skipped()).isEmpty();
            assertThat(imported.id()).isEqualTo(course.id());
            assertThat(imported.language()).isEqualTo(course.language());
            java.util.Map<String, String> again = unzip(exporter.export(imported, QuestionBankFormat.QTI3));
            java.util.Map<String, String> original = unzip(first);
            assertThat(again.keySet()).as(course.id()).containsExactlyElementsOf(original.keySet());
            original.forEach((name, text) ->
                    assertThat(again.get(name)).as(course.id() + " " + name).isEqualTo(text));
        }
    }

    @Test
    void a_qti_package_gives_the_lessons_checks_keys_rationales_and_patient_checks_of_the_course() throws Exception {
        Course course = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        QuestionBank bank = exporter.export(course.withVersion(3), QuestionBankFormat.QTI3);

        Course imported =
                QuestionBankImport.toCourse(QuestionBankImport.read(bank.fileName(), bank.bytes()), bank.fileName());

        assertThat(bank.fileName()).isEqualTo("immunotherapy-v3-qti3.zip");
        assertThat(imported.id()).isEqualTo("immunotherapy");
        assertThat(imported.lessons())
                .extracting(l -> l.id())
                .containsExactlyElementsOf(
                        course.lessons().stream().map(l -> l.id()).toList());
        for (int l = 0; l < course.lessons().size(); l++) {
            var original = course.lessons().get(l);
            var copy = imported.lessons().get(l);
            assertThat(copy.title()).isEqualTo(original.title());
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
    void a_single_qti_item_from_elsewhere_becomes_a_check_and_other_interactions_are_skipped() throws Exception {
        String item = """
                <?xml version="1.0" encoding="UTF-8"?>
                <qti:qti-assessment-item xmlns:qti="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="Q-7"
                    title="PD-1" xml:lang="de">
                  <qti:qti-response-declaration identifier="R" cardinality="single" base-type="identifier">
                    <qti:qti-mapping default-value="0">
                      <qti:qti-map-entry map-key="n" mapped-value="1"/>
                      <qti:qti-map-entry map-key="c" mapped-value="0"/>
                    </qti:qti-mapping>
                  </qti:qti-response-declaration>
                  <qti:qti-item-body>
                    <qti:qti-choice-interaction response-identifier="R" shuffle="true" max-choices="1">
                      <qti:qti-prompt>Which drug blocks PD-1 &amp; why?</qti:qti-prompt>
                      <qti:qti-simple-choice identifier="n">Nivolumab</qti:qti-simple-choice>
                      <qti:qti-simple-choice identifier="c">Cisplatin</qti:qti-simple-choice>
                    </qti:qti-choice-interaction>
                  </qti:qti-item-body>
                  <qti:qti-modal-feedback outcome-identifier="FB" identifier="c" show-hide="show">
                    <qti:qti-content-body><p>Cisplatin is platinum chemotherapy.</p></qti:qti-content-body>
                  </qti:qti-modal-feedback>
                </qti:qti-assessment-item>
                """;
        ReadBank read = read("pd1.xml", item);
        Course course = QuestionBankImport.toCourse(read, "pd1.xml");

        Check check = course.lessons().getFirst().checks().getFirst();
        assertThat(course.language()).isEqualTo("de");
        assertThat(check.id()).isEqualTo("q-7");
        assertThat(check.type()).isEqualTo(CheckType.SINGLE);
        assertThat(check.stem()).isEqualTo("Which drug blocks PD-1 & why?");
        assertThat(check.keyIds()).containsExactly("a");
        assertThat(check.options().get(1).rationale()).isEqualTo("Cisplatin is platinum chemotherapy.");

        ReadBank text = read(
                "essay.xml",
                "<qti-assessment-item identifier=\"e\" title=\"Essay\"><qti-item-body><qti-extended-text-interaction"
                        + " response-identifier=\"R\"/></qti-item-body></qti-assessment-item>");
        assertThat(text.questions()).isEmpty();
        assertThat(text.skipped())
                .extracting(ReadBank.Skipped::toString)
                .containsExactly("essay.xml: \"Essay\" is a <qti-extended-text-interaction>: only multiple-choice"
                        + " questions (qti-choice-interaction) become checks");
    }

    @Test
    void a_qti_package_with_other_items_lists_them_as_skipped_with_their_file() throws Exception {
        Course course = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        java.util.Map<String, byte[]> files = unzipBytes(exporter.export(course, QuestionBankFormat.QTI3));
        String manifest = new String(files.get("imsmanifest.xml"), StandardCharsets.UTF_8)
                .replace(
                        "  </resources>",
                        "    <resource identifier=\"order\" type=\"imsqti_item_xmlv3p0\""
                                + " href=\"extra/order.xml\"><file href=\"extra/order.xml\"/></resource>\n  </resources>");
        files.put("imsmanifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        files.put(
                "extra/order.xml",
                ("<qti-assessment-item xmlns=\"http://www.imsglobal.org/xsd/imsqtiasi_v3p0\" identifier=\"order\""
                                + " title=\"Steps\"><qti-item-body><qti-order-interaction response-identifier=\"R\"/>"
                                + "</qti-item-body></qti-assessment-item>")
                        .getBytes(StandardCharsets.UTF_8));

        ReadBank read = QuestionBankImport.read("mixed.zip", zip(files));

        assertThat(read.questions()).hasSize(QuestionBankExporter.questions(course));
        assertThat(read.skipped())
                .extracting(ReadBank.Skipped::toString)
                .containsExactly("extra/order.xml: \"Steps\" is a <qti-order-interaction>: only multiple-choice"
                        + " questions (qti-choice-interaction) become checks");
    }

    @Test
    void a_bad_qti_file_is_refused_with_its_file_and_line_or_element() throws Exception {
        assertThatThrownBy(() -> read("bad.xml", "<qti-assessment-item identifier=\"x\">\n<qti-item-body>\n"))
                .hasMessageStartingWith("bad.xml: line 3: the file is not well-formed XML");
        assertThatThrownBy(() -> read(
                        "xxe.xml",
                        "<!DOCTYPE qti-assessment-item [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                + "<qti-assessment-item>&x;</qti-assessment-item>"))
                .as("no DTD, so no external entity")
                .isInstanceOf(UnreadableBankException.class)
                .hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> QuestionBankImport.read(
                        "nomanifest.zip", zip(java.util.Map.of("items/a.xml", new byte[] {'<', 'a', '/', '>'}))))
                .hasMessage("nomanifest.zip has no imsmanifest.xml at its top level; a QTI content package lists its"
                        + " tests and items there. Nothing was imported.");
        assertThatThrownBy(() -> QuestionBankImport.read(
                        "slip.zip", zip(java.util.Map.of("../../etc/cron.d/x", new byte[] {'x'}))))
                .hasMessage("slip.zip: entry \"../../etc/cron.d/x\" has an unsafe path: it has an empty, \".\" or"
                        + " \"..\" folder name. Nothing was imported.");
        byte[] bomb = zip(java.util.Map.of("imsmanifest.xml", new byte[30_000_000]));
        assertThat(bomb.length).isLessThan(QuestionBankImport.MAX_BYTES);
        assertThatThrownBy(() -> QuestionBankImport.read("bomb.zip", bomb))
                .hasMessage("bomb.zip: entry \"imsmanifest.xml\" is larger than 1 MB when unpacked; a question is a"
                        + " few kilobytes. Nothing was imported.");

        Course course = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        java.util.Map<String, byte[]> files = unzipBytes(exporter.export(course, QuestionBankFormat.QTI3));
        files.remove("items/item-a1.xml");
        assertThatThrownBy(() -> QuestionBankImport.read("gap.zip", zip(files)))
                .hasMessage("tests/test-immune-system-and-cancer.xml: <qti-assessment-item-ref identifier=\"item-a1\">"
                        + " refers to \"items/item-a1.xml\", which the package does not hold. Nothing was imported.");
        assertThatThrownBy(() -> read(
                        "qti2.xml",
                        "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p2\" identifier=\"x\"/>"))
                .as("an XML file that is neither Moodle XML nor QTI 3.0 is read as Moodle XML and refused")
                .hasMessage("qti2.xml: the file's root element is <assessmentItem>; a Moodle XML file has <quiz>."
                        + " Nothing was imported.");
    }

    @Test
    void only_a_zip_with_a_manifest_and_no_course_files_counts_as_a_qti_package() throws Exception {
        QuestionBank bank =
                exporter.export(CourseLoader.load(Path.of("quizzes", "immunotherapy")), QuestionBankFormat.QTI3);

        assertThat(QuestionBankImport.isQtiPackage("bank.zip", bank.bytes())).isTrue();
        assertThat(QuestionBankImport.isQtiPackage(
                        "course.zip", zip(java.util.Map.of("course.yaml", "id: x".getBytes(StandardCharsets.UTF_8)))))
                .isFalse();
        assertThat(QuestionBankImport.isQtiPackage("bank.xml", bank.bytes())).isFalse();
    }

    private static java.util.Map<String, String> unzip(QuestionBank bank) throws java.io.IOException {
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        unzipBytes(bank).forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    private static java.util.Map<String, byte[]> unzipBytes(QuestionBank bank) throws java.io.IOException {
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bank.bytes()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static byte[] zip(java.util.Map<String, byte[]> files) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
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
