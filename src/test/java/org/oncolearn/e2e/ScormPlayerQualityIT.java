package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.export.GeneratedCourse;
import org.oncolearn.export.ScormStandard;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/** Accessibility, compactness and safety of the exported player, checked in headless Chromium. */
class ScormPlayerQualityIT {

    /** Clicks through whatever screen is shown until the course summary appears: a quick way to the end. */
    private static final String RUN_THROUGH_COURSE = """
            var shown = function (selector) {
              return Array.prototype.filter.call(document.querySelectorAll(selector), function (e) { return !e.hidden; })[0];
            };
            for (var step = 0; step < 10000; step++) {
              var reader = shown('.lesson-reader'), form = shown('form.check'), result = shown('#lesson-result');
              if (reader) {
                reader.querySelector('[data-action=checks]').click();
              } else if (form) {
                var submit = form.querySelector('button[type=submit]');
                if (!submit.hidden) {
                  form.querySelectorAll('.option input').forEach(function (input) { input.checked = input.closest('.option').getAttribute('data-key') === 'true'; });
                  var levels = form.querySelectorAll('.confidence input');
                  if (levels.length > 0) {
                    levels[2].checked = true;
                  }
                  submit.click();
                } else {
                  form.querySelector('[data-action=next]').click();
                }
              } else if (result) {
                result.querySelector('[data-action=continue], [data-action=summary]').click();
              } else {
                break;
              }
            }
            return !document.getElementById('course-summary').hidden;
            """;

    /**
     * Like {@link #RUN_THROUGH_COURSE}, but answers the checks of the first two objectives of every lesson wrong until
     * the lesson has been retried three times, and says how sure it is when asked.
     */
    private static final String RUN_THROUGH_COURSE_WITH_RETRIES = """
            var shown = function (selector) {
              return Array.prototype.filter.call(document.querySelectorAll(selector), function (e) { return !e.hidden; })[0];
            };
            var retries = {};
            for (var step = 0; step < 20000; step++) {
              var reader = shown('.lesson-reader'), form = shown('form.check'), result = shown('#lesson-result');
              if (reader) {
                reader.querySelector('[data-action=checks]').click();
              } else if (form) {
                var submit = form.querySelector('button[type=submit]');
                if (!submit.hidden) {
                  var objective = form.getAttribute('data-objective');
                  var wrong = (retries[form.getAttribute('data-lesson')] || 0) < 3 && (objective === 'O1' || objective === 'O2');
                  form.querySelectorAll('.option').forEach(function (row) {
                    var key = row.getAttribute('data-key') === 'true';
                    row.querySelector('input').checked = wrong ? !key : key;
                  });
                  var levels = form.querySelectorAll('.confidence input');
                  if (levels.length > 0) {
                    levels[step % 3].checked = true;
                  }
                  submit.click();
                } else {
                  form.querySelector('[data-action=next]').click();
                }
              } else if (result) {
                var lesson = Number(result.getAttribute('data-lesson'));
                var retry = result.querySelector('[data-action=retry]');
                if (retry) {
                  retries[lesson] = (retries[lesson] || 0) + 1;
                  retry.click();
                } else {
                  result.querySelector('[data-action=continue], [data-action=summary]').click();
                }
              } else {
                break;
              }
            }
            window.retriesDone = retries;
            return !document.getElementById('course-summary').hidden;
            """;

    @TempDir
    static Path siteRoot;

    static Course bundled;

    static StaticSite site;
    static Browser browser;
    static ScormPlayer player;

    @BeforeAll
    static void exportAndServe() throws IOException {
        bundled = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        Course tricky = CourseLoader.load(Path.of("src", "test", "resources", "export", "tricky"));
        // Four times the bundled course (48 checks over 19 objectives in 4 lessons): 192 checks over 76 objectives.
        Course large = CourseLoader.load(GeneratedCourse.write(
                siteRoot.resolve("content"), "large", 16, 12, lesson -> lesson % 4 == 0 ? 4 : 5, true));
        export(bundled, ScormStandard.SCORM2004, "bundled");
        export(bundled.withConfidence(true), ScormStandard.SCORM2004, "sure");
        export(withGermanTitles(bundled), ScormStandard.SCORM2004, "german");
        export(withGermanTitles(bundled).withConfidence(true), ScormStandard.SCORM2004, "german-sure");
        export(tricky, ScormStandard.SCORM12, "tricky");
        export(tricky.withLanguage("fr"), ScormStandard.SCORM12, "french");
        export(large, ScormStandard.SCORM12, "large");
        TestLms.install(siteRoot);
        site = new StaticSite(siteRoot);
        browser = new Browser(1200, 900);
        player = new ScormPlayer(browser);
    }

