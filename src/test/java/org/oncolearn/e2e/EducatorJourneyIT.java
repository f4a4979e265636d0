package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oncolearn.account.EducatorAccounts;
import org.oncolearn.attempt.CourseState;
import org.oncolearn.attempt.Learner;
import org.oncolearn.attempt.LearningService;
import org.oncolearn.attempt.Step;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One educator's whole round in Chromium, with the keyboard: sign in, the dashboard, the course editor (a problem fixed
 * by following its link), publishing version 1, the dashboard's export of that version under its versioned file name,
 * the results and the item analysis with its chart; axe-core on every screen and a screenshot of each in
 * target/screenshots.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class EducatorJourneyIT {

    private static final String USER = "journey.educator";
    private static final String PASSWORD = EducatorAccounts.oneTimePassword() + "-it";
    private static final String COURSE = "Immunotherapies and targeted therapies";

    @LocalServerPort
    int port;

    @Autowired
    LearningService learning;

    @DynamicPropertySource
    static void firstEducator(DynamicPropertyRegistry registry) {
        registry.add("oncolearn.admin.username", () -> USER);
        registry.add("oncolearn.admin.password", () -> PASSWORD);
    }

    @Test
    void an_educator_goes_from_sign_in_to_the_item_analysis_of_the_version_they_published() throws Exception {
        for (int n = 0; n < 5; n++) {
            lessonOne(learning.register("Learner " + n), n);
        }
        String base = "http://localhost:" + port;
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(base, USER, PASSWORD);
            browser.driver().get(base + "/educator");
            browser.waitForText("Change your password");
            assertThat(browser.pageText())
                    .contains("Published from the course files")
                    .contains("Learners")
                    .doesNotContain("!dashboard.");
            look(browser, "journey-1-dashboard");

            Keyboard keyboard = new Keyboard(browser);
            keyboard.tabTo("Edit " + COURSE);
            keyboard.press(Keys.ENTER);
            browser.waitForText("Edit course: " + COURSE);
            browser.waitFor(d -> EditorInEducatorsLanguageIT.statusText(browser).isEmpty() ? null : Boolean.TRUE);
            look(browser, "journey-2-editor");
            String stem = EditorInEducatorsLanguageIT.breakAndFollow(browser, "journey-3-editor-link");
            AccessibilityIT.axe(browser, "journey-3-editor-link");
            EditorInEducatorsLanguageIT.fixFocusedField(browser, stem);

            WebElement confirm = browser.waitFor(d -> d.findElements(By.tagName("vaadin-checkbox")).stream()
                    .filter(c -> c.getText().contains("I have checked every lesson and check against its sources"))
                    .findFirst()
                    .orElse(null));
            WebElement box = confirm.findElement(By.tagName("input"));
            browser.script("arguments[0].focus();", box);
            box.sendKeys(Keys.SPACE);
            browser.pressWithKeyboard("Record my review of the whole course");
            browser.waitForText("Review recorded.");
            browser.pressWithKeyboard("Publish version 1");
            browser.waitForText("Published version 1. New learners get it");
            assertThat(EditorInEducatorsLanguageIT.statusText(browser))
                    .startsWith("Published version 1 — your edits make draft version 2");
            assertThat(browser.pageText()).contains("Export version 1 as SCORM 1.2 (immunotherapy-v1-scorm12.zip)");
            look(browser, "journey-4-published");

            browser.driver().get(base + "/educator");
            browser.waitForText("Published version 1");
            keyboard.tabTo("Export");
            keyboard.press(Keys.ENTER);
            browser.waitForText("SCORM 1.2");
            look(browser, "journey-5-dashboard-export");
            WebElement scorm12 =
                    browser.waitFor(d -> d.findElements(By.cssSelector(".export-details a.download-link")).stream()
                            .filter(a -> a.isDisplayed() && a.getText().strip().equals("SCORM 1.2"))
                            .findFirst()
                            .orElse(null));
            HttpResponse<byte[]> download = fetch(browser, scorm12.getDomAttribute("href"), base);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("immunotherapy-v1-scorm12.zip");
            assertThat(download.body()).startsWith('P', 'K');

            keyboard.tabTo("Results of " + COURSE);
            keyboard.press(Keys.ENTER);
            browser.waitForText("Item analysis");
            assertThat(browser.pageText()).contains("Learner 4");
            assertThat(browser.driver().findElements(By.cssSelector("svg[role=img] title")))
                    .isNotEmpty();
            look(browser, "journey-6-results");
        }
    }

    private static void look(Browser browser, String screen) {
        AccessibilityIT.axe(browser, screen);
        PatientSelfCheckIT.fullPageScreenshot(browser, screen);
    }

    /** The download as the signed-in browser would get it: same session cookie, same address. */
    private static HttpResponse<byte[]> fetch(Browser browser, String href, String base)
            throws IOException, InterruptedException {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        URI address = URI.create(base + "/").resolve(href);
        HttpRequest request = HttpRequest.newBuilder(address)
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
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
}
