package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.CourseCatalog;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The patient self-check as a worried patient uses it on a phone: every state at 320 and 360 px wide and at 200 %
 * zoom, with axe-core and a full-page screenshot of each (in target/screenshots), seeking urgent help in the middle
 * of a question, reloading, the browser's Back button, the keyboard alone, German, Listen, and working offline.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class PatientSelfCheckIT {

    @LocalServerPort
    int port;

    @Autowired
    CourseCatalog catalog;

    /** The first set: one question per objective, the first patient check of each, in the lesson's order. */
    private List<Check> questions() {
        return catalog.find("immunotherapy").orElseThrow().lessons().stream()
                .flatMap(l -> {
                    java.util.Set<String> asked = new java.util.HashSet<>();
                    return l.checks(Level.PATIENT).stream().filter(c -> asked.add(c.objective()));
                })
                .toList();
    }

    private String url() {
        return "http://localhost:" + port + "/self-check";
    }

    @Test
    void every_state_fits_a_320_and_a_360_px_phone_and_passes_axe() {
        for (int width : List.of(320, 360)) {
            try (Browser browser = phone(width)) {
                walkEveryState(browser, "self-check-" + width);
                assertThat(browser.script("return window.innerWidth;")).isEqualTo((long) width);
            }
        }
    }

    @Test
    void every_state_fits_at_200_percent_zoom() {
        try (Browser browser = new Browser(1280, 900)) {
            // 1280 × 900 CSS pixels at 200 % zoom leave 640 × 450 for the page.
            ((ChromeDriver) browser.driver())
                    .executeCdpCommand(
                            "Emulation.setDeviceMetricsOverride",
                            Map.of("width", 640, "height", 450, "deviceScaleFactor", 2, "mobile", false));
            walkEveryState(browser, "self-check-zoom-200");
            assertThat(browser.script("return window.innerWidth;")).isEqualTo(640L);
        }
    }

    /** Start, topic, question, a forgotten answer, wrong and right feedback, every question, summary, urgent help. */
    private void walkEveryState(Browser browser, String prefix) {
        List<Check> questions = questions();
        open(browser, url());
        state(browser, prefix, "start");
        assertNoticeStaysSmallOrScrolls(browser);
        clickLink(browser, "Start");
        state(browser, prefix, "topic");
        clickLink(browser, "Go to the questions");
        state(browser, prefix, "question");
        submit(browser);
        assertThat(visibleText(browser)).contains("Please choose an answer first.");
        state(browser, prefix, "question-no-answer");
        // Drug and test names can be long words with no place to break; they must wrap, not push the page wider.
        browser.script(
                "var q = document.querySelector('.question:not([hidden])');"
                        + "q.querySelector('legend').textContent += ' ' + arguments[0];"
                        + "q.querySelector('.option label').textContent += ' ' + arguments[0];",
                "pseudopseudohypoparathyroidismandimmunecheckpointinhibitorassociatedcolitis");
        state(browser, prefix, "question-long-words");
        boolean multipleSeen = false;
        for (int i = 0; i < questions.size(); i++) {
            Check check = questions.get(i);
            waitForHeading(browser, "Question " + (i + 1) + " of " + questions.size());
            if (check.type() == CheckType.MULTIPLE && !multipleSeen) {
                multipleSeen = true;
                state(browser, prefix, "question-choose-all");
            }
            boolean right = i % 2 == 1;
            answer(browser, check, right);
            waitForFeedback(browser);
            if (i < 2) {
                state(browser, prefix, right ? "feedback-right" : "feedback-not-yet");
            }
            boolean last = i == questions.size() - 1;
            boolean topicEnds = !last && !sameTopic(check, questions.get(i + 1));
            clickLink(browser, last ? "See my summary" : topicEnds ? "Next topic" : "Next question");
            if (topicEnds && i < 4) {
                state(browser, prefix, "topic-next");
            }
            if (topicEnds) {
                clickLink(browser, "Go to the questions");
            }
        }
        waitForScreen(browser, "summary");
        assertThat(visibleText(browser)).contains("Questions to look at again", "What you got right");
        state(browser, prefix, "summary");
        assertThat(browser.wordsSplitAcrossLines("#summary"))
                .as("words split across lines on %s-summary", prefix)
                .isEmpty();
        clickUrgentLink(browser);
        state(browser, prefix, "urgent-help");
        click(browser, "#urgent-back");
        waitForScreen(browser, "summary");
        click(browser, "#language");
        assertThat(visibleText(browser)).contains("Ihre Zusammenfassung", "Diese Fragen lohnen einen zweiten Blick");
        state(browser, prefix, "summary-de");
        assertThat(browser.wordsSplitAcrossLines("#summary"))
                .as("words split across lines on %s-summary-de", prefix)
                .isEmpty();
        clickUrgentLink(browser);
        assertThat(visibleText(browser)).contains("Wann Sie sofort Hilfe brauchen");
        state(browser, prefix, "urgent-help-de");
        browser.driver().get(url() + "#q-1");
        waitForFeedback(browser);
        assertThat(visibleText(browser)).contains("Frage 1 von", "Fragen Sie Ihr Behandlungsteam:");
        state(browser, prefix, "feedback-de");
        click(browser, "#language");
    }

    @Test
    void seeking_urgent_help_in_the_middle_of_a_question_loses_nothing_and_back_returns_to_it() {
        List<Check> questions = questions();
        try (Browser browser = phone(360)) {
            open(browser, url());
            clickLink(browser, "Start");
            clickLink(browser, "Go to the questions");
            answer(browser, questions.get(0), false);
            waitForFeedback(browser);
            clickLink(browser, "Next question");
            waitForHeading(browser, "Question 2 of " + questions.size());

            clickUrgentLink(browser);
            assertThat(visibleText(browser)).contains("When to get help right away", "24-hour number");
            click(browser, "#urgent-back");
            waitForHeading(browser, "Question 2 of " + questions.size());
            assertThat(browser.driver().getCurrentUrl()).endsWith("#q-2");

            clickUrgentLink(browser);
            browser.driver().navigate().back();
            waitForHeading(browser, "Question 2 of " + questions.size());

            browser.driver().navigate().refresh();
            waitForHeading(browser, "Question 2 of " + questions.size());
            browser.driver().navigate().back();
            waitForHeading(browser, "Question 1 of " + questions.size());
            waitForFeedback(browser);
            assertThat(visibleText(browser))
                    .as("the first answer and its feedback survive the urgent page, Back and a reload")
                    .contains("Not quite");
            assertThat(checkedOptions(browser)).hasSize(1);
        }
    }

    @Test
    void a_reload_while_feedback_is_showing_shows_the_same_feedback_again() {
        List<Check> questions = questions();
        try (Browser browser = phone(360)) {
            open(browser, url() + "#q-3");
            answer(browser, questions.get(2), true);
            waitForFeedback(browser);
            browser.driver().navigate().refresh();
            waitForFeedback(browser);
            assertThat(visibleText(browser)).contains("Question 3 of", "That’s right.");
        }
    }

    @Test
    void a_patient_completes_the_self_check_with_the_keyboard_alone() {
        List<Check> questions = questions();
        try (Browser browser = phone(360)) {
            Keyboard keyboard = new Keyboard(browser);
            open(browser, url());
            keyboard.tabTo("Start");
            keyboard.press(Keys.ENTER);
            for (int i = 0; i < questions.size(); i++) {
                Check check = questions.get(i);
                if (i == 0 || !sameTopic(questions.get(i - 1), check)) {
                    waitForScreenStartingWith(browser, "topic-");
                    keyboard.tabTo("Go to the questions");
                    keyboard.press(Keys.ENTER);
                }
                waitForHeading(browser, "Question " + (i + 1) + " of " + questions.size());
                keyboard.answer(check, "Check my answer");
                waitForFeedback(browser);
                boolean last = i == questions.size() - 1;
                String next = last
                        ? "See my summary"
                        : sameTopic(check, questions.get(i + 1)) ? "Next question" : "Next topic";
                assertThat(keyboard.focused()).as("focus moves to the way on").isEqualTo(next);
                keyboard.press(Keys.ENTER);
            }
            waitForScreen(browser, "summary");
            assertThat(visibleText(browser))
                    .contains("You got " + questions.size() + " of " + questions.size() + " questions right");
            keyboard.tabTo("When to get help right away");
            keyboard.press(Keys.ENTER);
            waitForScreen(browser, "urgent");
            keyboard.tabTo("Back to where you were");
            keyboard.press(Keys.ENTER);
            waitForScreen(browser, "summary");
        }
    }

    @Test
    void the_summary_teaches_missed_safety_questions_first_with_their_answer_why_and_what_to_ask() {
        List<Check> questions = questions();
        try (Browser browser = new Browser(1280, 900)) {
            open(browser, url() + "#q-1");
            for (int i = 0; i < questions.size(); i++) {
                browser.driver().get(url() + "#q-" + (i + 1));
                waitForHeading(browser, "Question " + (i + 1) + " of " + questions.size());
                answer(browser, questions.get(i), i % 3 == 0);
                waitForFeedback(browser);
            }
            browser.driver().get(url() + "#summary");
            waitForScreen(browser, "summary");
            List<String> missed = texts(browser, "#summary ol.missed > li p.q span");
            List<Check> expectedMissed = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                if (i % 3 != 0) {
                    expectedMissed.add(questions.get(i));
                }
            }
            assertThat(missed).hasSameSizeAs(expectedMissed);
            List<String> safety = texts(browser, "section.question[data-safety] legend");
            assertThat(safety).as("some questions are about warning signs").isNotEmpty();
            int firstOther = -1;
            for (int i = 0; i < missed.size(); i++) {
                if (!safety.contains(missed.get(i)) && firstOther < 0) {
                    firstOther = i;
                }
                if (safety.contains(missed.get(i))) {
                    assertThat(firstOther)
                            .as("missed safety questions come first")
                            .isLessThan(0);
                }
            }
            String summary = visibleText(browser);
            for (Check check : expectedMissed) {
                Option key =
                        check.options().stream().filter(Option::key).findFirst().orElseThrow();
                assertThat(summary)
                        .contains(
                                check.stem(),
                                key.text(),
                                key.rationale(),
                                check.ask().orElseThrow());
            }
            assertThat(texts(browser, "#summary ul.right > li p.q span"))
                    .as("right answers are shown with their questions")
                    .hasSize(questions.size() - expectedMissed.size());
            assertThat(summary).contains("Warning signs to know", "Call your cancer care team");
        }
    }

    @Test
    void listen_reads_the_question_and_the_feedback_aloud_in_the_content_language_on_the_device_only() {
        String fakeSpeech = """
                (function () {
                  var spoken = [];
                  window.__spoken = spoken;
                  var fake = {
                    getVoices: function () { return [{ lang: 'en-GB', localService: true, name: 'On device' },
                                                    { lang: 'en-US', localService: false, name: 'Online' }]; },
                    speak: function (u) { spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }); },
                    cancel: function () { spoken.push('cancel'); },
                    addEventListener: function () {}
                  };
                  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
                  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
                })();
                """;
        List<Check> questions = questions();
        try (Browser browser = phone(360)) {
            ((ChromeDriver) browser.driver())
                    .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", fakeSpeech));
            open(browser, url() + "#q-1");
            waitForHeading(browser, "Question 1 of " + questions.size());
            Keyboard keyboard = new Keyboard(browser);
            keyboard.tabTo("Listen");
            keyboard.press(Keys.ENTER);
            @SuppressWarnings("unchecked")
            List<Object> spoken = (List<Object>) browser.script("return window.__spoken;");
            assertThat(spoken).hasSize(1);
            assertThat(spoken.getFirst().toString())
                    .contains(questions.getFirst().stem(), "lang=en", "voice=On device");
            assertThat(keyboard.focused()).isEqualTo("Stop reading");
            keyboard.press(Keys.ENTER);
            assertThat(browser.script("return window.__spoken[1];")).isEqualTo("cancel");

            answer(browser, questions.getFirst(), true);
            waitForFeedback(browser);
            browser.script("document.querySelector('.question:not([hidden]) [data-listen=feedback]').click();");
            assertThat(browser.script("return window.__spoken[window.__spoken.length - 1].text;")
                            .toString())
                    .contains("That’s right.", questions.getFirst().ask().orElseThrow());
        }
        try (Browser browser = phone(360)) {
            ((ChromeDriver) browser.driver())
                    .executeCdpCommand(
                            "Page.addScriptToEvaluateOnNewDocument",
                            Map.of(
                                    "source",
                                    "Object.defineProperty(window, 'speechSynthesis', { value: undefined });"));
            open(browser, url() + "#q-1");
            waitForHeading(browser, "Question 1 of " + questions.size());
            assertThat(browser.script("return Array.from(document.querySelectorAll('[data-listen]'))"
                            + ".every(function (b) { return b.hidden && b.offsetParent === null; });"))
                    .as("no Listen button where the browser cannot speak")
                    .isEqualTo(true);
        }
    }

    @Test
    void the_first_visit_is_one_compressed_response_under_50_kb_and_then_works_offline() {
        List<Check> questions = questions();
        try (Browser browser = phone(360)) {
            open(browser, url());
            Number bytes = (Number) browser.script("var n = performance.getEntriesByType('navigation')[0];"
                    + "return n.transferSize + performance.getEntriesByType('resource')"
                    + ".reduce(function (sum, r) { return sum + r.transferSize; }, 0);");
            Number requests = (Number) browser.script("return performance.getEntriesByType('resource').length;");
            Number encoded =
                    (Number) browser.script("return performance.getEntriesByType('navigation')[0].encodedBodySize;");
            Number decoded =
                    (Number) browser.script("return performance.getEntriesByType('navigation')[0].decodedBodySize;");
            System.out.printf(
                    "Self-check first visit: %d bytes transferred (page %d bytes, %d compressed), %d other requests%n",
                    bytes.longValue(), decoded.longValue(), encoded.longValue(), requests.longValue());
            assertThat(requests.intValue()).as("requests after the page").isZero();
            assertThat(encoded.longValue()).as("the page is compressed").isLessThan(decoded.longValue() / 2);
            assertThat(bytes.longValue()).isLessThanOrEqualTo(50 * 1024);

            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Network.enable", Map.of());
            chrome.executeCdpCommand(
                    "Network.emulateNetworkConditions",
                    Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            clickLink(browser, "Start");
            clickLink(browser, "Go to the questions");
            answer(browser, questions.getFirst(), true);
            waitForFeedback(browser);
            clickUrgentLink(browser);
            click(browser, "#urgent-back");
            waitForHeading(browser, "Question 1 of " + questions.size());
            assertThat(browser.script("return performance.getEntriesByType('resource').length;"))
                    .as("nothing was fetched while offline")
                    .isEqualTo(0L);
        }
    }

    @Test
    void the_page_is_served_without_a_session_cookie_and_with_its_own_strict_policy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> page = http.send(
                HttpRequest.newBuilder(URI.create(url()))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie"))
                .as("no session for a patient")
                .isEmpty();
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("default-src 'none'; script-src 'sha256-")
                .doesNotContain("unsafe");
        HttpResponse<Void> old = http.send(
                HttpRequest.newBuilder(URI.create(url() + "/urgent-help")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/self-check#urgent");
    }

    // ---------------------------------------------------------------- what a person sees and does

    /**
     * A phone-sized page. Headless Chromium keeps its window at least about 500 px wide, so the page size is set
     * through the device emulation, as the developer tools' device mode does.
     */
    static Browser phone(int width) {
        Browser browser = new Browser(width, 640);
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        return browser;
    }

    private static void open(Browser browser, String address) {
        browser.driver().get(address);
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script("return document.readyState === 'complete';"))
                ? Boolean.TRUE
                : null);
    }

    /** One state: it fits the width, axe finds nothing, and a full-page screenshot is saved for a person to look at. */
    static void state(Browser browser, String prefix, String name) {
        String where = prefix + "-" + name;
        long overflow = browser.sidewaysOverflow();
        assertThat(overflow).as("sideways scrolling on %s", where).isLessThanOrEqualTo(0);
        Object cut = browser.script("var w = document.documentElement.clientWidth; var out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  if (e.offsetParent === null || e.closest('.skip-link')) { return; }"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.width > 0 && (r.right > w + 1 || r.left < -1)) { out.push(e.tagName + '.' + e.className); }"
                + "}); return out.join(', ');");
        assertThat(cut).as("elements beyond the edge on %s", where).isEqualTo("");
        fullPageScreenshot(browser, where);
        Results results = AccessibilityIT.wcag21().analyze(browser.driver());
        assertThat(results.getViolations())
                .as(
                        "axe on %s: %s",
                        where,
                        results.getViolations().stream()
                                .map(r -> r.getId() + " "
                                        + r.getNodes().stream()
                                                .map(n -> n.getTarget() + " " + n.getFailureSummary())
                                                .collect(Collectors.joining(" | ")))
                                .collect(Collectors.joining("; ")))
                .isEmpty();
        assertThat(results.getPasses()).isNotEmpty();
    }

    /**
     * The learning-only notice is on every screen; at the top of the page it scrolls away with the page instead of
     * covering a third of a phone screen.
     */
    private static void assertNoticeStaysSmallOrScrolls(Browser browser) {
        Object position = browser.script("return getComputedStyle(document.querySelector('.bar')).position;");
        Object height = browser.script("return document.querySelector('.bar').getBoundingClientRect().height;");
        boolean scrolls = "static".equals(position) || "relative".equals(position);
        assertThat(scrolls || ((Number) height).doubleValue() <= 0.15 * 640)
                .as("notice bar is %s and %s px high", position, height)
                .isTrue();
        assertThat(visibleText(browser)).contains("For learning only.");
    }

    static void fullPageScreenshot(Browser browser, String name) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        @SuppressWarnings("unchecked")
        Map<String, Object> shot = (Map<String, Object>) (Map<?, ?>) chrome.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String visibleText(Browser browser) {
        return String.valueOf(browser.script("return document.body.innerText;"));
    }

    private static List<String> texts(Browser browser, String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream()
                .map(e -> String.valueOf(browser.script("return arguments[0].textContent.trim();", e)))
                .toList();
    }

    private static List<WebElement> checkedOptions(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".question:not([hidden]) input:checked"));
    }

    private static void clickLink(Browser browser, String text) {
        WebElement link = browser.waitFor(d -> d.findElements(By.cssSelector(".screen:not([hidden]) a.button")).stream()
                .filter(a -> a.isDisplayed() && a.getText().strip().equals(text))
                .findFirst()
                .orElse(null));
        link.click();
    }

    private static void clickUrgentLink(Browser browser) {
        browser.driver().findElement(By.cssSelector(".bar .urgent-link")).click();
        waitForScreen(browser, "urgent");
    }

    private static void click(Browser browser, String selector) {
        browser.driver().findElement(By.cssSelector(selector)).click();
    }

    private static void submit(Browser browser) {
        browser.driver()
                .findElement(By.cssSelector(".question:not([hidden]) button[type=submit]"))
                .click();
    }

    /** Taps the labels of the keys for a right answer, or of the first option that is not a key for a wrong one. */
    private static void answer(Browser browser, Check check, boolean right) {
        List<WebElement> labels =
                browser.waitFor(d -> d.findElements(By.cssSelector(".question:not([hidden]) .option label")));
        List<Option> options = check.options();
        for (int i = 0; i < options.size(); i++) {
            boolean pick = right ? options.get(i).key() : i == firstWrong(check);
            if (pick) {
                labels.get(i).click();
            }
        }
        submit(browser);
    }

    private static int firstWrong(Check check) {
        for (int i = 0; i < check.options().size(); i++) {
            if (!check.options().get(i).key()) {
                return i;
            }
        }
        throw new IllegalStateException("no distractor in " + check.id());
    }

    /** Whether two patient questions belong to the same lesson, and so to the same topic. */
    private boolean sameTopic(Check a, Check b) {
        return catalog.find("immunotherapy")
                .orElseThrow()
                .lessonOf(a)
                .equals(catalog.find("immunotherapy").orElseThrow().lessonOf(b));
    }

    private static void waitForHeading(Browser browser, String heading) {
        browser.waitFor(d ->
                heading.equals(browser.script("var h = document.querySelector('.screen:not([hidden]) .screen-heading');"
                                + "return h && h.textContent.trim();"))
                        ? Boolean.TRUE
                        : null);
    }

    private static void waitForFeedback(Browser browser) {
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script(
                        "return document.querySelector('.question:not([hidden]) .feedback p') !== null;"))
                ? Boolean.TRUE
                : null);
    }

    private static void waitForScreen(Browser browser, String id) {
        browser.waitFor(d -> Boolean.TRUE.equals(
                        browser.script("var s = document.getElementById(arguments[0]); return s && !s.hidden;", id))
                ? Boolean.TRUE
                : null);
    }

    private static void waitForScreenStartingWith(Browser browser, String prefix) {
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script(
                        "var s = document.querySelector('.screen:not([hidden])');"
                                + "return s !== null && s.id.indexOf(arguments[0]) === 0;",
                        prefix))
                ? Boolean.TRUE
                : null);
    }
}
