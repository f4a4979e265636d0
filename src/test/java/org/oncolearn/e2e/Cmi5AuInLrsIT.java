package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Option;
import org.oncolearn.export.Cmi5Exporter;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/**
 * Runs the exported cmi5 AU in headless Chromium against a learning record store started by the test, which launches
 * it as a cmi5 LMS does and checks every statement against the xAPI 1.0.3 and cmi5 rules: the statements and their
 * order, mastery met and not met, a relaunch in the same registration, and what the learner sees when the launch is
 * incomplete or refused.
 */
class Cmi5AuInLrsIT {

    private static final String CS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

    @TempDir
    static Path packageRoot;

    /** The same AU for the course marked as German. */
    @TempDir
    static Path germanRoot;

    /** The bundled course's first two lessons: enough for the flow across lessons, short enough for a browser. */
    static Course course;

    static TestLrs lrs;
    static Browser browser;
    static ScormPlayer player;
    static String auUrl;
    static String publisherId;
    static double masteryScore;

    @BeforeAll
    static void exportAndServe() throws Exception {
        Course bundled = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        course = bundled.withLessons(bundled.lessons().subList(0, 2));
        byte[] zip = new Cmi5Exporter(Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC))
                .export(course)
                .zip();
        unzip(zip, packageRoot);
        Course german = course.withLanguage("de");
        unzip(
                new Cmi5Exporter(Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC))
                        .export(german)
                        .zip(),
                germanRoot);
        // What an LMS reads from the course structure when the package is imported.
        Element au = (Element) DocumentBuilderFactory.newNSInstance()
                .newDocumentBuilder()
                .parse(packageRoot.resolve("cmi5.xml").toFile())
                .getElementsByTagNameNS(CS, "au")
                .item(0);
        auUrl = au.getElementsByTagNameNS(CS, "url").item(0).getTextContent().strip();
        publisherId = au.getAttribute("id");
        masteryScore = Double.parseDouble(au.getAttribute("masteryScore"));
        lrs = new TestLrs(packageRoot);
        browser = new Browser(1200, 900);
        player = new ScormPlayer(browser);
    }

    @AfterEach
    void everyStatementKeptTheRules() {
        assertThat(lrs.takeProblems()).isEmpty();
    }

    @AfterAll
    static void stop() {
        browser.close();
        lrs.close();
    }

    @Test
    void a_learner_who_reaches_mastery_is_reported_initialized_answered_completed_passed_terminated() {
        TestLrs.Launch launch = lrs.launch(auUrl, publisherId, masteryScore);
        open(launch);
        assertThat(player.connection()).contains("Connected to your learning management system (cmi5)");
        assertNoAccessibilityViolations("cmi5-connected");

        List<Check> answered = completeCourse(true);
        assertThat(player.text()).contains("Passed");
        exit(launch);
        assertNoAccessibilityViolations("cmi5-exited");
        assertThat(player.text()).doesNotContain("Course summary");

        int n = ScormPlayer.checksAsked(course);
        assertThat(answered).hasSize(n);
        assertThat(lrs.verbs(launch)).containsExactlyElementsOf(sequence(n, "passed"));
        List<JsonNode> statements = lrs.fromTheAu(launch);
        for (int i = 0; i < n; i++) {
            assertAnswered(statements.get(1 + i), answered.get(i), true);
        }
        JsonNode passed = statements.get(n + 2);
        assertThat(passed.path("result").path("score").path("scaled").asDouble())
                .isEqualTo(1.0);
        assertThat(passed.path("result").path("success").asBoolean()).isTrue();
        assertThat(statements.getLast().path("result").path("duration").asString())
                .startsWith("PT");
    }

    @Test
    void a_learner_below_mastery_is_reported_failed_and_a_relaunch_does_not_report_it_again() {
        TestLrs.Launch launch = lrs.launch(auUrl, publisherId, masteryScore);
        open(launch);

        List<Check> answered = completeCourse(false);
        assertThat(player.text()).contains("Not passed yet");
        exit(launch);

        int n = ScormPlayer.checksAsked(course);
        assertThat(lrs.verbs(launch)).containsExactlyElementsOf(sequence(n, "failed"));
        List<JsonNode> statements = lrs.fromTheAu(launch);
        for (int i = 0; i < n; i++) {
            assertAnswered(statements.get(1 + i), answered.get(i), false);
        }
        JsonNode failed = statements.get(n + 2);
        assertThat(failed.path("result").path("score").path("scaled").asDouble())
                .isEqualTo(0.0);
        assertThat(failed.path("result").path("success").asBoolean()).isFalse();

        TestLrs.Launch again = lrs.launch(auUrl, publisherId, masteryScore, launch.registration());
        open(again);
        assertThat(player.heading()).isEqualTo("Course summary");
        exit(again);
        assertThat(lrs.verbs(again)).containsExactly("initialized", "terminated");
    }

    @Test
    void a_relaunch_in_the_same_registration_resumes_where_the_learner_left() {
        Lesson first = course.lessons().getFirst();
        TestLrs.Launch launch = lrs.launch(auUrl, publisherId, masteryScore);
        open(launch);
        player.click(ScormPlayer.startLabel(first));
        Check check = player.answerShown(course, true);
        List<String> order = player.optionOrder();
        exit(launch);
        assertThat(lrs.verbs(launch)).containsExactly("initialized", "answered", "terminated");
        assertThat(lrs.progress(launch).path("location").asString()).isEqualTo("lesson-1/F");

        TestLrs.Launch again = lrs.launch(auUrl, publisherId, masteryScore, launch.registration());
        open(again);
        phoneWidth(true);
        browser.screenshot("cmi5-resumed-360");
        phoneWidth(false);
        assertThat(player.heading()).isEqualTo("Check 1 of " + ScormPlayer.checksAsked(first) + " · Lesson 1");
        assertThat(player.shownCheck(course)).isEqualTo(check);
        assertThat(player.optionOrder()).isEqualTo(order);
        assertThat(player.text()).contains("Correct");
        exit(again);
        assertThat(lrs.verbs(again)).containsExactly("initialized", "terminated");
    }

    @Test
    void in_review_mode_only_initialized_and_terminated_are_sent_and_nothing_is_saved() {
        TestLrs.Launch launch = lrs.launch(
                auUrl, publisherId, masteryScore, java.util.UUID.randomUUID().toString(), "Review");
        open(launch);
        assertThat(player.connection()).contains("review mode", "nothing you do now is recorded");

        player.click(ScormPlayer.startLabel(course.lessons().getFirst()));
        player.answerShown(course, true);
        exit(launch);

        assertThat(lrs.verbs(launch)).containsExactly("initialized", "terminated");
        assertThat(lrs.progress(launch)).isNull();
    }

    @Test
    void without_the_cmi5_launch_parameters_the_learner_is_told_that_nothing_is_recorded() {
        browser.driver().get(lrs.launch(auUrl, publisherId, masteryScore).url().replaceFirst("\\?.*", ""));
        browser.waitFor(d -> player.heading().isEmpty() ? null : Boolean.TRUE);

        assertThat(player.connection())
                .contains("opened without the launch details", "open the course from your learning management system");
        assertThat(player.heading())
                .isEqualTo("Lesson 1: " + course.lessons().getFirst().title());
        browser.screenshot("cmi5-without-launch");
    }

    @Test
    void a_german_au_says_in_german_that_it_is_connected_and_that_the_learner_has_left() throws IOException {
        try (TestLrs german = new TestLrs(germanRoot)) {
            TestLrs.Launch launch = german.launch(auUrl, publisherId, masteryScore);
            browser.driver().get(launch.url());
            browser.waitFor(d -> player.heading().isEmpty() ? null : Boolean.TRUE);
            browser.waitFor(d -> german.verbs(launch).contains("initialized") ? Boolean.TRUE : null);
            assertThat(player.connection())
                    .isEqualTo("Mit Ihrer Lernplattform verbunden (cmi5). Ihr Fortschritt wird laufend gespeichert.");
            int asked = ScormPlayer.checksAsked(course.lessons().getFirst());
            player.tabTo("Mit den " + asked + " Fragen beginnen");
            player.keys(Keys.ENTER);
            player.answerByKeyboard(false, null, "Antwort prüfen");
            browser.waitForText("Nicht ganz");
            assertThat(player.englishPlayerWords()).isEmpty();

            WebElement exit = browser.driver().findElement(By.id("exit"));
            assertThat(exit.getText()).isEqualTo("Speichern und beenden");
            browser.script("arguments[0].focus();", exit);
            exit.sendKeys(Keys.ENTER);
            browser.waitFor(d -> german.verbs(launch).contains("terminated") ? Boolean.TRUE : null);
            assertThat(player.connection())
                    .isEqualTo("Sie haben den Kurs verlassen, und Ihr Fortschritt ist gespeichert. Sie können dieses"
                            + " Fenster schließen; um später weiterzumachen, öffnen Sie den Kurs erneut über Ihre"
                            + " Lernplattform.");
            assertThat(player.englishPlayerWords()).isEmpty();
            assertNoAccessibilityViolations("cmi5-german-exited");
            phoneWidth(true);
            try {
                assertThat(browser.sidewaysOverflow()).isLessThanOrEqualTo(0);
                assertThat(browser.wordsSplitAcrossLines(".top")).isEmpty();
                PatientSelfCheckIT.fullPageScreenshot(browser, "cmi5-german-exited-360-full");
            } finally {
                phoneWidth(false);
            }
            assertThat(german.verbs(launch)).containsExactly("initialized", "answered", "terminated");
            assertThat(german.problems()).isEmpty();

            browser.driver().get(launch.url().replaceFirst("\\?.*", ""));
            browser.waitFor(d -> player.heading().isEmpty() ? null : Boolean.TRUE);
            assertThat(player.connection())
                    .startsWith("Dieser Kurs wurde ohne die Startangaben geöffnet")
                    .endsWith("Dies ist ein Selbsttest ohne Verbindung: Nichts wird gemeldet, und Ihr Fortschritt"
                            + " bleibt in diesem Browser.");
            assertThat(player.englishPlayerWords()).isEmpty();
            assertNoAccessibilityViolations("cmi5-german-without-launch");
        }
    }

    @Test
    void when_the_lms_refuses_the_token_the_learner_is_told_and_can_still_read_and_practise() {
        TestLrs refusing;
        try {
            refusing = new TestLrs(packageRoot);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        try (refusing) {
            refusing.refuseFetch();
            TestLrs.Launch launch = refusing.launch(auUrl, publisherId, masteryScore);
            browser.driver().get(launch.url());
            browser.waitFor(d -> player.heading().isEmpty() ? null : Boolean.TRUE);

            assertThat(player.connection())
                    .contains("refused to start this course (Not allowed.)", "tell your course administrator");
            assertThat(refusing.verbs(launch)).isEmpty();
            browser.screenshot("cmi5-refused");
            player.click(ScormPlayer.startLabel(course.lessons().getFirst()));
            player.answerShown(course, true);
            assertThat(refusing.problems()).isEmpty();
        }
    }

    private static void assertNoAccessibilityViolations(String screen) {
        browser.screenshot(screen);
        Results results = AccessibilityIT.wcag21().analyze(browser.driver());
        assertThat(results.getViolations().stream().map(Rule::getId).toList())
                .as("axe on the %s screen", screen)
                .isEmpty();
        assertThat(results.getPasses())
                .as("axe ran its rules on the %s screen", screen)
                .isNotEmpty();
    }

    /** Chromium's device emulation at 360 px wide, as a phone; off again for the other tests. */
    private static void phoneWidth(boolean on) {
        org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) browser.driver();
        if (on) {
            chrome.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", 360, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        } else {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    private static void open(TestLrs.Launch launch) {
        browser.driver().get(launch.url());
        browser.waitFor(d -> player.heading().isEmpty() ? null : Boolean.TRUE);
        browser.waitFor(d -> lrs.verbs(launch).contains("initialized") ? Boolean.TRUE : null);
    }

    /** The learner leaves with the AU's own button, from the keyboard; the session ends with terminated. */
    private static void exit(TestLrs.Launch launch) {
        WebElement exit = browser.driver().findElement(By.id("exit"));
        assertThat(exit.getText()).isEqualTo("Save and exit");
        browser.script("arguments[0].focus();", exit);
        exit.sendKeys(Keys.ENTER);
        browser.waitFor(d -> lrs.verbs(launch).contains("terminated") ? Boolean.TRUE : null);
        assertThat(player.connection()).contains("You have left the course and your progress is saved");
    }

    /** Answers every check of every lesson right or wrong, and opens the course summary; the checks in order. */
    private static List<Check> completeCourse(boolean correctly) {
        List<Check> answered = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            if (lesson.number() > 1) {
                player.click("Continue to lesson " + lesson.number() + ": " + lesson.title());
            }
            int asked = ScormPlayer.checksAsked(lesson);
            player.click(ScormPlayer.startLabel(lesson));
            for (int i = 0; i < asked; i++) {
                answered.add(player.answerShown(course, correctly));
                player.click(i < asked - 1 ? "Next check" : "See your lesson result");
            }
        }
        player.click("See the course summary");
        return answered;
    }

    private static List<String> sequence(int answers, String judgement) {
        List<String> verbs = new ArrayList<>();
        verbs.add("initialized");
        verbs.addAll(Collections.nCopies(answers, "answered"));
        verbs.addAll(List.of("completed", judgement, "terminated"));
        return verbs;
    }

    private static void assertAnswered(JsonNode statement, Check check, boolean correctly) {
        assertThat(statement.path("object").path("id").asString())
                .isEqualTo("urn:oncolearn:" + course.id() + ":" + check.id());
        String keys = String.join(
                "[,]",
                check.options().stream().filter(Option::key).map(Option::id).toList());
        String picked = String.join(
                "[,]",
                ScormPlayer.picks(check, correctly).stream().map(Option::id).toList());
        JsonNode definition = statement.path("object").path("definition");
        assertThat(definition.path("interactionType").asString()).isEqualTo("choice");
        assertThat(definition.path("correctResponsesPattern").get(0).asString()).isEqualTo(keys);
        assertThat(definition.path("choices")).hasSize(check.options().size());
        assertThat(definition.path("name").path("en").asString())
                .isEqualTo(check.stem().strip());
        assertThat(statement.path("result").path("response").asString()).isEqualTo(picked);
        assertThat(statement.path("result").path("success").asBoolean()).isEqualTo(correctly);
    }

    private static void unzip(byte[] zip, Path folder) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = folder.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
    }
}
