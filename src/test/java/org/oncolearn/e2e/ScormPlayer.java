package org.oncolearn.e2e;

import java.util.List;
import org.oncolearn.course.Check;
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

    /** Picks the keys, or the first wrong option, and submits. */
    void answer(Check check, boolean correctly) {
        List<Option> picks = correctly
                ? check.options().stream().filter(Option::key).toList()
                : List.of(check.options().stream()
                        .filter(o -> !o.key())
                        .findFirst()
                        .orElseThrow());
        picks.forEach(option -> choose(option.text()));
        click("Check answer");
        browser.waitFor(d -> text().contains(correctly ? "Correct" : "Not quite") ? Boolean.TRUE : null);
    }
}
