package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncolearn.account.EducatorAccounts;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * "Try the package": the exported SCORM package runs in the app under scorm-again, the panel beside it records what
 * an LMS would, and Relaunch resumes where the learner left; on a desktop, on a phone and in German.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class TryPackageIT {

    private static final String USER = "try.educator";
    private static final String PASSWORD = EducatorAccounts.oneTimePassword() + "-it";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("oncolearn.admin.username", () -> USER);
        registry.add("oncolearn.admin.password", () -> PASSWORD);
    }

    @Test
    void answers_in_the_framed_package_show_in_the_panel_and_relaunch_resumes() {
        Course course = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        Lesson first = course.lessons().getFirst();
        int asked = ScormPlayer.checksAsked(first);
        try (Browser browser = new Browser(1280, 900)) {
            String base = "http://localhost:" + port;
            browser.signIn(base, USER, PASSWORD);
            browser.driver().get(base + "/export/immunotherapy");
            browser.waitFor(d -> d.findElements(By.linkText("Try the package in the app")).stream()
                            .findFirst()
                            .orElse(null))
                    .click();
            browser.waitForText("Try the package: " + course.title());
            assertThat(browser.driver().getCurrentUrl()).endsWith("/educator/try/immunotherapy");
            ScormPlayer player = new ScormPlayer(browser);

            enterPackage(browser);
            player.click(ScormPlayer.startLabel(first));
            player.answerShown(course, false);
            player.click("Next check");
            player.answerShown(course, true);

            enterHost(browser);
            browser.waitFor(d -> interactions(browser).size() == 2 ? Boolean.TRUE : null);
            assertThat(interactions(browser).getFirst())
                    .as("a check answered wrongly, as the LMS records it")
                    .startsWith("1 immunotherapy-")
                    .contains("choice")
                    .endsWith("wrong");
            assertThat(interactions(browser).get(1)).endsWith("correct");
            assertThat(text(browser, "status")).isEqualTo("incomplete");
            assertThat(text(browser, "suspend-size"))
                    .matches("\\d+ characters \\(\\d+ bytes\\) of the 4,096 characters SCORM 1\\.2 allows\\.");
            assertThat(text(browser, "no-errors")).isEqualTo("None.");
            browser.driver().switchTo().defaultContent();
            AccessibilityIT.axe(browser, "try-package-1280");
            browser.screenshot("try-package-1280");

            enterHost(browser);
            browser.driver().findElement(By.id("relaunch")).click();
            browser.waitFor(d -> text(browser, "state").startsWith("Relaunched") ? Boolean.TRUE : null);
            enterPackage(browser);
            assertThat(player.heading()).isEqualTo("Check 2 of " + asked + " · Lesson 1");
            assertThat(player.text()).contains("Correct");
            player.click("Next check");
            for (int i = 2; i < asked; i++) {
                player.answerShown(course, true);
                player.click(i < asked - 1 ? "Next check" : "See your lesson result");
            }
            player.click("Retry what you missed (1 check)");
            player.answerShown(course, true);
            player.click("See your lesson result");
            for (Lesson lesson : course.lessons().subList(1, course.lessons().size())) {
                player.click("Continue to lesson " + lesson.number() + ": " + lesson.title());
                player.click(ScormPlayer.startLabel(lesson));
                int count = ScormPlayer.checksAsked(lesson);
                for (int i = 0; i < count; i++) {
                    player.answerShown(course, true);
                    player.click(i < count - 1 ? "Next check" : "See your lesson result");
                }
            }
            player.click("See the course summary");

            enterHost(browser);
            int total = ScormPlayer.checksAsked(course);
            browser.waitFor(d -> interactions(browser).size() == total + 1 ? Boolean.TRUE : null);
            browser.waitFor(d -> text(browser, "score").equals("100 (from 0 to 100)") ? Boolean.TRUE : null);
            assertThat(text(browser, "status")).isEqualTo("passed");
            assertThat(text(browser, "no-errors")).isEqualTo("None.");
            browser.driver().switchTo().defaultContent();
            browser.screenshot("try-package-1280-finished");

            // A value the runtime refuses, as a faulty package would send it, is listed as a sentence.
            enterHost(browser);
            browser.script("window.API.LMSSetValue('cmi.core.score.raw', 'many');");
            browser.waitFor(d -> d.findElements(By.cssSelector("#errors li")).isEmpty() ? null : Boolean.TRUE);
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#errors li"))
                            .getText())
                    .matches("The package set cmi\\.core\\.score\\.raw to \"many\", and the LMS refused it: .+"
                            + " \\(error \\d+\\)\\.");
            assertThat(browser.driver().findElement(By.id("no-errors")).isDisplayed())
                    .isFalse();

            enterHost(browser);
            browser.driver().findElement(By.id("reset")).click();
            browser.waitFor(d -> text(browser, "state").startsWith("Reset") ? Boolean.TRUE : null);
            assertThat(interactions(browser)).isEmpty();
            assertThat(text(browser, "suspend-size")).isEqualTo("Nothing stored yet.");

            browser.driver().switchTo().defaultContent();
            browser.driver().findElements(By.cssSelector("vaadin-radio-button label")).stream()
                    .filter(label -> label.getText().equals("SCORM 2004 4th Edition"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            browser.waitFor(
                    d -> String.valueOf(browser.script("return document.querySelector('iframe.try-frame').src;"))
                                    .contains("/scorm2004/")
                            ? Boolean.TRUE
                            : null);
            enterPackage(browser);
            player.click(ScormPlayer.startLabel(first));
            player.answerShown(course, false);
            enterHost(browser);
            browser.waitFor(d -> interactions(browser).size() == 1 ? Boolean.TRUE : null);
            assertThat(interactions(browser).getFirst())
                    .startsWith("1 urn:oncolearn:immunotherapy:")
                    .endsWith("incorrect");
            assertThat(text(browser, "status")).isEqualTo("incomplete");
            assertThat(text(browser, "success")).isEqualTo("unknown");
            assertThat(text(browser, "suspend-size"))
                    .matches("\\d+ characters \\(\\d+ bytes\\) of the 64,000 characters SCORM 2004 allows\\.");
            browser.driver().switchTo().defaultContent();
            AccessibilityIT.axe(browser, "try-package-2004-1280");
        }
    }

    @Test
    void the_try_screen_fits_a_phone_and_reads_in_german() {
        for (String language : List.of("en", "de")) {
            try (Browser browser = PatientSelfCheckIT.phone(360)) {
                String base = "http://localhost:" + port;
                browser.signIn(base, USER, PASSWORD);
                browser.driver().manage().addCookie(new Cookie("oncolearn-lang", language));
                browser.driver().get(base + "/educator/try/immunotherapy");
                browser.waitForText(language.equals("de") ? "Paket ausprobieren" : "Try the package");
                enterHost(browser);
                browser.waitFor(d -> text(browser, "state").isEmpty() ? null : Boolean.TRUE);
                assertThat(text(browser, "record-heading"))
                        .isEqualTo(language.equals("de") ? "Was das LMS aufzeichnet" : "What the LMS records");
                assertThat(browser.driver().findElement(By.id("relaunch")).getText())
                        .isEqualTo(language.equals("de") ? "Neu starten (fortsetzen)" : "Relaunch (resume)");
                browser.driver().switchTo().defaultContent();
                // The screen sizes the frame to its page, so nothing scrolls inside the screen.
                browser.waitFor(d ->
                        ((Number) browser.script("return document.querySelector('iframe.try-frame').offsetHeight;"))
                                                .intValue()
                                        > 900
                                ? Boolean.TRUE
                                : null);
                long overflow = browser.sidewaysOverflow();
                assertThat(overflow)
                        .as("sideways scrolling at 360 px in %s", language)
                        .isLessThanOrEqualTo(0);
                AccessibilityIT.axe(browser, "try-package-360-" + language);
                browser.script("document.querySelector('iframe.try-frame').scrollIntoView();");
                browser.screenshot("try-package-360-" + language);
                enterHost(browser);
                browser.script("document.getElementById('record-heading').scrollIntoView();");
                browser.driver().switchTo().defaultContent();
                browser.screenshot("try-package-360-" + language + "-record");
            }
        }
    }

    /** The package runs two frames down: the app's screen frames the LMS page, which frames the package. */
    private static void enterPackage(Browser browser) {
        enterHost(browser);
        browser.waitFor(d -> d.findElements(By.id("sco")).isEmpty() ? null : Boolean.TRUE);
        browser.driver().switchTo().frame("sco");
        browser.waitFor(
                d -> d.findElements(By.cssSelector(".screen-heading")).stream().anyMatch(WebElement::isDisplayed)
                        ? Boolean.TRUE
                        : null);
    }

    private static void enterHost(Browser browser) {
        browser.driver().switchTo().defaultContent();
        WebElement frame = browser.waitFor(d -> d.findElements(By.cssSelector("iframe.try-frame")).stream()
                .findFirst()
                .orElse(null));
        browser.driver().switchTo().frame(frame);
        browser.waitFor(d -> d.findElements(By.id("record-heading")).isEmpty() ? null : Boolean.TRUE);
    }

    private static List<String> interactions(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#interactions tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }
}
