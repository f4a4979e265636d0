package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Course;
import org.oncolearn.export.GeneratedCourse;
import org.oncolearn.export.ScormStandard;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** Accessibility, compactness and safety of the exported player, checked in headless Chromium. */
class ScormPlayerQualityIT {

    /** Clicks through whatever screen is shown until the course summary appears: a quick way to the end. */
    private static final String RUN_THROUGH_COURSE = """
            var shown = function (selector) {
              return Array.prototype.filter.call(document.querySelectorAll(selector), function (e) { return !e.hidden; })[0];
            };
            for (var step = 0; step < 10000; step++) {
              var reader = shown('.lesson-reader'), form = shown('form.check'), result = shown('#lesson-result');
              if (reader) {
                reader.querySelector('[data-action=checks]').click();
              } else if (form) {
                var submit = form.querySelector('button[type=submit]');
                if (!submit.hidden) {
                  form.querySelectorAll('input').forEach(function (input) { input.checked = arguments[0] === 'all' || input.closest('.option').getAttribute('data-key') === 'true'; });
                  submit.click();
                } else {
                  form.querySelector('[data-action=next]').click();
                }
              } else if (result) {
                Array.prototype.filter.call(result.querySelectorAll('button'), function (b) {
                  return /^(Continue to|See the course summary)/.test(b.textContent);
                })[0].click();
              } else {
                break;
              }
            }
            return !document.getElementById('course-summary').hidden;
            """;

    @TempDir
    static Path siteRoot;

    static StaticSite site;
    static Browser browser;
    static ScormPlayer player;

    @BeforeAll
    static void exportAndServe() throws IOException {
        Course bundled = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        Course tricky = CourseLoader.load(Path.of("src", "test", "resources", "export", "tricky"));
        Course large = CourseLoader.load(GeneratedCourse.write(siteRoot.resolve("content"), "large", 16, 6));
        export(bundled, ScormStandard.SCORM2004, "bundled");
        export(tricky, ScormStandard.SCORM12, "tricky");
        export(large, ScormStandard.SCORM12, "large");
        TestLms.install(siteRoot);
        site = new StaticSite(siteRoot);
        browser = new Browser(1200, 900);
        player = new ScormPlayer(browser);
    }

    private static void export(Course course, ScormStandard standard, String folder) throws IOException {
        ScormPackageInLmsIT.unzip(
                ScormPackageInLmsIT.exporter().export(course, standard).open(), siteRoot.resolve(folder));
    }

    @AfterAll
    static void stop() {
        browser.close();
        site.close();
    }

    @Test
    void every_player_screen_has_no_wcag_21_a_or_aa_violation() {
        openStandalone("bundled");
        assertNoViolations("lesson");
        player.click("Start the 6 checks");
        assertNoViolations("check");
        player.choose(firstOptionLabel());
        player.click("Check answer");
        browser.waitFor(
                d -> player.text().contains("Correct") || player.text().contains("Not quite") ? Boolean.TRUE : null);
        assertNoViolations("feedback");
        for (int i = 1; i < 6; i++) {
            player.click("Next check");
            player.choose(firstOptionLabel());
            player.click("Check answer");
        }
        player.click("See your lesson result");
        assertNoViolations("lesson-result");
        assertThat(browser.script(RUN_THROUGH_COURSE)).isEqualTo(Boolean.TRUE);
        assertNoViolations("course-summary");
    }

    @Test
    void a_learner_can_answer_a_check_with_the_keyboard_alone() {
        openStandalone("bundled");
        tabTo("Start the 6 checks");
        keys(Keys.ENTER);
        assertThat(focused()).isEqualTo("Check 1 of 6 · Lesson 1");
        keys(Keys.TAB);
        assertThat(browser.script("return document.activeElement.type;")).isEqualTo("radio");
        keys(Keys.SPACE);
        keys(Keys.TAB);
        assertThat(focused()).isEqualTo("Check answer");
        keys(Keys.ENTER);
        browser.waitFor(
                d -> player.text().contains("Correct") || player.text().contains("Not quite") ? Boolean.TRUE : null);
        assertThat(focused()).as("focus moves to the way on").isEqualTo("Next check");
        assertThat(browser.script("return document.querySelector('form.check:not([hidden]) .feedback')"
                        + ".getAttribute('role');"))
                .isEqualTo("status");
        keys(Keys.ENTER);
        assertThat(focused()).isEqualTo("Check 2 of 6 · Lesson 1");
        assertThat(browser.script("return getComputedStyle(document.activeElement).outlineStyle;"))
                .isNotEqualTo("none");
    }