    private static void export(Course course, ScormStandard standard, String folder) throws IOException {
        ScormPackageInLmsIT.unzip(
                ScormPackageInLmsIT.exporter().export(course, standard).open(), siteRoot.resolve(folder));
    }

    @AfterAll
    static void stop() {
        browser.close();
        site.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bundled", "sure"})
    void every_player_screen_has_no_wcag_21_a_or_aa_violation(String folder) {
        boolean sure = folder.equals("sure");
        int asked = ScormPlayer.checksAsked(bundled.lessons().getFirst());
        openStandalone(folder);
        assertNoViolations(folder + "-lesson");
        player.click(ScormPlayer.startLabel(bundled.lessons().getFirst()));
        assertNoViolations(folder + "-check");
        // An English course keeps its English words, which the check for a German course would find.
        assertThat(player.englishPlayerWords())
                .contains("Course progress", "Lessons", "Check answer", "Skip to the lesson")
                .anyMatch(text -> text.matches("0 of \\d+ checks answered"))
                .anyMatch(text -> text.matches("Check 1 of \\d+ · Lesson 1"))
                .anyMatch(text -> text.startsWith("No learning management system was found. This is an offline"));
        player.choose(firstOptionLabel());
        player.click("Check answer");
        if (sure) {
            assertThat(player.text()).contains("Choose how sure you are");
            assertNoViolations(folder + "-check-error");
            player.sure("Fairly sure (medium)");
            player.click("Check answer");
        }
        browser.waitFor(
                d -> player.text().contains("Correct") || player.text().contains("Not quite") ? Boolean.TRUE : null);
        assertNoViolations(folder + "-feedback");
        for (int i = 1; i < asked; i++) {
            player.click("Next check");
            player.choose(firstOptionLabel());
            if (sure) {
                player.sure("Sure (high)");
            }
            player.click("Check answer");
        }
        player.click("See your lesson result");
        if (sure) {
            assertThat(player.text()).contains("Your marks:", "When you were sure, you were right");
        }
        assertNoViolations(folder + "-lesson-result");
        assertThat(browser.script(RUN_THROUGH_COURSE)).isEqualTo(Boolean.TRUE);
        assertNoViolations(folder + "-course-summary");
    }

    @Test
    void a_learner_can_answer_a_check_with_the_keyboard_alone() {
        openStandalone("bundled");
        int asked = ScormPlayer.checksAsked(bundled.lessons().getFirst());
        tabTo(ScormPlayer.startLabel(bundled.lessons().getFirst()));
        keys(Keys.ENTER);
        assertThat(focused()).isEqualTo("Check 1 of " + asked + " · Lesson 1");
        keys(Keys.TAB);
        assertThat(browser.script("return document.activeElement.type;")).isEqualTo("radio");
        keys(Keys.SPACE);
        keys(Keys.TAB);
        assertThat(focused()).isEqualTo("Check answer");
        keys(Keys.ENTER);
        browser.waitFor(
                d -> player.text().contains("Correct") || player.text().contains("Not quite") ? Boolean.TRUE : null);
        assertThat(focused()).as("focus moves to the way on").isEqualTo("Next check");
        assertThat(browser.script("return document.querySelector('form.check:not([hidden]) .feedback')"
                        + ".getAttribute('role');"))
                .isEqualTo("status");
        keys(Keys.ENTER);
        assertThat(focused()).isEqualTo("Check 2 of " + asked + " · Lesson 1");
        assertThat(browser.script("return getComputedStyle(document.activeElement).outlineStyle;"))
                .isNotEqualTo("none");
    }

    @Test
    void every_screen_of_a_course_that_asks_for_confidence_fits_a_360_px_phone_without_sideways_scrolling() {
        openStandalone("sure");
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.driver().navigate().refresh();
            browser.waitFor(d -> player.heading().isEmpty() ? null : Boolean.TRUE);
            assertThat(browser.script("return window.innerWidth;")).isEqualTo(360L);
            assertFits("lesson");
            player.click(ScormPlayer.startLabel(bundled.lessons().getFirst()));
            assertFits("check");
            player.choose(firstOptionLabel());
            player.click("Check answer");
            assertThat(player.text()).contains("Choose how sure you are");
            assertFits("check-error");
            player.sure("Sure (high)");
            player.click("Check answer");
            browser.waitFor(d ->
                    player.text().contains("Correct") || player.text().contains("Not quite") ? Boolean.TRUE : null);
            assertFits("feedback");
            int asked = ScormPlayer.checksAsked(bundled.lessons().getFirst());
            for (int i = 1; i < asked; i++) {
                player.click("Next check");
                player.choose(firstOptionLabel());
                player.sure("Unsure (low)");
                player.click("Check answer");
            }
            player.click("See your lesson result");
            assertFits("lesson-result");
            assertThat(browser.script(RUN_THROUGH_COURSE)).isEqualTo(Boolean.TRUE);
            assertFits("course-summary");
        } finally {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bundled", "german"})
    void the_course_summary_splits_no_word_of_a_lesson_title_and_stays_a_table_for_screen_readers(String folder) {
        openStandalone(folder);
        assertThat(browser.script(RUN_THROUGH_COURSE)).isEqualTo(Boolean.TRUE);
        boolean german = folder.equals("german");
        Course course = german ? withGermanTitles(bundled) : bundled;
        String summary = german ? "Kurszusammenfassung" : "Course summary";
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        try {
            for (int width : List.of(1280, 360)) {
                String screen = folder + "-course-summary-" + width;
                chrome.executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 600));
                browser.driver().navigate().refresh();
                browser.waitFor(d -> player.heading().equals(summary) ? Boolean.TRUE : null);
                assertThat(browser.script("return window.innerWidth;")).isEqualTo((long) width);
                PatientSelfCheckIT.fullPageScreenshot(browser, "player-" + screen + "-full");
                assertThat(browser.sidewaysOverflow())
                        .as("sideways scrolling on %s", screen)
                        .isLessThanOrEqualTo(0);
                assertThat(browser.wordsSplitAcrossLines("#course-summary"))
                        .as("words split across lines on %s", screen)
                        .isEmpty();
                assertThat(summaryRoles())
                        .as("what a screen reader is told of the summary table on %s", screen)
                        .containsEntry("table", 1L)
                        .containsEntry("columnheader", 4L)
                        .containsEntry("rowheader", (long) course.lessons().size())
                        .containsEntry("cell", 3L * course.lessons().size());
                assertThat(browser.script("return Array.prototype.map.call(document.querySelectorAll("
                                + "'.summary-table tbody th'), function (th) { return th.textContent; });"))
                        .asInstanceOf(InstanceOfAssertFactories.LIST)
                        .containsExactlyElementsOf(course.lessons().stream()
                                .map(l -> (german ? "Lektion " : "Lesson ") + l.number() + ": " + l.title())
                                .toList());
                assertNoViolations(screen);
                int last = course.lessons().size();
                tabTo(german ? "Lektion " + last + " noch einmal ansehen" : "Review lesson " + last);
            }
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * A German course, from the keyboard alone at a phone's and a desktop's width: every state (lesson, check, a
     * missing answer, feedback on a wrong and a right answer, lesson result, a retried check, the next lesson, course
     * summary) speaks German and nothing of the player's English is left, axe finds nothing, nothing scrolls
     * sideways and no word is split across lines.
     */
    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void a_german_course_speaks_german_in_every_state_at_a_phones_and_a_desktops_width(int width) {
        Course course = withGermanTitles(bundled);
        Lesson first = course.lessons().getFirst();
        int asked = ScormPlayer.checksAsked(first);
        openStandalone("german-sure");
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 600));
        try {
            browser.driver().navigate().refresh();
            browser.waitFor(d -> player.heading().isEmpty() ? null : Boolean.TRUE);
            assertThat(browser.script("return window.innerWidth;")).isEqualTo((long) width);
            assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("de");
            assertThat(player.connection())
                    .isEqualTo("Es wurde keine Lernplattform gefunden. Dies ist ein Selbsttest ohne Verbindung: Nichts"
                            + " wird gemeldet, und Ihr Fortschritt bleibt in diesem Browser.");
            assertThat(player.heading()).isEqualTo("Lektion 1: " + first.title());
            germanState(width, "lesson");

            player.tabTo("Mit den " + asked + " Fragen beginnen");
            player.keys(Keys.ENTER);
            assertThat(player.focused()).isEqualTo("Frage 1 von " + asked + " · Lektion 1");
            assertThat(player.text()).contains("Wie sicher sind Sie?", "Unsicher (niedrig)", "Sicher (hoch)");
            germanState(width, "check");

            player.answerByKeyboard(false, null, "Antwort prüfen");
            assertThat(player.text())
                    .contains("Wählen Sie zuerst aus, wie sicher Sie sind (unsicher, ziemlich sicher oder sicher).");
            germanState(width, "check-missing-confidence");

            player.tabToMatching("form.check:not([hidden]) .confidence input");
            player.keys(Keys.SPACE, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            player.tabTo("Antwort prüfen");
            player.keys(Keys.ENTER);
            browser.waitForText("Nicht ganz");
            assertThat(player.focused()).as("focus moves to the way on").isEqualTo("Nächste Frage");
            assertThat(player.text())
                    .contains("Sie waren sicher, und Ihre Antwort war nicht richtig: −6 Punkte.", "Ihre Auswahl: ")
                    .containsPattern("Die richtigen? Antworte?n? (ist|sind): ");
            germanState(width, "feedback-wrong");

            player.keys(Keys.ENTER);
            assertThat(player.focused()).isEqualTo("Frage 2 von " + asked + " · Lektion 1");
            player.answerByKeyboard(true, "low", "Antwort prüfen");
            browser.waitForText("Richtig");
            assertThat(player.text()).contains("Sie waren unsicher, und Ihre Antwort war richtig: +1 Punkt.");
            germanState(width, "feedback-right");

            for (int i = 3; i <= asked; i++) {
                player.keys(Keys.ENTER);
                player.answerByKeyboard(true, "medium", "Antwort prüfen");
                browser.waitFor(d -> player.focused().equals("Nächste Frage")
                                || player.focused().equals("Zum Ergebnis der Lektion")
                        ? Boolean.TRUE
                        : null);
            }
            assertThat(player.focused()).isEqualTo("Zum Ergebnis der Lektion");
            player.keys(Keys.ENTER);
            assertThat(player.focused()).isEqualTo("Ergebnis von Lektion 1");
            assertThat(player.text())
                    .contains((asked - 1) + " von " + asked + " richtig (" + (100 * (asked - 1) / asked) + " %)")
                    .contains("Wie sicher Sie waren", "Das sollten Sie sich noch einmal ansehen")
                    .contains("Wenn Sie unsicher waren, war Ihre Antwort 1 von 1 Mal richtig.");
            germanState(width, "lesson-result");

            player.tabTo("Verpasstes wiederholen (1 Frage)");
            player.keys(Keys.ENTER);
            assertThat(player.focused()).isEqualTo("Neuer Versuch: Frage 1 von 1 · Lektion 1");
            germanState(width, "retry-check");
            player.answerByKeyboard(true, "high", "Antwort prüfen");
            browser.waitForText("Richtig");
            player.keys(Keys.ENTER);
            assertThat(player.text()).contains("Beherrscht: Sie haben die geforderten 80 % erreicht.");
            germanState(width, "lesson-result-mastered");

            Lesson second = course.lessons().get(1);
            player.tabTo("Weiter zu Lektion 2: " + second.title());
            player.keys(Keys.ENTER);
            assertThat(player.focused()).isEqualTo("Lektion 2: " + second.title());
            assertThat(browser.script("return document.querySelector('[data-status-of=\"0\"]').textContent;"))
                    .isEqualTo("beherrscht");
            germanState(width, "lesson-2");

            assertThat(browser.script(RUN_THROUGH_COURSE)).isEqualTo(Boolean.TRUE);
            assertThat(player.heading()).isEqualTo("Kurszusammenfassung");
            assertThat(player.text())
                    .contains("Bestanden: Sie haben die für den Kurs geforderten 80 % erreicht.", "Ihre Punkte: ");
            germanState(width, "course-summary");
            player.tabTo("Lektion 1 noch einmal ansehen");
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** One state of the German course: German words only, axe, no sideways scrolling, no word split, a screenshot. */
    private static void germanState(int width, String name) {
        String screen = "german-" + width + "-" + name;
        PatientSelfCheckIT.fullPageScreenshot(browser, "player-" + screen + "-full");
        assertThat(player.englishPlayerWords())
                .as("English words of the player on %s", screen)
                .isEmpty();
        assertThat(browser.sidewaysOverflow())
                .as("sideways scrolling on %s", screen)
                .isLessThanOrEqualTo(0);
        assertThat(browser.wordsSplitAcrossLines(
                        ".top, .outline, .screen:not([hidden]) .screen-heading, .screen:not([hidden]) button,"
                                + " .hint, .confidence, .form-error, .verdict, .feedback, .screen-body, .notice"))
                .as("words split across lines on %s", screen)
                .isEmpty();
        assertThat(browser.script("return Array.prototype.filter.call(document.querySelectorAll("
                        + "'.screen:not([hidden]) th, .screen:not([hidden]) td, .screen:not([hidden]) button,"
                        + " .screen:not([hidden]) .level, .outline-link'), function (e) {"
                        // The stacked summary's column headers are kept for screen readers in a 1 px box.
                        + " var head = e.closest('thead');"
                        + " return e.offsetParent !== null && !(head && head.getBoundingClientRect().width <= 2)"
                        + " && e.scrollWidth > e.clientWidth + 1; })"
                        + ".map(function (e) { return e.textContent.trim(); });"))
                .as("text wider than its box (a table cell, a button) on %s", screen)
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .isEmpty();
        assertNoViolations(screen);
    }

    /**
     * A course in a language the player has no words in: the words are English and say so element by element, the
     * page and the course's own text keep the course's language, also where a lesson title sits inside the player's
     * words.
     */
    @Test
    void a_course_in_a_language_without_player_texts_marks_the_english_words_as_english() {
        Course course = CourseLoader.load(Path.of("src", "test", "resources", "export", "tricky"))
                .withLanguage("fr");
        openStandalone("french");
        assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("fr");
        assertThat(langOf(".skip-link")).isEqualTo("en");
        assertThat(langOf("#connection")).isEqualTo("en");
        assertThat(langOf(".lesson-reader:not([hidden]) .screen-heading")).isEqualTo("en");
        assertThat(langOf(".lesson-reader:not([hidden]) .screen-heading span")).isEqualTo("fr");
        assertThat(langOf(".lesson-reader:not([hidden]) .lesson-body")).isEqualTo("fr");
        assertNoViolations("french-lesson");

        player.click("Start the check");
        Check check = player.shownCheck(course);
        player.answer(check, false);
        assertThat(langOf("form.check:not([hidden]) .screen-heading")).isEqualTo("en");
        assertThat(langOf("form.check:not([hidden]) .stem")).isEqualTo("fr");
        assertThat(langOf("form.check:not([hidden]) .feedback-title")).isEqualTo("en");
        assertThat(langOf("form.check:not([hidden]) .feedback strong")).isEqualTo("en");
        assertThat(langOf("form.check:not([hidden]) .feedback strong span")).isEqualTo("fr");
        assertThat(langOf("form.check:not([hidden]) .option .verdict:not([hidden])"))
                .isEqualTo("en");
        assertNoViolations("french-feedback");

        player.click("See your lesson result");
        assertThat(langOf("#lesson-result .screen-heading")).isEqualTo("en");
        assertThat(langOf("#lesson-result .missed li")).as("a missed objective").isEqualTo("fr");
        assertThat(langOf("#lesson-result [data-action=continue]")).isEqualTo("en");
        assertThat(langOf("#lesson-result [data-action=continue] span")).isEqualTo("fr");
        assertThat(browser.script(
                        "return document.querySelector('#lesson-result [data-action=continue]').textContent;"))
                .isEqualTo("Continue to lesson 2: Second lesson");
        assertNoViolations("french-lesson-result");
    }

    /** The language a screen reader uses for the first element the selector matches: its nearest lang attribute. */
    private static String langOf(String selector) {
        return (String) browser.script(
                "var e = document.querySelector(arguments[0]);"
                        + "return e === null ? 'no ' + arguments[0] : e.closest('[lang]').getAttribute('lang');",
                selector);
    }

    /** The roles of the course summary's table in the browser's accessibility tree, counted by role. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> summaryRoles() {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Accessibility.enable", Map.of());
        Map<String, Object> document = (Map<String, Object>) chrome.executeCdpCommand("DOM.getDocument", Map.of());
        Object rootId = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object tableId = chrome.executeCdpCommand(
                        "DOM.querySelector", Map.of("nodeId", rootId, "selector", ".summary-table"))
                .get("nodeId");
        // Without a name or a role to look for, the query returns every node of the table's subtree.
        List<Map<String, Object>> nodes = (List<Map<String, Object>>)
                chrome.executeCdpCommand("Accessibility.queryAXTree", Map.of("nodeId", tableId))
                        .get("nodes");
        return nodes.stream()
                .map(n -> String.valueOf(((Map<String, Object>) n.get("role")).get("value")))
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
    }

    /** The bundled course with German lesson titles, whose compound words are longer than most English words. */
    private static Course withGermanTitles(Course course) {
        List<String> titles = List.of(
                "Immunsystem und Krebserkrankungen",
                "Wie wirken Immuncheckpoint-Inhibitoren und andere Immuntherapien?",
                "Zielgerichtete Therapien und Tyrosinkinasehemmer",
                "Bedeutung der Immuntherapien und zielgerichteten Behandlungsmöglichkeiten");
        List<Lesson> lessons = course.lessons().stream()
                .map(l -> new Lesson(
                        l.id(),
                        l.number(),
                        titles.get(l.number() - 1),
                        l.summary(),
                        l.text(),
                        l.objectives(),
                        l.sources(),
                        l.checks(),
                        l.review()))
                .toList();
        return new Course(
                course.id() + "-de",
                "Immuntherapien und zielgerichtete Therapien",
                "de",
                course.masteryPercent(),
                course.summary(),
                course.reviewed(),
                lessons,
                course.version());
    }

    /** No sideways scrolling, and every control on the screen lies inside the 360 px. */
    private static void assertFits(String screen) {
        browser.script("window.scrollTo(0, 0);");
        long overflow = browser.sidewaysOverflow();
        browser.screenshot("player-phone-" + screen);
        assertThat(overflow).as("sideways scrolling on the %s screen", screen).isLessThanOrEqualTo(0);
        assertThat(browser.script("return Array.prototype.filter.call(document.querySelectorAll("
                        + "'.screen:not([hidden]) button, .screen:not([hidden]) label, .screen:not([hidden]) input'),"
                        + " function (e) { var r = e.getBoundingClientRect();"
                        + " return e.offsetParent !== null && (r.left < 0 || r.right > 360); })"
                        + ".map(function (e) { return e.outerHTML.substring(0, 80); });"))
                .as("controls outside the screen on the %s screen", screen)
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .isEmpty();
    }

    @Test
    void
            suspend_data_of_a_course_four_times_the_size_with_variants_retries_and_confidence_stays_under_the_scorm_12_limit() {
        TestLms lms = new TestLms(browser, site);
        lms.launch(ScormStandard.SCORM12, "large", null, Map.of());
        player.enterFrame();
        assertThat(browser.script(RUN_THROUGH_COURSE_WITH_RETRIES)).isEqualTo(Boolean.TRUE);
        assertThat(browser.script("return Object.keys(window.retriesDone).map(function (k) {"
                        + " return window.retriesDone[k]; });"))
                .as("retries in each of the 16 lessons")
                .isEqualTo(java.util.Collections.nCopies(16, 3L));
        lms.unload(ScormStandard.SCORM12);
        String suspendData = lms.lastValueSet("cmi.suspend_data");
        System.out.printf(
                "suspend_data for 16 lessons, 192 checks over 76 objectives, 3 retries a lesson, confidence: %d"
                        + " characters%n",
                suspendData.length());
        assertThat(suspendData.length()).isLessThan(4096);
        assertThat(lms.calls("LMSSetValue").stream()
                        .filter(c -> ((List<?>) c.get("args")).getFirst().equals("cmi.suspend_data"))
                        .map(c -> c.get("result"))
                        .collect(Collectors.toSet()))
                .containsExactly("true");
        assertThat(lms.calls("LMSSetValue").stream()
                        .filter(c ->
                                ((List<?>) c.get("args")).getFirst().toString().endsWith(".id"))
                        .count())
                .as("interactions: 76 first answers and 2 objectives x 3 retries in 16 lessons")
                .isEqualTo(76 + 16 * 2 * 3);

        String saved = lms.snapshot();
        lms.launch(ScormStandard.SCORM12, "large", saved, Map.of());
        player.enterFrame();
        assertThat(player.heading()).isEqualTo("Course summary");
        assertThat(player.text()).contains("You answered 76 of 76 checks correctly (100 %)", "Your marks:");
    }

    @Test
    void authored_markup_stays_text_and_never_runs() {
        openStandalone("tricky");
        assertThat(browser.driver().getTitle()).isEqualTo("Cells & \"targets\" <2025>");
        assertThat(player.text())
                .contains("Cells & \"targets\" <2025>", "<script>window.__xss = 1</script> T cells & tumours");
        player.click("Start the check");
        // Lesson 1 has one objective with two checks: a wrong answer and a retry show both, in either order.
        Course course = CourseLoader.load(Path.of("src", "test", "resources", "export", "tricky"));
        Set<String> stems = new HashSet<>();
        for (int round = 0; round < 2; round++) {
            Check check = player.shownCheck(course);
            assertThat(player.text())
                    .contains(check.stem().strip())
                    .contains(
                            check.options().stream().map(o -> o.text().strip()).toArray(String[]::new));
            stems.add(check.stem().strip());
            player.answer(check, false);
            player.click("See your lesson result");
            if (round == 0) {
                player.click("Retry what you missed (1 check)");
            }
        }
        assertThat(stems)
                .containsExactlyInAnyOrder(
                        "Which drug blocks PD-1? <img src=\"x\" onerror=\"window.__xss = 1\">",
                        "Which are checkpoint inhibitors? ${notAVelocityReference} #notADirective $!quiet");
        assertThat(browser.script("return window.__xss === undefined;")).isEqualTo(Boolean.TRUE);
        assertThat(browser.script("return document.querySelectorAll('script[src]').length;"))
                .isEqualTo(2L);
        assertThat(browser.script("return document.querySelectorAll('script').length;"))
                .as("the two scripts and the player's words as data")
                .isEqualTo(3L);
        assertThat(browser.script("return document.querySelector('script:not([src])').type;"))
                .isEqualTo("application/json");
    }

    private static void openStandalone(String folder) {
        browser.driver().switchTo().defaultContent();
        // Cleared from a page without the player, which would save its progress again as it unloads.
        browser.driver().get(site.url("harness.html"));
        browser.script("window.localStorage.clear();");
        browser.driver().get(site.url(folder + "/index.html"));
        browser.waitFor(d -> player.heading().isEmpty() ? null : Boolean.TRUE);
    }

    private static void keys(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static String focused() {
        return ((String) browser.script("return document.activeElement.textContent;")).strip();
    }

    private static void tabTo(String text) {
        for (int i = 0; i < 80 && !focused().equals(text); i++) {
            keys(Keys.TAB);
        }
        assertThat(focused()).as("reachable with the Tab key").isEqualTo(text);
    }

    private static String firstOptionLabel() {
        return (String) browser.script(
                "return Array.prototype.filter.call(document.querySelectorAll('form.check'), function (f) {"
                        + " return !f.hidden; })[0].querySelector('label').textContent.trim();");
    }

    private static void assertNoViolations(String screen) {
        browser.screenshot("player-" + screen);
        Results results = AccessibilityIT.wcag21().analyze(browser.driver());
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as("axe on the %s screen: %s", screen, describe(violations))
                .isEmpty();
        assertThat(results.getPasses())
                .as("axe ran its rules on the %s screen", screen)
                .isNotEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + "): "
                        + rule.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
