package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.CourseCatalog;
import org.oncolearn.course.Lesson;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The learner flow with the keyboard alone, axe-core on every kind of screen (WCAG 2.1 A and AA), and
 * reflow at 320 px and at 200 % zoom. Screenshots go to target/screenshots for a person to look at.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class AccessibilityIT {

    private static final List<String> WCAG_21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;

    @Autowired
    CourseCatalog catalog;

    @Test
    void a_learner_completes_the_whole_course_with_the_keyboard_alone_and_every_screen_passes_axe() {
        Course course = catalog.find("immunotherapy").orElseThrow();
        try (Browser browser = new Browser(1280, 1000)) {
            Keyboard keyboard = new Keyboard(browser);
            browser.open(base() + "/");
            axe(browser, "learner-welcome");
            keyboard.tabTo("Continue without a name");
            keyboard.press(Keys.ENTER);
            browser.waitForText("Start course");
            axe(browser, "learner-courses");
            // The button's accessible name names the course.
            keyboard.tabTo("Start the course " + course.title());
            keyboard.press(Keys.ENTER);

            for (Lesson lesson : course.lessons()) {
                List<Check> pool = lesson.courseChecks();
                int count = (int) pool.stream().map(Check::objective).distinct().count();
                browser.waitForText("Start the " + count + " checks");
                if (lesson.number() == 1) {
                    axe(browser, "learner-lesson");
                }
                keyboard.tabTo("Start the " + count + " checks");
                keyboard.press(Keys.ENTER);
                for (int i = 0; i < count; i++) {
                    browser.waitForText("Check " + (i + 1) + " of " + count);
                    if (lesson.number() == 1 && i == 0) {
                        axe(browser, "learner-check");
                    }
                    String text = browser.pageText();
                    keyboard.answer(pool.stream()
                            .filter(c -> text.contains(c.stem()))
                            .findFirst()
                            .orElseThrow());
                    browser.waitForText("Correct");
                    if (lesson.number() == 1 && i == 0) {
                        axe(browser, "learner-feedback");
                    }
                    keyboard.tabTo(i < count - 1 ? "Next check" : "See your lesson result");
                    keyboard.press(Keys.ENTER);
                }
                browser.waitForText(count + " of " + count + " correct");
                if (lesson.number() == 1) {
                    axe(browser, "learner-result");
                }
                course.lessonAfter(lesson)
                        .ifPresentOrElse(
                                next -> keyboard.tabTo("Continue to lesson " + next.number() + ": " + next.title()),
                                () -> keyboard.tabTo("See the course summary"));
                keyboard.press(Keys.ENTER);
            }
            browser.waitForText("Well done: you mastered all 4 lessons.");
            axe(browser, "learner-summary");
        }
    }

    @Test
    void text_reflows_at_320_px_and_at_200_percent_zoom() {
        // The patient self-check is walked state by state at 320 and 360 px and at 200 % in PatientSelfCheckIT.
        for (String page : List.of("/")) {
            try (Browser browser = PatientSelfCheckIT.phone(320)) {
                browser.open(base() + page);
                assertThat(browser.script("return window.innerWidth;")).isEqualTo(320L);
                assertNoSidewaysScrolling(browser, page + " at 320 px");
                browser.screenshot("reflow-320" + page.replace('/', '-'));
            }
            try (Browser browser = new Browser(1280, 900)) {
                // 1280 × 900 CSS pixels at 200 % zoom leave 640 × 450 for the page.
                ((ChromeDriver) browser.driver())
                        .executeCdpCommand(
                                "Emulation.setDeviceMetricsOverride",
                                Map.of("width", 640, "height", 450, "deviceScaleFactor", 2, "mobile", false));
                browser.open(base() + page);
                assertNoSidewaysScrolling(browser, page + " at 200 %");
                browser.screenshot("zoom-200" + page.replace('/', '-'));
            }
        }
    }

    private static void assertNoSidewaysScrolling(Browser browser, String where) {
        long overflow = browser.sidewaysOverflow();
        assertThat(overflow).as(where).isLessThanOrEqualTo(0);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /**
     * axe with the WCAG 2.1 A and AA rules. Every rule still runs on every element and violations come with all their
     * elements; passes come with their first element only (axe's {@code resultTypes}), which spares building the
     * selector and markup of thousands of passing elements: about 3 of 20 seconds per run on the course editor.
     */
    static AxeBuilder wcag21() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder().withOptions(options).withTags(WCAG_21_A_AA);
    }

    static void axe(Browser browser, String screen) {
        browser.screenshot("axe-" + screen);
        Results results = wcag21().analyze(browser.driver());
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("axe on %s: %s", screen, describe(violations)).isEmpty();
        assertThat(results.getPasses()).as("axe checked the %s screen", screen).isNotEmpty();
        System.out.printf(
                "axe %s: %d rules passed, %d violations%n",
                screen, results.getPasses().size(), violations.size());
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " "
                        + rule.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()) + " " + n.getFailureSummary())
                                .collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("; "));
    }
}
