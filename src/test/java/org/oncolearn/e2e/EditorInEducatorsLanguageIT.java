package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.oncolearn.account.EducatorAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The course editor as an educator reads it: a problem in another lesson is fixed by following its link (which opens
 * the lesson and puts the focus on the field, clear of the sticky status bar), at 1280 px and on a 360 px phone, with
 * the keyboard only, without sideways scrolling, with axe-core, and in German.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorInEducatorsLanguageIT {

    private static final String USER = "language.educator";
    private static final String PASSWORD = EducatorAccounts.oneTimePassword() + "-it";
    private static final String STEM = "Stem (the question)";
    private static final Set<String> EDIT_LABELS =
            Set.of("Edit Immunotherapies and targeted therapies", "Immunotherapies and targeted therapies bearbeiten");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void firstEducator(DynamicPropertyRegistry registry) {
        registry.add("oncolearn.admin.username", () -> USER);
        registry.add("oncolearn.admin.password", () -> PASSWORD);
    }

    @Test
    @Order(1)
    void a_problem_in_another_lesson_is_fixed_by_following_its_link_at_1280_px() {
        try (Browser browser = new Browser(1280, 900)) {
            openEditor(browser);
            assertThat(statusText(browser))
                    .startsWith("Published from the course files — your edits make draft version 1 · saved at");
            assertThat(browser.pageText())
                    .contains("Learners get the course as it is in the quizzes/immunotherapy/ folder")
                    .contains("Export draft version 1 as SCORM 1.2 (immunotherapy-v1-draft-scorm12.zip)")
                    .doesNotContain("Not published yet");

            String stem = breakAndFollow(browser, "editor-link-1280");
            fixFocusedField(browser, stem);
            assertNoSidewaysScrolling(browser, "editor at 1280 px");
            AccessibilityIT.axe(browser, "course-editor-sentences");
        }
    }

    /** Last: it publishes version 1, which the other tests' drafts would then build on. */
    @Test
    @Order(3)
    void on_a_360_px_phone_the_editor_fits_and_a_link_puts_its_field_below_the_status_bar() {
        try (Browser browser = PatientSelfCheckIT.phone(360)) {
            openEditor(browser);
            assertThat(browser.script("return window.innerWidth;")).isEqualTo(360L);
            assertNoSidewaysScrolling(browser, "editor at 360 px, lesson 1");
            for (int lesson = 2; lesson <= 4; lesson++) {
                browser.pressWithKeyboard("Lesson " + lesson);
                browser.waitForText("Checks of lesson " + lesson);
                assertNoSidewaysScrolling(browser, "editor at 360 px, lesson " + lesson);
            }
            browser.pressWithKeyboard("Lesson 1");
            browser.waitForText("Checks of lesson 1");

            String stem = breakAndFollow(browser, "editor-link-360");
            assertNoSidewaysScrolling(browser, "editor at 360 px with a problem listed");
            fixFocusedField(browser, stem);
            AccessibilityIT.axe(browser, "course-editor-360");

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
            assertThat(statusText(browser)).startsWith("Published version 1 — your edits make draft version 2");
            assertThat(browser.pageText())
                    .contains("Export version 1 as SCORM 1.2 (immunotherapy-v1-scorm12.zip)")
                    .contains("Export draft version 2 as QTI 3.0 (immunotherapy-v2-draft-qti3.zip)");
            assertNoSidewaysScrolling(browser, "editor at 360 px after publishing");
            browser.script("window.scrollTo(0, document.body.scrollHeight);");
            browser.screenshot("editor-published-360");
        }
    }

    @Test
    @Order(2)
    void in_german_the_editor_and_its_sentences_are_german() {
        try (Browser browser = new Browser(1280, 900)) {
            String base = "http://localhost:" + port;
            browser.signIn(base, USER, PASSWORD);
            browser.driver().manage().addCookie(new Cookie("oncolearn-lang", "de", "/"));
            openEditor(browser);
            browser.waitForText("Kurs bearbeiten: Immunotherapies and targeted therapies");
            assertThat(statusText(browser))
                    .startsWith("Veröffentlicht aus den Kursdateien – Ihre Änderungen ergeben Entwurfsversion 1");
            assertThat(browser.pageText())
                    .contains("Fragen zu Lektion 1", "Meine Prüfung des ganzen Kurses festhalten")
                    .contains("Entwurfsversion 1 als SCORM 1.2 exportieren (immunotherapy-v1-draft-scorm12.zip)");

            WebElement option = field(browser, "vaadin-text-field", "Antwort B");
            replaceText(option.findElement(By.tagName("input")), "Keine der genannten Antworten, never");
            browser.waitForText("verrät geübten Lernenden, dass diese Antwort falsch ist");
            assertThat(browser.pageText())
                    .contains("Lektion 1, Frage a1, Antwort B: „never“ verrät geübten Lernenden")
                    .doesNotContain("absolute-words", "!editor.");
            browser.screenshot("editor-german");
            AccessibilityIT.axe(browser, "course-editor-german");
        }
    }

    private void openEditor(Browser browser) {
        String base = "http://localhost:" + port;
        if (!browser.driver().getCurrentUrl().startsWith(base)) {
            browser.signIn(base, USER, PASSWORD);
        }
        browser.driver().get(base + "/educator");
        // The dashboard's button reads "Edit"; its accessible name adds the course, as a screen reader announces it.
        WebElement edit = browser.waitFor(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> EDIT_LABELS.contains(String.valueOf(b.getDomAttribute("aria-label"))) && b.isDisplayed())
                .findFirst()
                .orElse(null));
        browser.script("arguments[0].focus();", edit);
        edit.sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.findElements(By.cssSelector(".save-status")).isEmpty() ? null : Boolean.TRUE);
        browser.waitFor(d -> statusText(browser).isEmpty() ? null : Boolean.TRUE);
    }

    /**
     * Empties the stem of lesson 2's first check, goes back to lesson 1, and follows the problem's link from the list
     * at the top with the keyboard: lesson 2 opens, and its stem has the focus, in view and not under the status bar.
     */
    static String breakAndFollow(Browser browser, String shot) {
        browser.pressWithKeyboard("Lesson 2");
        browser.waitForText("Checks of lesson 2");
        WebElement stem = field(browser, "vaadin-text-area", STEM);
        String original = stem.getDomProperty("value");
        replaceText(stem.findElement(By.tagName("textarea")), "");
        browser.waitForText("this field is empty — fill it in.");
        browser.pressWithKeyboard("Lesson 1");
        browser.waitForText("Checks of lesson 1");

        WebElement link =
                browser.waitFor(d -> d.findElements(By.cssSelector(".editor-overview button.field-link")).stream()
                        .filter(b -> b.getText().strip().matches("Lesson 2, check [a-z0-9-]+, stem"))
                        .findFirst()
                        .orElse(null));
        assertThat(link.findElement(By.xpath("./..")).getText()).endsWith(": this field is empty — fill it in.");
        browser.script("arguments[0].focus();", link);
        link.sendKeys(Keys.ENTER);

        browser.waitForText("Checks of lesson 2");
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script(
                        "const a = document.activeElement;"
                                + "const f = a && a.closest('vaadin-text-area');"
                                + "return !!f && f.label === arguments[0] && f.invalid;",
                        STEM))
                ? Boolean.TRUE
                : null);
        @SuppressWarnings("unchecked")
        Map<String, Object> rects = (Map<String, Object>)
                browser.script("const f = document.activeElement.closest('vaadin-text-area').getBoundingClientRect();"
                        + "const bar = document.querySelector('.save-status').getBoundingClientRect();"
                        + "return {fieldTop: f.top, fieldBottom: f.bottom, barBottom: bar.bottom,"
                        + " barTop: bar.top, height: window.innerHeight};");
        browser.screenshot(shot);
        double fieldTop = ((Number) rects.get("fieldTop")).doubleValue();
        assertThat(fieldTop)
                .as("the focused field starts below the status bar: %s", rects)
                .isGreaterThanOrEqualTo(((Number) rects.get("barBottom")).doubleValue());
        assertThat(fieldTop)
                .as("and on the screen: %s", rects)
                .isLessThan(((Number) rects.get("height")).doubleValue());
        return original;
    }

    /** Types into the field that has the focus, as the educator does after following the link. */
    static void fixFocusedField(Browser browser, String text) {
        WebElement focused = browser.driver().switchTo().activeElement();
        focused.sendKeys(text);
        focused.sendKeys(Keys.TAB);
        browser.waitFor(d -> statusText(browser).contains("no problems to fix") ? Boolean.TRUE : null);
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".editor-overview"))
                        .getText())
                .doesNotContain("this field is empty");
    }

    private static void assertNoSidewaysScrolling(Browser browser, String where) {
        Object report =
                browser.script("const d = document.documentElement; const width = d.clientWidth; const wide = [];"
                        + "for (const e of document.querySelectorAll('body *')) {"
                        + "  const r = e.getBoundingClientRect();"
                        + "  if (r.width > 0 && r.right > width + 1) wide.push(e.localName + '.' + e.className"
                        + "    + ' ' + Math.round(r.left) + '–' + Math.round(r.right));"
                        + "}"
                        + "return (d.scrollWidth - width) + ' ' + wide.slice(0, 8).join(' | ');");
        assertThat(String.valueOf(report)).as(where).startsWith("0 ");
    }

    static String statusText(Browser browser) {
        List<WebElement> status = browser.driver().findElements(By.cssSelector(".save-status"));
        return status.isEmpty() ? "" : status.getFirst().getText();
    }

    private static WebElement field(Browser browser, String tag, String label) {
        return browser.waitFor(d -> d.findElements(By.tagName(tag)).stream()
                .filter(f -> label.equals(f.getDomProperty("label")) && f.isDisplayed())
                .findFirst()
                .orElse(null));
    }

    /** Selects what is there, types over it (or deletes it), then leaves the field, as a keyboard user does. */
    private static void replaceText(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(text.isEmpty() ? Keys.DELETE.toString() : text);
        input.sendKeys(Keys.TAB);
    }
}
