package org.oncolearn.e2e;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Option;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

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

    // ---------------------------------------------------------------- the player's words

    /**
     * The player's English words (i18n/player.properties) still on screen: a visible text, or an accessible name or
     * drawn label (aria-label, title, data-label), that is one of them as a whole, its placeholders standing for any
     * text; course content is not looked at. Words that German writes the same ("–", "{0} %") are left out. In a
     * German course the list must be empty.
     */
    @SuppressWarnings("unchecked")
    List<String> englishPlayerWords() {
        Properties english = texts("/i18n/player.properties");
        Properties german = texts("/i18n/player_de.properties");
        List<String> patterns = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            if (!text.equals(german.getProperty(key))) {
                patterns.add(regex(text));
            }
        }
        return (List<String>) browser.script(
                "var patterns = arguments[0].map(function (p) { return new RegExp('^(?:' + p + ')$'); });"
                        + "var found = [];"
                        + "function check(text) { text = text.replace(/\\s+/g, ' ').trim();"
                        + "  if (text && patterns.some(function (p) { return p.test(text); })) { found.push(text); } }"
                        + "var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                        + "for (var node = walker.nextNode(); node; node = walker.nextNode()) {"
                        + "  var parent = node.parentElement;"
                        + "  if (parent.closest('script, noscript') || parent.getClientRects().length === 0) {"
                        + "    continue;"
                        + "  }"
                        // Course content, which is in whatever words its author chose: the course title, a lesson's
                        // summary, objectives, text and sources, a check's stem and options, and a rationale.
                        + "  if (parent.closest(arguments[1]) || parent.matches('.in-short')"
                        + "      || (parent.matches('.feedback p') && parent.querySelector('strong'))) { continue; }"
                        + "  check(node.data);"
                        + "}"
                        + "document.querySelectorAll('[aria-label], [title], [data-label]').forEach(function (e) {"
                        + "  ['aria-label', 'title', 'data-label'].forEach(function (a) {"
                        + "    if (e.hasAttribute(a)) { check(e.getAttribute(a)); } }); });"
                        + "check(document.getElementById('connection').textContent);"
                        + "return found;",
                patterns,
                ".course-title, .lesson-body, .objectives, details.sources ul, .stem, .option label, .rationale");
    }

    /** A text as a JavaScript regular expression: its placeholders match any text, or a number (see below). */
    private static String regex(String text) {
        StringBuilder out = new StringBuilder();
        String[] parts = text.split("\\{\\d+}", -1);
        // Around a few letters ("{0} of {1}", "{0} marks") a placeholder is a number: any text there would find
        // English words in any sentence of the course's content that has "of" in it.
        String placeholder =
                String.join("", parts).replaceAll("\\P{L}", "").length() < 6 ? "[−+]?[\\d.,]+" : "[\\s\\S]+";
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i > 0) {
                out.append(placeholder);
            }
            out.append(part.replace('\u00a0', ' ').replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0"));
        }
        return out.toString();
    }

    private static Properties texts(String resource) {
        Properties properties = new Properties();
        try (var in = ScormPlayer.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    // ---------------------------------------------------------------- the keyboard alone

    void keys(CharSequence... keys) {
        new Actions(driver()).sendKeys(keys).perform();
    }

    /** The focused element's text, white space collapsed. */
    String focused() {
        return ((String) browser.script("return (document.activeElement.textContent || '').replace(/\\s+/g, ' ');"))
                .strip();
    }

    /** Presses Tab until the element with this text has the focus. */
    void tabTo(String text) {
        for (int i = 0; i < 120 && !focused().equals(text); i++) {
            keys(Keys.TAB);
        }
        if (!focused().equals(text)) {
            throw new AssertionError(
                    "\"" + text + "\" cannot be reached with the Tab key; the focus is on \"" + focused() + "\"");
        }
    }

    /** Presses Tab until the focused element matches the CSS selector. */
    void tabToMatching(String selector) {
        for (int i = 0; i < 120 && !focusedMatches(selector); i++) {
            keys(Keys.TAB);
        }
        if (!focusedMatches(selector)) {
            throw new AssertionError("nothing that matches " + selector + " can be reached with the Tab key");
        }
    }

    private boolean focusedMatches(String selector) {
        return Boolean.TRUE.equals(browser.script("return document.activeElement.matches(arguments[0]);", selector));
    }

    /**
     * Answers the check on screen with the keyboard alone, from its heading: the keys or the first wrong option,
     * chosen with the arrow keys (one answer) or Space (several), a confidence level when one is given ("low",
     * "medium", "high"), and the submit button, whose label is given in the course's language.
     */
    void answerByKeyboard(boolean correctly, String level, String submitLabel) {
        String answer = "form.check:not([hidden]) fieldset.answer input";
        tabToMatching(answer);
        boolean multiple = focusedMatches("[type=checkbox]");
        String wanted = correctly ? "true" : "false";
        if (multiple) {
            boolean wrongPicked = false;
            while (focusedMatches(answer)) {
                String key = (String)
                        browser.script("return document.activeElement.closest('.option').getAttribute('data-key');");
                if (correctly ? key.equals("true") : !wrongPicked && key.equals("false")) {
                    keys(Keys.SPACE);
                    wrongPicked = true;
                }
                keys(Keys.TAB);
            }
        } else {
            keys(Keys.SPACE);
            for (int i = 0;
                    i < 10
                            && !wanted.equals(browser.script(
                                    "return document.activeElement.closest('.option').getAttribute('data-key');"));
                    i++) {
                keys(Keys.ARROW_DOWN);
            }
        }
        if (level != null) {
            tabToMatching("form.check:not([hidden]) .confidence input");
            keys(Keys.SPACE);
            for (int i = 0; i < 3 && !focusedMatches("[value=" + level + "]"); i++) {
                keys(Keys.ARROW_RIGHT);
            }
        }
        tabTo(submitLabel);
        keys(Keys.ENTER);
    }
}
