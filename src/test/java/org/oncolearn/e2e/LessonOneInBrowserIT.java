package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.CourseCatalog;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A learner completes lesson 1 in a real browser: wrong and right answers, rationales, score, retry, resume. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class LessonOneInBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    CourseCatalog catalog;

    @Test
    void learner_completes_lesson_one_with_feedback_retry_and_resume() {
        Course course = catalog.find("immunotherapy").orElseThrow();
        Lesson lesson = course.lessons().getFirst();
        List<Check> checks = lesson.checks(Level.NURSING);
        int total = (int) checks.stream().map(Check::objective).distinct().count();

        try (Browser browser = new Browser(1280, 1000)) {
            browser.open("http://localhost:" + port + "/");
            browser.type("Your name (optional)", "Ana");
            browser.click("Start with this name");
            browser.waitForText("Learning as Ana");
            browser.click("Start course");
            browser.waitForText("Lesson 1: " + lesson.title());
            browser.screenshot("lesson");
            browser.click("Start the " + total + " checks");

            List<Check> missed = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                browser.waitForText("Check " + (i + 1) + " of " + total);
                Check check = onScreen(browser, checks);
                boolean right = i >= 2;
                if (!right) {
                    missed.add(check);
                }
                answer(browser, check, right);
                browser.waitForText(right ? "Correct" : "Not quite");
                for (Option option : check.options()) {
                    assertThat(browser.pageText()).contains(option.rationale());
                }
                if (i == 0) {
                    browser.screenshot("feedback");
                    // A reload while the feedback shows brings back the same feedback, not the next check.
                    browser.driver().navigate().refresh();
                    browser.waitForText("Not quite");
                    assertThat(browser.pageText())
                            .contains(check.stem(), check.options().getFirst().rationale());
                    assertThat(browser.pageText()).contains("1 of " + total + " checks answered");
                }
                browser.click(i == total - 1 ? "See your lesson result" : "Next check");
            }

            browser.waitForText((total - 2) + " of " + total + " correct");
            assertThat(browser.pageText()).contains("Not mastered yet");
            browser.screenshot("result");
            browser.click("Practise what you missed with 2 other checks");
            for (int i = 0; i < 2; i++) {
                browser.waitForText("Retry: check " + (i + 1) + " of 2");
                Check sibling = onScreen(browser, checks);
                assertThat(sibling.objective())
                        .as("the retry tests the same objective")
                        .isEqualTo(missed.get(i).objective());
                assertThat(sibling.id())
                        .as("with a different check from the one whose key the feedback showed")
                        .isNotEqualTo(missed.get(i).id());
                answer(browser, sibling, true);
                browser.waitForText("Correct");
                browser.click(i == 1 ? "See your lesson result" : "Next check");
            }
            browser.waitForText(total + " of " + total + " correct (100 %)");
            assertThat(browser.pageText()).contains("Mastered", "On your first try");

            Lesson next = course.lessons().get(1);
            browser.click("Continue to lesson 2: " + next.title());
            browser.waitForText("Lesson 2: " + next.title());

            // Closing the browser ends the session; the learner cookie brings the learner back.
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.open("http://localhost:" + port + "/");
            browser.waitForText("Learning as Ana");
            browser.click("Continue course");
            browser.waitForText("Lesson 2: " + next.title());

            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.screenshot("phone");
            long overflow = browser.sidewaysOverflow();
            assertThat(overflow).as("horizontal scrolling on a phone").isLessThanOrEqualTo(0);
        }
    }

    @Test
    void two_learners_see_the_options_in_different_orders_and_a_reload_keeps_each_order() {
        Course course = catalog.find("immunotherapy").orElseThrow();
        Lesson lesson = course.lessons().getFirst();
        List<Check> checks = lesson.checks(Level.NURSING);
        // For each first check seen, the option orders learners were shown.
        java.util.Map<String, Set<List<String>>> orders = new java.util.HashMap<>();
        for (int learner = 0; learner < 10 && orders.values().stream().allMatch(seen -> seen.size() < 2); learner++) {
            try (Browser browser = new Browser(1280, 1000)) {
                browser.open("http://localhost:" + port + "/");
                browser.click("Continue without a name");
                browser.waitForText("Learning anonymously");
                browser.click("Start course");
                browser.waitForText("Lesson 1: " + lesson.title());
                browser.clickStartingWith("Start the ");
                browser.waitForText("Check 1 of ");
                Check first = onScreen(browser, checks);
                List<String> order = Keyboard.shownOptions(browser);
                assertThat(order)
                        .containsExactlyInAnyOrderElementsOf(
                                first.options().stream().map(Option::text).toList());
                browser.driver().navigate().refresh();
                browser.waitForText("Check 1 of ");
                assertThat(Keyboard.shownOptions(browser))
                        .as("the order is stored: a reload shows the same")
                        .isEqualTo(order);
                orders.computeIfAbsent(first.id(), id -> new HashSet<>()).add(order);
            }
        }
        assertThat(orders.values())
                .as("two learners shown the same check saw its options in different orders")
                .anyMatch(seen -> seen.size() > 1);
    }

    /** The check on screen, recognised by its stem as a learner reads it. */
    /** The check of {@code checks} whose stem is on screen. */
    static Check onScreen(Browser browser, List<Check> checks) {
        String text = browser.pageText();
        return checks.stream()
                .filter(c -> text.contains(c.stem()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check of the lesson on screen"));
    }

    private static void answer(Browser browser, Check check, boolean right) {
        List<Option> picks = right
                ? check.options().stream().filter(Option::key).toList()
                : check.options().stream().filter(o -> !o.key()).limit(1).toList();
        if (check.type() == CheckType.SINGLE) {
            browser.choose(picks.getFirst().text());
        } else {
            picks.forEach(o -> browser.choose(o.text()));
        }
        browser.click("Check answer");
    }
}
