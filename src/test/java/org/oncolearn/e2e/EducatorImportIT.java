package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncolearn.account.EducatorAccounts;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.contentimport.CourseWriter;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An educator signs in, imports the seed text, sees its two flags and four lessons, creates a draft and exports; and
 * imports a course zip, after a file that is not one is refused.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class EducatorImportIT {

    private static final String USER = "lead.educator";
    private static final String PASSWORD = EducatorAccounts.oneTimePassword() + "-it";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void firstEducator(DynamicPropertyRegistry registry) {
        registry.add("oncolearn.admin.username", () -> USER);
        registry.add("oncolearn.admin.password", () -> PASSWORD);
    }

    @Test
    void educator_imports_the_seed_and_creates_a_draft() throws Exception {
        try (Browser browser = new Browser(1280, 1000)) {
            String base = "http://localhost:" + port;
            browser.driver().get(base + "/educator/import");
            browser.waitForText("Educator sign-in");
            browser.signIn(base, USER, PASSWORD);
            browser.driver().get(base + "/educator/import");
            browser.waitForText("Import a document");

            fileInput(browser).sendKeys(seed().toAbsolutePath().normalize().toString());

            browser.waitForText("Medical fact check: 2 flags in 000_3c21eb6106e5c222.txt");
            String page = browser.pageText();
            assertThat(page)
                    .contains("line 18: cisplatin is platinum chemotherapy, not an immunotherapy")
                    .contains("line 26: tacrolimus is a calcineurin-inhibitor immunosuppressant")
                    .contains("4 proposed lessons, one per section of the document");
            assertThat(browser.script(
                            "return Array.from(document.querySelectorAll('vaadin-text-field')).map(f => f.label);"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .containsExactly(
                            "Course title", "Lesson 1 title", "Lesson 2 title", "Lesson 3 title", "Lesson 4 title");
            browser.screenshot("import-proposal");

            browser.click("Create draft course");
            browser.waitForText("Edit course: Immunotherapies And Targeted Therapies");
            assertThat(browser.driver().getCurrentUrl()).contains("/educator/drafts/");
            assertThat(browser.pageText()).contains("2 fact-check flags", "Publish version 1");
            browser.screenshot("draft");
        }
    }

    @Test
    void educator_accepts_edits_and_rejects_drafted_checks_and_publishing_waits_for_the_rest() throws Exception {
        for (int width : new int[] {1280, 360}) {
            try (Browser browser = width < 500 ? PatientSelfCheckIT.phone(width) : new Browser(width, 1000)) {
                String base = "http://localhost:" + port;
                browser.signIn(base, USER, PASSWORD);
                browser.driver().get(base + "/educator/import");
                browser.waitForText("Import a document");
                fileInput(browser).sendKeys(seed().toAbsolutePath().normalize().toString());
                browser.waitForText("4 checks will be drafted from the knowledge base (3 for nursing students, 1 for"
                        + " patients), for you to accept, edit or reject.");
                assertThat(browser.pageText()).contains("9 checks will be drafted from the knowledge base");
                browser.screenshot("import-drafts-" + width);

                browser.pressWithKeyboard("Create draft course");
                browser.waitForText("Check 1: lesson-1-d1 (proposal)");
                assertThat(browser.pageText())
                        .contains("28 proposed checks waiting: accept or reject each one")
                        .contains("Drafted from the knowledge base.");
                browser.screenshot("editor-proposal-" + width);
                AccessibilityIT.axe(browser, "editor-proposals-" + width);
                assertFitsSideways(browser, width);

                // Edit: the educator sharpens the first proposal's question; the proposal is saved as it is typed.
                WebElement stem = browser.driver().findElements(By.tagName("vaadin-text-area")).stream()
                        .filter(a -> "Stem (the question)".equals(a.getDomProperty("label")))
                        .findFirst()
                        .orElseThrow();
                stem.findElement(By.tagName("textarea")).sendKeys(" Choose one.");
                browser.waitForText("saved at");

                browser.pressWithKeyboard("Accept check lesson-1-d1");
                browser.waitForText("27 proposed checks waiting");
                assertThat(browser.pageText())
                        .contains("Check 1: lesson-1-d1\n")
                        .doesNotContain("Accept check lesson-1-d1");
                assertThat(browser.script("return Array.from(document.querySelectorAll('vaadin-text-area'))"
                                + ".find(a => a.label === 'Stem (the question)').value"))
                        .asString()
                        .endsWith("Choose one.");

                browser.pressWithKeyboard("Reject check lesson-1-d2");
                browser.waitForText("26 proposed checks waiting");
                assertThat(browser.pageText()).doesNotContain("lesson-1-d2");
                assertThat(browser.driver().findElements(By.tagName("vaadin-button")).stream()
                                .filter(b -> b.getText().startsWith("Publish version"))
                                .findFirst()
                                .orElseThrow()
                                .getDomAttribute("disabled"))
                        .isNotNull();
                browser.screenshot("editor-proposal-settled-" + width);
            }
        }
    }

    @Test
    void educator_imports_a_course_zip_after_a_pdf_named_zip_is_refused(@TempDir Path folder) throws Exception {
        Path fake = Files.write(folder.resolve("leaflet.zip"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        Path course = Files.write(
                folder.resolve("immunotherapy.zip"),
                CourseWriter.write(CourseLoader.load(Path.of("quizzes", "immunotherapy")))
                        .zip());
        try (Browser browser = new Browser(1280, 1000)) {
            String base = "http://localhost:" + port;
            browser.signIn(base, USER, PASSWORD);
            browser.driver().get(base + "/educator/import");
            browser.waitForText("Import a document");

            fileInput(browser).sendKeys(fake.toString());
            browser.waitForText("leaflet.zip is not a zip file (it looks like a PDF document).");
            browser.screenshot("import-zip-refused");

            fileInput(browser).sendKeys(course.toString());
            browser.waitForText("Edit course: Immunotherapies and targeted therapies");
            assertThat(browser.driver().getCurrentUrl()).contains("/educator/drafts/");
        }
    }

    /** No sideways scrolling once the page is idle (Vaadin's loading indicator may be shown for a moment). */
    private static void assertFitsSideways(Browser browser, int width) {
        String fits = "var d = document.documentElement; return d.scrollWidth <= d.clientWidth;";
        try {
            browser.waitFor(d -> Boolean.TRUE.equals(browser.script(fits)) ? Boolean.TRUE : null);
        } catch (org.openqa.selenium.TimeoutException e) {
            Object wider = browser.script("var w = document.documentElement.clientWidth;"
                    + " return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > w + 1).slice(0, 12)"
                    + ".map(e => e.tagName + '.' + e.className).join(', ')"
                    // Text that runs past its box (a long word) widens the page without any element doing so.
                    + " + ' | text: ' + (function () { var out = [];"
                    + "  var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                    + "  while (walk.nextNode() && out.length < 8) { var r = document.createRange();"
                    + "    r.selectNodeContents(walk.currentNode); var b = r.getBoundingClientRect();"
                    + "    if (b.right > w + 1) out.push(walk.currentNode.textContent.slice(0, 60)"
                    + "      + ' (' + walk.currentNode.parentElement.tagName + ' ' + Math.round(b.right) + ')'); }"
                    + "  return out.join(' / '); })()");
            throw new AssertionError("sideways scrolling at " + width + " px; wider than the page: " + wider, e);
        }
    }

    private static WebElement fileInput(Browser browser) {
        WebElement upload = browser.driver().findElement(By.tagName("vaadin-upload"));
        return upload.findElements(By.cssSelector("input[type=file]")).stream()
                .findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
    }

    @Test
    void educator_downloads_a_scorm_package_from_the_export_screen() {
        try (Browser browser = new Browser(1280, 1000)) {
            String base = "http://localhost:" + port;
            browser.signIn(base, USER, PASSWORD);
            browser.driver().get(base + "/");
            browser.click("Continue without a name");
            browser.waitFor(d -> d.findElements(By.linkText("Export for LMS")).isEmpty() ? null : Boolean.TRUE);
            browser.driver().findElement(By.linkText("Export for LMS")).click();
            browser.waitForText("Export for LMS: Immunotherapies and targeted therapies");
            browser.choose("SCORM 2004 4th Edition: reports completion and pass/fail separately");
            // The file name carries the published version when there is one (another test may have published).
            browser.waitForText("Download the SCORM 2004 4th Edition package (immunotherapy-");
            browser.screenshot("export-view");

            @SuppressWarnings("unchecked")
            Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                    .executeAsyncScript("var done = arguments[arguments.length - 1];"
                            + "var link = document.querySelector('a.download-link');"
                            + "fetch(link.href).then(function (r) {"
                            + "  var disposition = r.headers.get('content-disposition');"
                            + "  return r.arrayBuffer().then(function (b) {"
                            + "    var bytes = new Uint8Array(b);"
                            + "    done({status: r.status, disposition: disposition, size: bytes.length,"
                            + "          magic: String.fromCharCode(bytes[0], bytes[1])});"
                            + "  });"
                            + "}).catch(function (e) { done({error: String(e)}); });");

            assertThat(download.get("status")).isEqualTo(200L);
            assertThat((String) download.get("disposition")).containsPattern("immunotherapy(-v\\d+)?-scorm2004\\.zip");
            assertThat(download.get("magic")).isEqualTo("PK");
            assertThat((Long) download.get("size")).isGreaterThan(10_000L);
        }
    }

    private static Path seed() {
        Path relative = Path.of("..", "shared", "seed", "000_3c21eb6106e5c222.txt");
        return Files.exists(relative) ? relative : Path.of("/work/shared/seed/000_3c21eb6106e5c222.txt");
    }
}
