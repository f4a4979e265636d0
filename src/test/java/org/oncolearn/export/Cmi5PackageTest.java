package org.oncolearn.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SequencedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class Cmi5PackageTest {

    private static final String CS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    private static Schema schema;

    private final Cmi5Exporter exporter = new Cmi5Exporter(Packages.CLOCK);

    @BeforeAll
    static void loadSchema() throws Exception {
        schema = Cmi5Schemas.courseStructure();
    }

    @Test
    void the_course_structure_of_the_bundled_and_the_tricky_course_is_valid_against_the_cmi5_schema() throws Exception {
        for (Course course : List.of(Packages.bundled(), Packages.tricky())) {
            SequencedMap<String, byte[]> files = files(course);

            assertThat(files.firstEntry().getKey()).isEqualTo("cmi5.xml");
            assertThat(QtiSchemas.problems(schema, files.get("cmi5.xml")))
                    .as(course.id())
                    .isEmpty();
        }
    }

    @Test
    void the_schema_does_catch_a_broken_course_structure() throws Exception {
        String xml = Packages.text(files(Packages.bundled()), "cmi5.xml");

        assertThat(QtiSchemas.problems(schema, utf8(xml.replace("CompletedAndPassed", "WhenDone"))))
                .isNotEmpty();
        assertThat(QtiSchemas.problems(schema, utf8(xml.replaceFirst("<url>index.html</url>", ""))))
                .isNotEmpty();
    }

    @Test
    void one_au_plays_the_whole_course_from_a_relative_url_with_the_course_s_mastery_level() throws Exception {
        Course course = Packages.bundled();
        SequencedMap<String, byte[]> files = files(course);
        Document structure = parse(files.get("cmi5.xml"));

        NodeList aus = structure.getElementsByTagNameNS(CS, "au");
        assertThat(aus.getLength()).isEqualTo(1);
        Element au = (Element) aus.item(0);
        assertThat(au.getAttribute("moveOn")).isEqualTo("CompletedAndPassed");
        assertThat(au.getAttribute("masteryScore")).isEqualTo("0.8");
        String url = au.getElementsByTagNameNS(CS, "url").item(0).getTextContent();
        assertThat(URI.create(url).isAbsolute()).isFalse();
        assertThat(files).containsKey(url);
        assertThat(files.keySet())
                .containsExactly(
                        "cmi5.xml",
                        "index.html",
                        "player/flow.js",
                        "player/player.js",
                        "player/player.css",
                        "player/cmi5.js");
        Course stricter = new Course(
                course.id(),
                course.title(),
                course.language(),
                75,
                course.summary(),
                course.reviewed(),
                course.lessons(),
                course.version(),
                course.confidence());
        assertThat(files(stricter).get("cmi5.xml"))
                .asString(StandardCharsets.UTF_8)
                .contains("masteryScore=\"0.75\"");
    }

    @Test
    void every_id_is_an_absolute_iri_and_every_objective_the_au_names_is_declared() throws Exception {
        Course course = Packages.bundled();
        Document structure = parse(files(course).get("cmi5.xml"));

        List<String> ids = new ArrayList<>();
        for (String tag : List.of("course", "au", "objective")) {
            NodeList nodes = structure.getElementsByTagNameNS(CS, tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element element = (Element) nodes.item(i);
                String id = element.hasAttribute("id") ? element.getAttribute("id") : element.getAttribute("idref");
                assertThat(URI.create(id).isAbsolute()).as(id).isTrue();
                if (element.hasAttribute("id")) {
                    ids.add(id);
                }
            }
        }
        assertThat(ids).doesNotHaveDuplicates();
        int objectives =
                course.lessons().stream().mapToInt(l -> l.objectives().size()).sum();
        assertThat(ids)
                .hasSize(2 + objectives)
                .contains("urn:oncolearn:immunotherapy", "urn:oncolearn:immunotherapy:au");
    }

    @Test
    void every_check_of_the_course_is_in_the_au_once_with_an_iri_as_its_interaction_id() {
        Course course = Packages.bundled();
        String page = Packages.text(files(course), "index.html");

        List<String> checks = new ArrayList<>();
        Matcher form = Pattern.compile("data-check=\"([^\"]+)\" data-interaction=\"([^\"]+)\"")
                .matcher(page);
        while (form.find()) {
            checks.add(form.group(1));
            assertThat(form.group(2)).isEqualTo("urn:oncolearn:immunotherapy:" + form.group(1));
        }
        assertThat(checks)
                .containsExactlyElementsOf(course.lessons().stream()
                        .flatMap(l -> l.courseChecks().stream())
                        .map(Check::id)
                        .toList());
    }

    @Test
    void a_drafted_check_is_never_exported() {
        Course course = Packages.bundled();
        Lesson first = course.lessons().getFirst();
        Check proposal = first.courseChecks().getFirst();
        List<Lesson> lessons = new ArrayList<>(course.lessons());
        lessons.set(
                0,
                first.withChecks(first.checks().stream()
                        .map(c -> c.id().equals(proposal.id()) ? c.withDrafted(true) : c)
                        .toList()));

        String page = Packages.text(files(course.withLessons(lessons)), "index.html");

        assertThat(Packages.text(files(course), "index.html")).contains("data-check=\"" + proposal.id() + "\"");
        assertThat(page).doesNotContain("data-check=\"" + proposal.id() + "\"");
    }

    @Test
    void the_launch_page_may_reach_the_learning_record_store_and_loads_the_cmi5_adapter_before_the_player() {
        String page = Packages.text(files(Packages.bundled()), "index.html");

        assertThat(page).contains("data-standard=\"cmi5\"", "connect-src https: http:;", "Save and exit");
        assertThat(page.indexOf("player/cmi5.js")).isPositive().isLessThan(page.indexOf("player/player.js"));
        assertThat(Packages.text(Packages.files(Packages.bundled(), ScormStandard.SCORM2004), "index.html"))
                .doesNotContain("connect-src", "cmi5");
    }

    @Test
    void each_published_version_gets_its_own_file_name() {
        Course course = Packages.bundled();

        assertThat(Cmi5Exporter.fileName(course)).isEqualTo("immunotherapy-cmi5.zip");
        assertThat(CourseExporter.fileName(course.withVersion(3), Cmi5Format.CMI5))
                .isEqualTo("immunotherapy-v3-cmi5.zip");
        assertThat(ExportFormat.byKey("cmi5")).contains(Cmi5Format.CMI5);
        assertThat(new CourseExporter(Packages.CLOCK)
                        .export(course, Cmi5Format.CMI5)
                        .fileName())
                .isEqualTo("immunotherapy-cmi5.zip");
    }

    private SequencedMap<String, byte[]> files(Course course) {
        return Packages.unzip(exporter.export(course).zip());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
