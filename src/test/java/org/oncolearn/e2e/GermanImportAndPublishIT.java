package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncolearn.account.EducatorAccounts;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;
import org.oncolearn.draft.EditorService;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A German educator imports a document with a fact-check finding, a question bank with a skipped question and a file
 * that cannot be read, and is refused publishing while a flag is open: every message is German, at 1280 and 360 px,
 * without sideways scrolling. Screenshots go to {@code target/screenshots/german-*.png} for a person to look at.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class GermanImportAndPublishIT {

    private static final String USER = "german.educator";
    private static final String PASSWORD = EducatorAccounts.oneTimePassword() + "-it";

    @LocalServerPort
    int port;

    @Autowired
    EditorService editor;

    @DynamicPropertySource
    static void firstEducator(DynamicPropertyRegistry registry) {
        registry.add("oncolearn.admin.username", () -> USER);
        registry.add("oncolearn.admin.password", () -> PASSWORD);
    }

    @Test
    void a_german_educator_reads_every_import_and_publish_message_in_german(@TempDir Path folder) {
        Path leaflet =
                write(folder, "merkblatt.md", "# Merkblatt\n\n## Erste Lektion\n\nCisplatin is an immunotherapy.\n");
        Path bank = write(folder, "fragen.gift", """
                ::tf::Cisplatin ist eine Chemotherapie.{T}

                ::mc::Welche Substanz ist ein Checkpoint-Hemmer?{=Pembrolizumab ~Cisplatin ~Tacrolimus}
                """);
        Path broken = write(folder, "frage-7.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <qti-assessment-item identifier="q7" title="Frage 7">
                  <qti-item-body><p>Welche?</p></qti-item-body>
                """);
        Path brokenGift = write(folder, "fragen-kaputt.gift", "::q::Welche Substanz?{=Pembrolizumab ~Cisplatin\n");
        Path brokenMoodle = write(folder, "fragen-moodle.xml", "<quiz>\n<question type=\"multichoice\">\n</quiz>");
        UUID draft = flaggedAndReviewedDraft();
        for (int width : new int[] {1280, 360}) {
            try (Browser browser = width < 500 ? PatientSelfCheckIT.phone(width) : new Browser(width, 1000)) {
                String base = "http://localhost:" + port;
                browser.signIn(base, USER, PASSWORD);
                browser.driver().manage().addCookie(new Cookie("oncolearn-lang", "de", "/"));
                browser.driver().get(base + "/educator/import");
                browser.waitForText("Dokument importieren");
                shot(browser, "vaadin-upload", "german-import-empty-" + width);

                fileInput(browser).sendKeys(leaflet.toString());
                browser.waitForText("Medizinische Faktenprüfung in merkblatt.md: 1 Meldung");
                assertThat(browser.pageText())
                        .contains("Zeile 5: cisplatin ist platinum chemotherapy, nicht")
                        .doesNotContain("Medical fact check", "line 5");
                shot(browser, ".flag-list", "german-import-finding-" + width);

                fileInput(browser).sendKeys(bank.toString());
                browser.waitForText(
                        "Zeile 1: „tf“ ist eine Wahr-/Falsch-Frage: Nur Multiple-Choice-Fragen werden" + " übernommen");
                shot(browser, ".skipped-questions", "german-import-skipped-" + width);

                fileInput(browser).sendKeys(broken.toString());
                browser.waitForText("frage-7.xml: Zeile 4: Die Datei ist kein wohlgeformtes XML");
                assertThat(browser.pageText()).contains("Es wurde nichts importiert.");
                shot(browser, ".form-problem", "german-import-refused-" + width);

                fileInput(browser).sendKeys(brokenGift.toString());
                browser.waitForText("fragen-kaputt.gift: Zeile 1: Um die Antworten fehlt eine „{“ oder „}“");
                shot(browser, ".form-problem", "german-import-refused-gift-" + width);

                fileInput(browser).sendKeys(brokenMoodle.toString());
                browser.waitForText("fragen-moodle.xml: Zeile 3: Die Datei ist kein wohlgeformtes XML");
                assertThat(browser.pageText()).contains("Es wurde nichts importiert.");
                shot(browser, ".form-problem", "german-import-refused-moodle-" + width);

                browser.driver().get(base + "/educator/drafts/" + draft);
                browser.waitForText("Version 1 veröffentlichen");
                browser.pressWithKeyboard("Version 1 veröffentlichen");
                browser.waitForText("1 Meldung der Faktenprüfung ist noch offen. Korrigieren Sie den Text oder"
                        + " veröffentlichen Sie trotzdem, mit einer Begründung, die mit Ihrem Namen gespeichert wird.");
                assertThat(browser.pageText()).doesNotContain("still open");
                shot(browser, ".publish-section p[role=status]", "german-publish-refused-" + width);
            }
        }
        assertThat(editor.open(draft).latestVersion()).isEmpty();
    }

    /** A copy of the bundled course, reviewed, whose first lesson calls cisplatin an immunotherapy. */
    private UUID flaggedAndReviewedDraft() {
        UUID draft = editor.edit("immunotherapy", USER);
        Course course = editor.open(draft).course();
        Lesson first = course.lessons().getFirst();
        List<Lesson> lessons = new ArrayList<>(course.lessons());
        lessons.set(
                0,
                new Lesson(
                        first.id(),
                        first.number(),
                        first.title(),
                        first.summary(),
                        new LessonText(
                                "Cisplatin is an immunotherapy.\n\n"
                                        + first.text().markdown(),
                                ""),
                        first.objectives(),
                        first.sources(),
                        first.checks(),
                        first.review()));
        editor.save(draft, course.withLessons(lessons), USER);
        editor.recordReview(draft, Optional.empty(), USER, LocalDate.now().plusYears(1));
        return draft;
    }

    /** The message in view, the page checked for sideways scrolling, and a screenshot kept for a person to look at. */
    private static void shot(Browser browser, String selector, String name) {
        WebElement shown = browser.driver().findElement(By.cssSelector(selector));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", shown);
        long overflow = browser.sidewaysOverflow();
        assertThat(overflow).as("sideways scrolling on %s", name).isLessThanOrEqualTo(0);
        browser.screenshot(name);
    }

    private static Path write(Path folder, String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebElement fileInput(Browser browser) {
        WebElement upload = browser.driver().findElement(By.tagName("vaadin-upload"));
        return upload.findElements(By.cssSelector("input[type=file]")).stream()
                .findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
    }
}
