package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oncolearn.account.EducatorAccounts;
import org.oncolearn.analysis.ResponseSet;
import org.oncolearn.attempt.CourseState;
import org.oncolearn.attempt.Learner;
import org.oncolearn.attempt.LearningService;
import org.oncolearn.attempt.Step;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The results screen in Chromium: learners' table, the facility chart and its table, then an uploaded LMS report;
 * axe-core on each state, on a desktop and on a phone, with screenshots in target/screenshots.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class ResultsScreenIT {

    private static final String USER = "results.educator";
    private static final String PASSWORD = EducatorAccounts.oneTimePassword() + "-it";

    @LocalServerPort
    int port;

    @Autowired
    LearningService learning;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("oncolearn.admin.username", () -> USER);
        registry.add("oncolearn.admin.password", () -> PASSWORD);
    }

    @Test
    void results_and_item_analysis_are_accessible_on_a_desktop_and_a_phone() throws IOException {
        for (int i = 0; i < 6; i++) {
            lessonOne(learning.register(i % 2 == 0 ? "Learner " + i : ""), i);
        }
        Path report = Files.createTempFile("lms-report", ".csv");
        Files.writeString(
                report,
                new ResponseSet(60)
                        .check("a1", "b", i -> i >= 20, i -> List.of("a", "c").get(i % 2))
                        .check("a2", "c", i -> true, i -> "a")
                        .check("a3", "a", i -> i < 30, i -> "b")
                        .csv(false));
        for (int width : List.of(1280, 360)) {
            try (Browser browser = width < 500 ? PatientSelfCheckIT.phone(width) : new Browser(width, 1000)) {
                String base = "http://localhost:" + port;
                browser.signIn(base, USER, PASSWORD);
                browser.driver().get(base + "/educator/results/immunotherapy");
                browser.waitForText("Item analysis");
                assertThat(browser.driver().findElements(By.cssSelector("svg[role=img] title")))
                        .isNotEmpty();
                noSidewaysScrolling(browser, width);
                captionsAndDatesReadable(browser, width);
                AccessibilityIT.axe(browser, "results-" + width);
                PatientSelfCheckIT.fullPageScreenshot(browser, "results-" + width);

                fileInput(browser).sendKeys(report.toAbsolutePath().toString());
                browser.waitForText("From the LMS report");
                browser.waitForText("A wrong option nobody chooses.");
                PatientSelfCheckIT.fullPageScreenshot(browser, "results-lms-report-" + width);
                noSidewaysScrolling(browser, width);
                AccessibilityIT.axe(browser, "results-lms-report-" + width);

                browser.driver().manage().addCookie(new Cookie("oncolearn-lang", "de", "/"));
                browser.driver().get(base + "/educator/results/immunotherapy");
                browser.waitForText("Aufgabenanalyse");
                assertThat(browser.script("return Array.from(document.querySelectorAll('.results-table td'))"
                                + ".filter(td => td.textContent === '–noch nicht abgeschlossen'"
                                + "  && td.querySelector('[aria-hidden=true]').getBoundingClientRect().width > 1"
                                + "  && td.querySelector('.visually-hidden').getBoundingClientRect().width <= 1)"
                                + ".length;"))
                        .as("six unfinished learners: a dash on the screen, words for screen readers")
                        .isEqualTo(6L);
                noSidewaysScrolling(browser, width);
                captionsAndDatesReadable(browser, width);
                AccessibilityIT.axe(browser, "results-de-" + width);
                PatientSelfCheckIT.fullPageScreenshot(browser, "results-de-" + width);
            }
        }
    }

    /** Lesson 1's first round, learner {@code n} answering the first {@code n} checks right and the rest wrong. */
    private void lessonOne(Learner learner, int n) {
        CourseState state = learning.state(learner.id(), "immunotherapy");
        state = learning.startChecks(
                learner.id(),
                "immunotherapy",
                ((Step.Reading) state.step()).lesson().id());
        int answered = 0;
        while (state.step() instanceof Step.Answering due) {
            Set<String> chosen = answered++ < n
                    ? due.check().keyIds()
                    : Set.of(due.check().options().stream()
                            .filter(o -> !o.key())
                            .findFirst()
                            .orElseThrow()
                            .id());
            learning.answer(learner.id(), "immunotherapy", due.check().id(), chosen);
            state = learning.state(learner.id(), "immunotherapy");
        }
    }

    private static void noSidewaysScrolling(Browser browser, int width) {
        long overflow = browser.sidewaysOverflow();
        Object wide = browser.script("var w = document.documentElement.clientWidth; return Array.from("
                + "document.querySelectorAll('.app-content *')).filter(e => e.getBoundingClientRect().right > w)"
                + ".slice(0, 5).map(e => e.tagName + '.' + e.className).join(' ');");
        assertThat(overflow).as("sideways scrolling at %d px: %s", width, wide).isLessThanOrEqualTo(0);
    }

    /**
     * Each table's caption lies inside the region a phone shows before it scrolls sideways, and no date or pseudonym
     * breaks across lines at its hyphens or dots.
     */
    @SuppressWarnings("unchecked")
    private static void captionsAndDatesReadable(Browser browser, int width) {
        List<String> cutCaptions = (List<String>) browser.script("return Array.from(document.querySelectorAll("
                + "'.table-scroll')).filter(region => { var text = region.querySelector('caption .caption-text');"
                + "  if (!text) { return true; }"
                + "  var r = region.getBoundingClientRect(), t = text.getBoundingClientRect();"
                + "  return t.left < r.left - 1 || t.right > r.right + 1; })"
                + ".map(region => region.getAttribute('aria-label'));");
        assertThat(cutCaptions)
                .as("tables whose caption runs outside the visible region at %d px", width)
                .isEmpty();
        List<String> broken = (List<String>) browser.script("return Array.from(document.querySelectorAll("
                + "'.results-table .no-break')).filter(e => { var range = document.createRange();"
                + "  range.selectNodeContents(e); var lines = {};"
                + "  Array.from(range.getClientRects()).forEach(r => { if (r.width > 0) {"
                + "    lines[Math.round(r.bottom)] = true; } });"
                + "  return Object.keys(lines).length > 1; }).map(e => e.textContent);");
        Object dates = browser.script("return document.querySelectorAll('.results-table td.no-break').length;");
        assertThat(((Number) dates).longValue()).as("date cells on the screen").isGreaterThanOrEqualTo(12L);
        assertThat(broken)
                .as("dates or pseudonyms broken across lines at %d px", width)
                .isEmpty();
    }

    private static WebElement fileInput(Browser browser) {
        WebElement upload = browser.driver().findElement(By.tagName("vaadin-upload"));
        return upload.findElements(By.cssSelector("input[type=file]")).stream()
                .findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
    }
}
