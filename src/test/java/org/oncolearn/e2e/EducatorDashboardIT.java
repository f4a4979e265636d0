package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncolearn.account.EducatorAccounts;
import org.oncolearn.course.Course;
import org.oncolearn.draft.DraftService;
import org.oncolearn.draft.EditorService;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The educators' dashboard in a browser: a published course with a draft of its next version and a draft with a very
 * long title, on a desktop and on a phone, with the keyboard only, in English and in German.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class EducatorDashboardIT {

    private static final String USER = "dashboard.educator";
    private static final String PASSWORD = EducatorAccounts.oneTimePassword() + "-it";
    private static final String LONG_TITLE = "Supportive care during immunotherapy and targeted therapy:"
            + " recognising immune-related adverse events early in outpatient oncology nursing";

    /** UTC+14 all year: a zone no server here runs in, so its clock is hours away from the server's. */
    private static final ZoneId FAR_ZONE = ZoneId.of("Pacific/Kiritimati");

    @LocalServerPort
    int port;

    @Autowired
    DraftService drafts;

    @Autowired
    EditorService editor;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("oncolearn.admin.username", () -> USER);
        registry.add("oncolearn.admin.password", () -> PASSWORD);
    }

    @BeforeEach
    void aDraftOfTheBundledCourseAndAnImportedDocument() throws Exception {
        if (drafts.drafts().isEmpty()) {
            UUID copy = editor.edit("immunotherapy", "ana");
            Course course = editor.open(copy).course();
            editor.save(copy, course, "ben");
            drafts.create(
                    drafts.propose(
                            "supportive-care.md",
                            ("# " + LONG_TITLE
                                            + "\n\nColitis during checkpoint inhibitor treatment needs quick action.")
                                    .getBytes(StandardCharsets.UTF_8)),
                    USER);
        }
    }

    @Test
    void the_dashboard_fits_a_desktop_and_a_phone_and_works_with_the_keyboard_alone() {
        for (int width : List.of(1280, 360)) {
            try (Browser browser = width < 500 ? PatientSelfCheckIT.phone(width) : new Browser(width, 1000)) {
                String base = "http://localhost:" + port;
                browser.signIn(base, USER, PASSWORD);
                browser.driver().get(base + "/educator");
                browser.waitForText(LONG_TITLE);

                assertThat(browser.pageText())
                        .contains("Published from the course files")
                        .contains("Draft version 1: in review")
                        .contains("Draft version 1")
                        .contains("draft saved by ben")
                        .contains("None yet: learners get the course once a version is published.");
                fitsTheWidth(browser, width);
                PatientSelfCheckIT.fullPageScreenshot(browser, "dashboard-" + width);
                AccessibilityIT.axe(browser, "dashboard-" + width);

                Keyboard keyboard = new Keyboard(browser);
                List<String> walk = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    keyboard.press(Keys.TAB);
                    walk.add(keyboard.focused());
                    assertThat(focusIsVisible(browser))
                            .as("visible focus on \"%s\" at %d px", keyboard.focused(), width)
                            .isTrue();
                }
                assertThat(walk)
                        .as("Tab order at %d px", width)
                        .containsSubsequence(
                                "Import a document",
                                "Educators",
                                "Change your password",
                                "Edit Immunotherapies and targeted therapies",
                                "Preview Immunotherapies and targeted therapies as a learner",
                                "Results of Immunotherapies and targeted therapies",
                                "Export",
                                "Versions",
                                "Edit " + LONG_TITLE);

                keyboard.tabTo("Export");
                keyboard.press(Keys.ENTER);
                browser.waitForText("What learners get now, from the course files:");
                keyboard.press(Keys.TAB);
                assertThat(keyboard.focused()).isEqualTo("SCORM 1.2");
                fitsTheWidth(browser, width);
                PatientSelfCheckIT.fullPageScreenshot(browser, "dashboard-export-open-" + width);
                AccessibilityIT.axe(browser, "dashboard-export-open-" + width);

                keyboard.tabTo("Edit Immunotherapies and targeted therapies");
                keyboard.press(Keys.ENTER);
                browser.waitForText("Edit course: Immunotherapies and targeted therapies");
            }
        }
    }

    @Test
    void the_dashboard_speaks_german_on_a_phone() {
        try (Browser browser = PatientSelfCheckIT.phone(360)) {
            // An educator 14 hours ahead of the server: times must be theirs, not the server's.
            ((ChromeDriver) browser.driver())
                    .executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", FAR_ZONE.getId()));
            String base = "http://localhost:" + port;
            browser.signIn(base, USER, PASSWORD);
            browser.driver().manage().addCookie(new Cookie("oncolearn-lang", "de"));
            browser.driver().get(base + "/educator");
            browser.waitForText("Bereich für Lehrende");

            assertThat(browser.pageText())
                    .contains("Dokument importieren")
                    .contains("Veröffentlicht aus den Kursdateien")
                    .contains("Entwurf für Version 1: in Prüfung")
                    .contains("Noch niemand hat begonnen.")
                    .doesNotContain("Draft version")
                    .doesNotContain("Learners");
            assertThat(String.valueOf(browser.script("return document.documentElement.lang;")))
                    .isEqualTo("de");
            Matcher saved = Pattern.compile("(\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}), Entwurf gespeichert von ben")
                    .matcher(browser.pageText());
            assertThat(saved.find())
                    .as("the last change of the bundled course's draft")
                    .isTrue();
            LocalDateTime shown = LocalDateTime.parse(saved.group(1), DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm"));
            assertThat(Duration.between(shown, LocalDateTime.now(FAR_ZONE)).abs())
                    .as("saved %s, shown in the educator's time zone, not the server's", shown)
                    .isLessThan(Duration.ofMinutes(15));
            fitsTheWidth(browser, 360);
            PatientSelfCheckIT.fullPageScreenshot(browser, "dashboard-de-360");
            AccessibilityIT.axe(browser, "dashboard-de-360");
        }
    }

    private static void fitsTheWidth(Browser browser, int width) {
        long overflow = browser.sidewaysOverflow();
        assertThat(overflow).as("sideways scrolling at %d px", width).isLessThanOrEqualTo(0);
        Object cut = browser.script("var w = document.documentElement.clientWidth; var out = [];"
                + "document.querySelectorAll('.dashboard *').forEach(function (e) {"
                + "  if (e.offsetParent === null) { return; }"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.width > 0 && (r.right > w + 1 || r.left < -1)) { out.push(e.tagName + '.' + e.className); }"
                + "}); return out.join(', ');");
        assertThat(cut).as("elements beyond the edge at %d px", width).isEqualTo("");
    }

    /** The focused element, or the shadow part that draws its focus ring, shows an outline or a ring. */
    private static boolean focusIsVisible(Browser browser) {
        Object visible = browser.script("var e = document.activeElement;"
                + "if (!e || e === document.body) { return true; }"
                + "var s = getComputedStyle(e);"
                + "if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) { return true; }"
                + "if (s.boxShadow && s.boxShadow !== 'none') { return true; }"
                + "return e.hasAttribute('focus-ring');");
        return Boolean.TRUE.equals(visible);
    }
}
