package org.oncolearn.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class QtiPackageTest {

    private static final String ASI = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    private static final String CP = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";

    private static List<Schema> assessment;
    private static Schema manifest;

    private final QuestionBankExporter exporter = new QuestionBankExporter(Packages.CLOCK);

    @BeforeAll
    static void loadSchemas() throws Exception {
        assessment = new ArrayList<>();
        for (String file : QtiSchemas.ASSESSMENT) {
            assessment.add(QtiSchemas.load(file));
        }
        manifest = QtiSchemas.load(QtiSchemas.MANIFEST);
    }

    @Test
    void every_file_of_the_bundled_course_s_package_is_valid_against_the_qti_3_schemas() throws Exception {
        SequencedMap<String, byte[]> files = files(Packages.bundled());

        assertThat(files.firstEntry().getKey()).isEqualTo("imsmanifest.xml");
        assertThat(QtiSchemas.problems(manifest, files.get("imsmanifest.xml"))).isEmpty();
        for (Map.Entry<String, byte[]> file : files.sequencedEntrySet()) {
            if (file.getKey().equals("imsmanifest.xml")) {
                continue;
            }
            for (int i = 0; i < assessment.size(); i++) {
                assertThat(QtiSchemas.problems(assessment.get(i), file.getValue()))
                        .as(file.getKey() + " against " + QtiSchemas.ASSESSMENT.get(i))
                        .isEmpty();
            }
        }
    }

    @Test
    void the_schemas_do_catch_a_broken_item_and_manifest() throws Exception {
        SequencedMap<String, byte[]> files = files(Packages.bundled());
        byte[] item = new String(files.get("items/item-a1.xml"), StandardCharsets.UTF_8)
                .replace("<qti-item-body>", "<qti-item-body><qti-unknown/>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] manifestXml = new String(files.get("imsmanifest.xml"), StandardCharsets.UTF_8)
                .replaceFirst("imsqti_item_xmlv3p0", "imsqti_item_xml")
                .getBytes(StandardCharsets.UTF_8);

        for (Schema schema : assessment) {
            assertThat(QtiSchemas.problems(schema, item)).isNotEmpty();
        }
        assertThat(QtiSchemas.problems(manifest, manifestXml)).isNotEmpty();
    }

    @Test
    void every_check_is_one_item_and_every_lesson_one_test_that_the_manifest_lists() throws Exception {
        Course course = Packages.bundled();
        SequencedMap<String, byte[]> files = files(course);
        Document manifestXml = parse(files.get("imsmanifest.xml"));

        List<String> itemFiles = new ArrayList<>();
        List<String> testFiles = new ArrayList<>();
        NodeList resources = manifestXml.getElementsByTagNameNS(CP, "resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            (resource.getAttribute("type").equals("imsqti_item_xmlv3p0") ? itemFiles : testFiles)
                    .add(resource.getAttribute("href"));
        }
        List<String> expectedItems = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            lesson.checks(Level.NURSING).forEach(c -> expectedItems.add("items/item-" + c.id() + ".xml"));
            lesson.checks(Level.PATIENT).forEach(c -> expectedItems.add("items/item-" + c.id() + ".xml"));
        }
        assertThat(itemFiles).hasSize(73).containsExactlyElementsOf(expectedItems);
        assertThat(testFiles)
                .containsExactlyElementsOf(course.lessons().stream()
                        .map(l -> "tests/test-" + l.id() + ".xml")
                        .toList());
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(concat("imsmanifest.xml", testFiles, itemFiles));

        Lesson first = course.lessons().getFirst();
        Document test = parse(files.get(testFiles.getFirst()));
        List<String> refs = attributes(test, "qti-assessment-item-ref", "href");
        assertThat(refs)
                .containsExactlyElementsOf(concat(
                        null,
                        first.checks(Level.NURSING).stream()
                                .map(c -> "../items/item-" + c.id() + ".xml")
                                .toList(),
                        first.checks(Level.PATIENT).stream()
                                .map(c -> "../items/item-" + c.id() + ".xml")
                                .toList()));
        assertThat(attributes(test, "qti-assessment-section", "title"))
                .containsExactly("Nursing checks", "Patient checks");
    }

    @Test
    void an_item_has_the_check_s_choices_keys_shuffling_and_a_rationale_for_each_option() throws Exception {
        Course course = hostile();
        SequencedMap<String, byte[]> files = files(course);

        for (String id : List.of("h1", "h2", "h3")) {
            Check check = course.check(id).orElseThrow();
            byte[] bytes = files.get("items/item-" + id + ".xml");
            for (Schema schema : assessment) {
                assertThat(QtiSchemas.problems(schema, bytes)).as(id).isEmpty();
            }
            Document item = parse(bytes);
            Element interaction = single(item, "qti-choice-interaction");
            assertThat(interaction.getAttribute("max-choices")).isEqualTo(check.type() == CheckType.SINGLE ? "1" : "0");
            assertThat(interaction.getAttribute("shuffle")).isEqualTo(Boolean.toString(check.shuffle()));
            assertThat(texts(item, "qti-simple-choice"))
                    .containsExactlyElementsOf(
                            check.options().stream().map(Option::text).toList());
            assertThat(texts(single(item, "qti-correct-response"), "qti-value"))
                    .containsExactlyElementsOf(check.keyIds().stream().sorted().toList());
            assertThat(single(item, "qti-response-declaration").getAttribute("cardinality"))
                    .isEqualTo(check.type() == CheckType.SINGLE ? "single" : "multiple");
            assertThat(single(item, "qti-item-body")
                            .getElementsByTagNameNS(ASI, "p")
                            .item(0)
                            .getTextContent())
                    .isEqualTo(check.stem());
            List<String> feedback = texts(item, "qti-modal-feedback");
            for (int i = 0; i < check.options().size(); i++) {
                Option option = check.options().get(i);
                assertThat(feedback.get(i).strip())
                        .isEqualTo((option.key() ? "Right: " : "Not right: ") + option.rationale());
            }
            assertThat(feedback.getLast()).contains(check.sources().getFirst().title());
        }
        String h1 = new String(files.get("items/item-h1.xml"), StandardCharsets.UTF_8);
        assertThat(h1).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void the_package_name_carries_the_version() {
        assertThat(QuestionBankExporter.fileName(Packages.bundled().withVersion(3), QuestionBankFormat.QTI3))
                .isEqualTo("immunotherapy-v3-qti3.zip");
    }

    private SequencedMap<String, byte[]> files(Course course) {
        return Packages.unzip(exporter.export(course, QuestionBankFormat.QTI3).bytes());
    }

    private static Course hostile() {
        return CourseLoader.load(java.nio.file.Path.of("src", "test", "resources", "export", "hostile-bank"));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Element single(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(ASI, name);
        assertThat(nodes.getLength()).as(name).isEqualTo(1);
        return (Element) nodes.item(0);
    }

    private static List<String> texts(Document document, String name) {
        return texts(document.getDocumentElement(), name);
    }

    private static List<String> texts(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ASI, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<String> attributes(Document document, String name, String attribute) {
        NodeList nodes = document.getElementsByTagNameNS(ASI, name);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return values;
    }

    private static List<String> concat(String first, List<String> a, List<String> b) {
        List<String> all = new ArrayList<>();
        if (first != null) {
            all.add(first);
        }
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
