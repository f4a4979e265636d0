package org.oncolearn.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oncolearn.contentimport.WarningSignsFile;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;
import org.oncolearn.course.WarningSigns;
import org.oncolearn.export.SelfCheckExporter.SelfCheckFile;

class SelfCheckExportTest {

    private static final WarningSigns SIGNS = WarningSignsFile.forContent(Path.of("quizzes"));
    private final SelfCheckExporter exporter = new SelfCheckExporter();

    private String html(Course course) {
        return new String(exporter.render(course, SIGNS, "en").html(), StandardCharsets.UTF_8);
    }

    @Test
    void the_page_needs_no_other_file_and_loads_nothing_from_anywhere() {
        String html = html(Packages.bundled());

        assertThat(html).doesNotContainPattern("(?i)\\s(src|srcset|poster|data)=\"(?!data:)");
        assertThat(html).doesNotContainPattern("(?i)<link rel=\"(stylesheet|preload|prefetch|manifest)");
        assertThat(html).doesNotContainPattern("(?i)@import|\\burl\\(|fetch\\(|XMLHttpRequest|sendBeacon|WebSocket");
        Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (hrefs.find()) {
            String href = hrefs.group(1);
            boolean internal = href.startsWith("#") || href.equals("data:image/png,");
            boolean source = href.startsWith("https://") || href.startsWith("http://");
            assertThat(internal || source).as(href).isTrue();
        }
        assertThat(html)
                .as("links to sources open only when a person follows them, in a new tab")
                .doesNotContainPattern("<a href=\"https?://[^\"]*\"(?! target=\"_blank\" rel=\"noopener noreferrer\")")
                .contains("target=\"_blank\" rel=\"noopener noreferrer\"");
    }

    @Test
    void its_policy_allows_exactly_its_own_script_and_stylesheet_and_nothing_else() throws Exception {
        SelfCheckFile file = exporter.render(Packages.bundled(), SIGNS, "en");
        String html = new String(file.html(), StandardCharsets.UTF_8);
        String script = between(html, "<script>", "</script>");
        String style = between(html, "<style>", "</style>");

        assertThat(file.contentSecurityPolicy())
                .isEqualTo("default-src 'none'; script-src 'sha256-" + sha256(script) + "'; style-src 'sha256-"
                        + sha256(style) + "'; img-src data:; base-uri 'none'; form-action 'none'");
        assertThat(html).contains("content=\"" + file.contentSecurityPolicy().replace("'", "&#39;") + "\"");
        assertThat(html).doesNotContain(" style=\"").doesNotContainPattern(" on[a-z]+=\"");
    }

    @Test
    void each_set_asks_one_patient_question_per_objective_and_together_the_sets_ask_every_one() {
        Course course = Packages.bundled();
        int sets = SelfCheckExporter.sets(course);
        assertThat(sets).isGreaterThanOrEqualTo(2);
        java.util.Set<String> askedSomewhere = new java.util.HashSet<>();
        for (int set = 1; set <= sets; set++) {
            String html = new String(
                    new SelfCheckExporter()
                            .render(course, SIGNS, "en", set, true)
                            .html(),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (Lesson lesson : course.lessons()) {
                java.util.Map<String, Long> perObjective = new java.util.HashMap<>();
                for (Check check : lesson.checks()) {
                    String stem = MarkupEscaperView.escape(check.stem());
                    if (check.level() == Level.PATIENT && html.contains(stem)) {
                        askedSomewhere.add(check.id());
                        perObjective.merge(check.objective(), 1L, Long::sum);
                        assertThat(html)
                                .contains(MarkupEscaperView.escape(check.ask().orElseThrow()));
                        check.options()
                                .forEach(o -> assertThat(html)
                                        .contains(
                                                MarkupEscaperView.escape(o.text()),
                                                MarkupEscaperView.escape(o.rationale())));
                    } else if (check.level() == Level.NURSING) {
                        assertThat(html).doesNotContain(stem);
                    }
                }
                assertThat(perObjective.values())
                        .as("set %d, %s", set, lesson.id())
                        .containsOnly(1L);
            }
            assertThat(html)
                    .contains(set == sets ? "href=\"/self-check\"" : "href=\"/self-check?set=" + (set + 1) + "\"");
        }
        assertThat(askedSomewhere).hasSize(course.checkCount(Level.PATIENT));
        assertThat(html(course))
                .as("the downloaded file works offline, without links to other sets")
                .doesNotContain("self-check?set=");
    }

    @Test
    void authored_markup_is_text_and_cannot_end_the_script_or_the_texts() {
        Course tricky = Packages.tricky();
        Course asPatient = tricky.withLessons(tricky.lessons().stream()
                .map(l -> l.withChecks(l.checks().stream()
                        .map(c -> new Check(
                                c.id(),
                                Level.PATIENT,
                                c.type(),
                                c.objective(),
                                c.stem(),
                                c.options(),
                                c.sources(),
                                Optional.of("</script><script>window.__xss = 1</script>"),
                                c.review()))
                        .toList()))
                .toList());

        String html = html(asPatient);

        assertThat(html).contains("&lt;img src=&quot;x&quot; onerror=&quot;window.__xss = 1&quot;&gt;");
        assertThat(html).contains("&lt;/script&gt;&lt;script&gt;window.__xss = 1&lt;/script&gt;");
        assertThat(html).doesNotContain("<img").doesNotContain("<script>window");
        assertThat(html.split("</script>", -1)).hasSize(3);
    }

    @Test
    void the_file_name_names_the_course_and_its_version() {
        Course course = Packages.bundled();

        assertThat(SelfCheckExporter.fileName(course)).isEqualTo("immunotherapy-self-check.html");
        assertThat(SelfCheckExporter.fileName(course.withVersion(3))).isEqualTo("immunotherapy-v3-self-check.html");
    }

    @Test
    void both_interface_languages_have_the_same_texts() {
        String html = html(Packages.bundled());
        String json = between(html, "<script type=\"application/json\" id=\"texts\">", "</script>");

        List<String> english = keys(between(json, "\"en\":{", ",\"de\":{"));
        List<String> german = keys(json.substring(json.indexOf(",\"de\":{")));
        assertThat(german).isEqualTo(english).hasSizeGreaterThan(40);
    }

    private static List<String> keys(String object) {
        Matcher keys = Pattern.compile("\"(patient\\.[a-zA-Z.]+)\":").matcher(object);
        List<String> found = new java.util.ArrayList<>();
        while (keys.find()) {
            found.add(keys.group(1));
        }
        return found;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static String sha256(String text) throws Exception {
        return Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The escaping every template value goes through, as the page shows it. */
    private static final class MarkupEscaperView {
        static String escape(String text) {
            return text.replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;")
                    .replace("\"", "&quot;")
                    .replace("'", "&#39;");
        }
    }
}
