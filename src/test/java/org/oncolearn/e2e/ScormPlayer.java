package org.oncolearn.e2e;

import java.util.List;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Option;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Drives the exported player as a learner would: by visible button texts and option labels. */
final class ScormPlayer {

    private final Browser browser;

    ScormPlayer(Browser browser) {
        this.browser = browser;
    }

    WebDriver driver() {
        return browser.driver();
    }

    /** The package runs in the test LMS's frame; the calls below then act inside it. */
    void enterFrame() {
        driver().switchTo().defaultContent();
        browser.waitFor(d -> d.findElements(By.id("sco")).isEmpty() ? null : Boolean.TRUE);
        driver().switchTo().frame("sco");
        browser.waitFor(d -> heading().isEmpty() ? null : Boolean.TRUE);
    }

    void leaveFrame() {
        driver().switchTo().defaultContent();
    }

    String heading() {
        WebElement heading = visible(".screen-heading", null);
        return heading == null ? "" : heading.getText();
    }

    /**
     * The first element on screen that matches the selector (and has the text, if given). One script call instead of
     * a round trip per element keeps a whole-course run quick.
     */
    private WebElement visible(String selector, String text) {
        return (WebElement) browser.script(
                "var want = arguments[1];"
                        + "return Array.prototype.filter.call(document.querySelectorAll(arguments[0]), function (e) {"
                        + "  return e.offsetParent !== null && (want === null || e.textContent.trim() === want);"
                        + "})[0] || null;",
                selector,
                text);
    }

    String text() {
        return driver().findElement(By.tagName("body")).getText();
    }

    String connection() {
        return driver().findElement(By.id("connection")).getText();
    }

    void click(String buttonText) {
        WebElement button = browser.waitFor(d -> visible("button", buttonText));
        button.click();
    }

    void choose(String optionText) {
        WebElement label = browser.waitFor(d -> visible(".option label", optionText.strip()));
        label.click();
    }

    /** Says how sure the learner is, by the level's label: "Unsure (low)", "Fairly sure (medium)", "Sure (high)". */
    void sure(String level) {
        WebElement label = browser.waitFor(d -> visible(".confidence label", level));
        label.click();
    }

    /** Picks the keys, or the first wrong option, and submits. */
    void answer(Check check, boolean correctly) {
        answer(check, correctly, null);
    }

    /**
     * Picks the keys, or the first wrong option in the file's order, by their labels (the rows are shuffled), says how
     * sure the learner is when a level's label is given ("Sure (high)"), and submits.
     */
    void answer(Check check, boolean correctly, String sure) {
        picks(check, correctly).forEach(option -> choose(option.text()));
        if (sure != null) {
            sure(sure);
        }
        click("Check answer");
        browser.waitForText(correctly ? "Correct" : "Not quite");
    }

    /** Answers the check on screen, whichever variant was drawn, and returns it. */
    Check answerShown(Course course, boolean correctly) {
        Check check = shownCheck(course);
        answer(check, correctly);
        return check;
    }

    static List<Option> picks(Check check, boolean correctly) {
        return correctly
                ? check.options().stream().filter(Option::key).toList()
                : List.of(check.options().stream()
                        .filter(o -> !o.key())
                        .findFirst()
                        .orElseThrow());
    }

    /** The check on screen, found in the course by the id its form carries. */
    Check shownCheck(Course course) {
        String id = browser.waitFor(d -> (String) browser.script(
                "var f = Array.prototype.filter.call(document.querySelectorAll('form.check'), function (e) {"
                        + " return !e.hidden; })[0]; return f ? f.getAttribute('data-check') : null;"));
        return course.check(id).orElseThrow(() -> new AssertionError("no check " + id + " in the course"));
    }

    /** The option ids of the check on screen, top to bottom. */
    @SuppressWarnings("unchecked")
    List<String> optionOrder() {
        return (List<String>) browser.script(
                "var f = Array.prototype.filter.call(document.querySelectorAll('form.check'), function (e) {"
                        + " return !e.hidden; })[0];"
                        + "return Array.prototype.map.call(f.querySelectorAll('.option'), function (o) {"
                        + " return o.getAttribute('data-option'); });");
    }

    /** How many checks a lesson's first round asks: one for each objective that has a check in the course flow. */
    static int checksAsked(Lesson lesson) {
        return (int) lesson.objectives().keySet().stream()
                .filter(o -> lesson.courseChecks().stream()
                        .anyMatch(c -> c.objective().equals(o)))
                .count();
    }

    static int checksAsked(Course course) {
        return course.lessons().stream().mapToInt(ScormPlayer::checksAsked).sum();
    }

    static String startLabel(Lesson lesson) {
        int count = checksAsked(lesson);
        return count == 1 ? "Start the check" : "Start the " + count + " checks";
    }
}
