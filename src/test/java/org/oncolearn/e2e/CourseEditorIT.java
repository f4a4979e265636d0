package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncolearn.account.EducatorAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An educator edits a check, sees the lint react, fixes it, reviews, publishes and exports the version; axe-core checks
 * the editor (WCAG 2.1 A and AA).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class CourseEditorIT {

    private static final String USER = "editor.educator";
    private static final String PASSWORD = EducatorAccounts.oneTimePassword() + "-it";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void firstEducator(DynamicPropertyRegistry registry) {
        registry.add("oncolearn.admin.username", () -> USER);
        registry.add("oncolearn.admin.password", () -> PASSWORD);
    }

    @Test
    void educator_edits_a_check_fixes_the_lint_warning_reviews_publishes_and_exports() {
        try (Browser browser = new Browser(1280, 1000)) {
            String base = "http://localhost:" + port;
            browser.signIn(base, USER, PASSWORD);
            browser.driver().get(base + "/educator");
            browser.clickLabelled("Edit Immunotherapies and targeted therapies");
            browser.waitForText("Edit course: Immunotherapies and targeted therapies");
            AccessibilityIT.axe(browser, "educator-course-editor");

            WebElement optionB = optionField(browser, "Option B");
            String original = optionB.getDomProperty("value");
            replaceText(optionB, original + " and it never fails");
            browser.waitForText("marks this option as wrong for test-wise learners");
            assertThat(browser.pageText())
                    .contains("Lesson 1, check a1, option B: “never” marks this option as wrong for test-wise learners"
                            + " — state the idea without the absolute.")
                    .doesNotContain("absolute-words");
            browser.screenshot("editor-lint-warning");

            replaceText(optionField(browser, "Option B"), original);
            browser.waitFor(d -> browser.pageText().contains("marks this option as wrong") ? null : Boolean.TRUE);

            browser.choose("I have checked every lesson and check against its sources");
            browser.click("Record my review of the whole course");
            browser.waitForText("Review recorded.");
            browser.click("Publish version 1");
            browser.waitForText("Published version 1");
            browser.screenshot("editor-published");
            AccessibilityIT.axe(browser, "educator-course-editor-published");

            @SuppressWarnings("unchecked")
            Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                    .executeAsyncScript("var done = arguments[arguments.length - 1];"
                            + "var link = Array.from(document.querySelectorAll('a.download-link'))"
                            + "  .find(a => a.textContent === 'Export version 1 as SCORM 1.2 (immunotherapy-v1-scorm12.zip)');"
                            + "fetch(link.href).then(function (r) {"
                            + "  var disposition = r.headers.get('content-disposition');"
                            + "  return r.arrayBuffer().then(function (b) {"
                            + "    var bytes = new Uint8Array(b);"
                            + "    done({status: r.status, disposition: disposition, size: bytes.length,"
                            + "          magic: String.fromCharCode(bytes[0], bytes[1])});"
                            + "  });"
                            + "}).catch(function (e) { done({error: String(e)}); });");
            assertThat(download.get("status")).isEqualTo(200L);
            assertThat((String) download.get("disposition")).contains("immunotherapy-v1-scorm12.zip");
            assertThat(download.get("magic")).isEqualTo("PK");
            assertThat((Long) download.get("size")).isGreaterThan(10_000L);
        }
    }

    private static WebElement optionField(Browser browser, String label) {
        return browser.waitFor(d -> d.findElements(By.tagName("vaadin-text-field")).stream()
                .filter(f -> label.equals(f.getDomProperty("label")))
                .findFirst()
                .orElse(null));
    }

    /** Types as a user does: select what is there, type over it, then leave the field. */
    private static void replaceText(WebElement field, String text) {
        WebElement input = field.findElement(By.tagName("input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }
}
