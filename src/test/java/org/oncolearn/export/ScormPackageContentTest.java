package org.oncolearn.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SequencedMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ScormPackageContentTest {

    private static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";

    @ParameterizedTest
    @EnumSource(ScormStandard.class)
    void the_manifest_sits_at_the_root_and_lists_every_other_file(ScormStandard standard) throws Exception {
        SequencedMap<String, byte[]> files = Packages.files(Packages.bundled(), standard);
        Document manifest = parse(files.get("imsmanifest.xml"));

        assertThat(files.firstEntry().getKey()).isEqualTo("imsmanifest.xml");
        List<String> listed = attributes(manifest.getElementsByTagNameNS("*", "file"), "href");
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(Set.copyOf(listed)).isEqualTo(withoutManifest(files.keySet()));
        assertThat(files.keySet()).containsAll(standard.schemaFiles());
    }

    @ParameterizedTest
    @EnumSource(ScormStandard.class)
    void identifiers_in_the_manifest_are_unique(ScormStandard standard) throws Exception {
        Document manifest = parse(Packages.files(Packages.bundled(), standard).get("imsmanifest.xml"));
        List<String> identifiers = new ArrayList<>();
        NodeList all = manifest.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("identifier")) {
                identifiers.add(element.getAttribute("identifier"));
            }
        }
        assertThat(identifiers).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates();
    }

    @Test
    void each_published_version_gets_its_own_package_file_name() {
        Course course = Packages.bundled();

        assertThat(ScormExporter.fileName(course, ScormStandard.SCORM12)).isEqualTo("immunotherapy-scorm12.zip");
        assertThat(ScormExporter.fileName(course.withVersion(3), ScormStandard.SCORM12))
                .isEqualTo("immunotherapy-v3-scorm12.zip");
        assertThat(ScormExporter.fileName(course.withVersion(3), ScormStandard.SCORM2004))
                .isEqualTo("immunotherapy-v3-scorm2004.zip");
    }

    @Test
    void a_12_manifest_names_its_version_sco_type_and_mastery_score_as_12_requires() throws Exception {
        Document manifest =
                parse(Packages.files(Packages.bundled(), ScormStandard.SCORM12).get("imsmanifest.xml"));

        assertThat(text(manifest, "schemaversion")).isEqualTo("1.2");
        Element resource =
                (Element) manifest.getElementsByTagNameNS("*", "resource").item(0);
        assertThat(resource.getAttributeNS("http://www.adlnet.org/xsd/adlcp_rootv1p2", "scormtype"))
                .isEqualTo("sco");
        assertThat(text(manifest, "masteryscore")).isEqualTo("80");
    }

    @Test
    void a_2004_manifest_names_its_version_sco_type_and_passing_measure_as_2004_requires() throws Exception {
        Document manifest = parse(
                Packages.files(Packages.bundled(), ScormStandard.SCORM2004).get("imsmanifest.xml"));

        assertThat(text(manifest, "schemaversion")).isEqualTo("2004 4th Edition");
        Element resource =
                (Element) manifest.getElementsByTagNameNS("*", "resource").item(0);
        assertThat(resource.getAttributeNS("http://www.adlnet.org/xsd/adlcp_v1p3", "scormType"))
                .isEqualTo("sco");
        Element objective = (Element)
                manifest.getElementsByTagNameNS(IMSSS, "primaryObjective").item(0);
        assertThat(objective.getAttribute("satisfiedByMeasure")).isEqualTo("true");
        assertThat(objective
                        .getElementsByTagNameNS(IMSSS, "minNormalizedMeasure")
                        .item(0)
                        .getTextContent())
                .isEqualTo("0.8");
    }

    @ParameterizedTest
    @EnumSource(ScormStandard.class)
    void every_check_of_the_course_flow_is_in_the_launch_page_with_a_valid_interaction_id(ScormStandard standard) {
        Course course = Packages.bundled();
        String page = Packages.text(Packages.files(course, standard), "index.html");
        Matcher ids = Pattern.compile("data-interaction=\"([^\"]+)\"").matcher(page);
        List<String> found = new ArrayList<>();
        while (ids.find()) {
            found.add(ids.group(1));
        }

        assertThat(found)
                .hasSize(course.lessons().stream()
                        .mapToInt(l -> l.courseChecks().size())
                        .sum())
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches(
                        standard == ScormStandard.SCORM12
                                // SCORM 1.2 CMIIdentifier: no spaces, at most 255 characters.
                                ? "[A-Za-z0-9_.-]{1,255}"
                                // SCORM 2004 long identifier: a URN with a short namespace, at most 4,000 characters.
                                : "urn:[A-Za-z0-9-]{1,31}:[A-Za-z0-9:._-]{1,3900}"));
    }

    @ParameterizedTest
    @EnumSource(ScormStandard.class)
    void nothing_in_the_package_loads_from_outside_it(ScormStandard standard) {
        SequencedMap<String, byte[]> files = Packages.files(Packages.bundled(), standard);
        String page = Packages.text(files, "index.html");
        String player = Packages.text(files, "player/flow.js")
                + Packages.text(files, "player/player.js")
                + Packages.text(files, "player/player.css");

        assertThat(page).contains("Content-Security-Policy", "default-src 'none'");
        assertThat(Pattern.compile("(src|href)=\"(https?:)?//")
                        .matcher(page.replaceAll("<a [^>]*>", ""))
                        .find())
                .as("no script, style, image or frame from another site")
                .isFalse();
        assertThat(player).doesNotContain("http://", "https://", "@import", "fetch(", "XMLHttpRequest");
    }

    @Test
    void authored_text_is_escaped_in_the_manifest_and_reads_back_exactly() throws Exception {
        Document manifest =
                parse(Packages.files(Packages.tricky(), ScormStandard.SCORM2004).get("imsmanifest.xml"));

        NodeList titles = manifest.getElementsByTagNameNS("*", "title");
        assertThat(titles.getLength()).isEqualTo(2);
        for (int i = 0; i < titles.getLength(); i++) {
            assertThat(titles.item(i).getTextContent()).isEqualTo("Cells & \"targets\" <2025>");
        }
    }

    @ParameterizedTest
    @EnumSource(ScormStandard.class)
    void characters_xml_forbids_are_left_out_so_the_manifest_stays_readable(ScormStandard standard) throws Exception {
        Course tricky = Packages.tricky();
        Course withControls = new Course(
                tricky.id(),
                "Null\0 bell\u0007 and \uD800lone surrogate, tab\tkept, emoji \uD83E\uDDEC kept",
                tricky.language(),
                tricky.masteryPercent(),
                tricky.summary(),
                tricky.reviewed(),
                tricky.lessons(),
                tricky.version());

        SequencedMap<String, byte[]> files = Packages.files(withControls, standard);

        NodeList titles = parse(files.get("imsmanifest.xml")).getElementsByTagNameNS("*", "title");
        assertThat(titles.getLength()).isPositive();
        for (int i = 0; i < titles.getLength(); i++) {
            assertThat(titles.item(i).getTextContent())
                    .isEqualTo("Null bell and lone surrogate, tab\tkept, emoji \uD83E\uDDEC kept");
        }
        assertThat(Packages.text(files, "index.html"))
                .contains("<title>Null bell and lone surrogate, tab\tkept, emoji \uD83E\uDDEC kept</title>");
    }

    @Test
    void authored_text_is_escaped_in_the_launch_page() {
        String page = Packages.text(Packages.files(Packages.tricky(), ScormStandard.SCORM12), "index.html");

        assertThat(page)
                .contains("<title>Cells &amp; &quot;targets&quot; &lt;2025&gt;</title>")
                .contains("&lt;script&gt;window.__xss = 1&lt;/script&gt; T cells &amp; tumours")
                .contains("Which drug blocks PD-1? &lt;img src=&quot;x&quot; onerror=&quot;window.__xss = 1&quot;&gt;")
                .contains("${notAVelocityReference} #notADirective $!quiet")
                .contains("href=\"https://www.cancer.gov/publications/dictionaries/cancer-terms?a=1&amp;b=2\"")
                .doesNotContain("<script>window", "<img src=\"x\"", "javascript:");
        // The player's two scripts, and its words as data that no browser runs.
        assertThat(page.split("<script src=", -1)).hasSize(3);
        assertThat(page.split("<script type=\"application/json\" id=\"player-texts\">", -1))
                .hasSize(2);
        assertThat(page.split("<script", -1)).hasSize(4);
    }

    @Test
    void the_launch_page_gives_the_player_each_checks_objective_and_shuffle_and_each_lessons_objective_order() {
        Course course = Packages.bundled();
        Check fixed = course.lessons().getFirst().courseChecks().getFirst().withShuffle(false);
        Course withFixedOrder = course.withLessons(course.lessons().stream()
                .map(l -> l.withChecks(l.checks().stream()
                        .map(c -> c.id().equals(fixed.id()) ? fixed : c)
                        .toList()))
                .toList());
        String page = Packages.text(Packages.files(withFixedOrder, ScormStandard.SCORM12), "index.html");

        assertThat(page).contains("data-confidence=\"false\"");
        for (Lesson lesson : withFixedOrder.lessons()) {
            for (Check check : lesson.courseChecks()) {
                assertThat(page)
                        .contains("data-check=\"" + check.id() + "\" data-interaction=\"immunotherapy-" + check.id()
                                + "\" data-objective=\"" + check.objective() + "\" data-shuffle=\"" + check.shuffle()
                                + "\"");
            }
            int round = (int) lesson.objectives().keySet().stream()
                    .filter(o -> lesson.courseChecks().stream()
                            .anyMatch(c -> c.objective().equals(o)))
                    .count();
            assertThat(page).contains("data-checks=\"" + round + "\">Start the " + round + " checks</button>");
        }
        assertThat(page).contains("data-check=\"" + fixed.id() + "\"", "data-shuffle=\"false\"");
        Matcher objectives = Pattern.compile("<li data-objective=\"([^\"]+)\">").matcher(page);
        List<String> order = new ArrayList<>();
        while (objectives.find()) {
            order.add(objectives.group(1));
        }
        assertThat(order)
                .isEqualTo(withFixedOrder.lessons().stream()
                        .flatMap(l -> l.objectives().keySet().stream())
                        .toList());
        assertThat(page).doesNotContain("<legend>How sure are you?</legend>", "class=\"confidence\"");
    }

    @ParameterizedTest
    @EnumSource(ScormStandard.class)
    void a_course_that_asks_for_confidence_has_a_low_medium_high_choice_under_every_check(ScormStandard standard) {
        Course course = Packages.bundled().withConfidence(true);
        String page = Packages.text(Packages.files(course, standard), "index.html");
        int checks =
                course.lessons().stream().mapToInt(l -> l.courseChecks().size()).sum();

        assertThat(page).contains("data-confidence=\"true\"");
        assertThat(page.split("<legend>How sure are you\\?</legend>", -1)).hasSize(checks + 1);
        for (String level : List.of("low", "medium", "high")) {
            assertThat(Pattern.compile("type=\"radio\" name=\"sure-[a-z0-9-]+\" id=\"sure-[a-z0-9-]+-" + level
                                    + "\" value=\"" + level + "\" required>")
                            .matcher(page)
                            .results()
                            .count())
                    .isEqualTo(checks);
        }
    }

    @Test
    void the_same_course_and_time_give_the_same_bytes() {
        ScormExporter exporter = new ScormExporter(Packages.CLOCK);
        Course course = Packages.bundled();

        assertThat(exporter.export(course, ScormStandard.SCORM2004).zip())
                .isEqualTo(exporter.export(course, ScormStandard.SCORM2004).zip());
    }

    private static Set<String> withoutManifest(Set<String> names) {
        Set<String> rest = new java.util.HashSet<>(names);
        rest.remove("imsmanifest.xml");
        return rest;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Document document, String localName) {
        return document.getElementsByTagNameNS("*", localName).item(0).getTextContent();
    }

    private static List<String> attributes(NodeList elements, String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            values.add(((Element) elements.item(i)).getAttribute(name));
        }
        return values;
    }
}