    @Test
    void the_player_reflows_on_a_phone_without_sideways_scrolling() {
        openStandalone("bundled");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        try {
            player.click(player.text().contains("Start the 6 checks") ? "Start the 6 checks" : "Continue the checks");
            Object overflow = browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            browser.screenshot("player-phone-check");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1200, 900));
        }
    }

    @Test
    void suspend_data_of_a_course_four_times_the_size_stays_under_the_scorm_12_limit() {
        TestLms lms = new TestLms(browser, site);
        lms.launch(ScormStandard.SCORM12, "large", null, Map.of());
        player.enterFrame();
        assertThat(browser.script(RUN_THROUGH_COURSE.replace("arguments[0]", "'all'")))
                .isEqualTo(Boolean.TRUE);
        lms.unload(ScormStandard.SCORM12);
        String suspendData = lms.lastValueSet("cmi.suspend_data");
        System.out.printf("suspend_data for 16 lessons x 6 checks: %d characters%n", suspendData.length());
        assertThat(suspendData.length()).isLessThan(4096);
        assertThat(lms.calls("LMSSetValue").stream()
                        .filter(c -> ((List<?>) c.get("args")).getFirst().equals("cmi.suspend_data"))
                        .map(c -> c.get("result"))
                        .collect(Collectors.toSet()))
                .containsExactly("true");

        String saved = lms.snapshot();
        lms.launch(ScormStandard.SCORM12, "large", saved, Map.of());
        player.enterFrame();
        assertThat(player.heading()).isEqualTo("Course summary");
        assertThat(player.text()).contains("You answered 0 of 96 checks correctly");
    }

    @Test
    void authored_markup_stays_text_and_never_runs() {
        openStandalone("tricky");
        assertThat(browser.driver().getTitle()).isEqualTo("Cells & \"targets\" <2025>");
        assertThat(player.text())
                .contains("Cells & \"targets\" <2025>", "<script>window.__xss = 1</script> T cells & tumours");
        player.click("Start the 2 checks");
        assertThat(player.text()).contains("Which drug blocks PD-1? <img src=\"x\" onerror=\"window.__xss = 1\">");
        player.choose("Cisplatin <b>bold</b>");
        player.click("Check answer");
        player.click("Next check");
        assertThat(player.text()).contains("${notAVelocityReference} #notADirective $!quiet");
        assertThat(browser.script("return window.__xss === undefined;")).isEqualTo(Boolean.TRUE);
        assertThat(browser.script("return document.querySelectorAll('script').length;"))
                .isEqualTo(1L);
    }

    private static void openStandalone(String folder) {
        browser.driver().switchTo().defaultContent();
        // Cleared from a page without the player, which would save its progress again as it unloads.
        browser.driver().get(site.url("harness.html"));
        browser.script("window.localStorage.clear();");
        browser.driver().get(site.url(folder + "/index.html"));
        browser.waitFor(d -> player.heading().isEmpty() ? null : Boolean.TRUE);
    }

    private static void keys(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static String focused() {
        return ((String) browser.script("return document.activeElement.textContent;")).strip();
    }

    private static void tabTo(String text) {
        for (int i = 0; i < 80 && !focused().equals(text); i++) {
            keys(Keys.TAB);
        }
        assertThat(focused()).as("reachable with the Tab key").isEqualTo(text);
    }

    private static String firstOptionLabel() {
        return (String) browser.script(
                "return Array.prototype.filter.call(document.querySelectorAll('form.check'), function (f) {"
                        + " return !f.hidden; })[0].querySelector('label').textContent.trim();");
    }

    private static void assertNoViolations(String screen) {
        browser.screenshot("player-" + screen);
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver());
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as("axe on the %s screen: %s", screen, describe(violations))
                .isEmpty();
        assertThat(results.getPasses())
                .as("axe ran its rules on the %s screen", screen)
                .isNotEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + "): "
                        + rule.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
