package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Option;
import org.oncolearn.export.ScormExporter;
import org.oncolearn.export.ScormStandard;

/**
 * Runs exported packages under scorm-again, a real SCORM runtime, in headless Chromium: the LMS must receive every
 * answer and the result, a relaunch must resume, and without an LMS the package must still work.
 */
class ScormPackageInLmsIT {

    @TempDir
    static Path siteRoot;

    static Course course;
    static StaticSite site;
    static Browser browser;
    static TestLms lms;
    static ScormPlayer player;

    @BeforeAll
    static void exportAndServe() throws IOException {
        course = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        for (ScormStandard standard : ScormStandard.values()) {
            unzip(exporter().export(course, standard).open(), siteRoot.resolve(standard.key()));
        }
        TestLms.install(siteRoot);
        site = new StaticSite(siteRoot);
        browser = new Browser(1200, 900);
        lms = new TestLms(browser, site);
        player = new ScormPlayer(browser);
    }

    @AfterAll
    static void stop() {
        browser.close();
        site.close();
    }

    @ParameterizedTest
    @EnumSource(ScormStandard.class)
    void the_lms_receives_every_answer_and_the_result_and_a_relaunch_resumes(ScormStandard standard) {
        Lesson first = course.lessons().getFirst();
        List<Check> checks = first.courseChecks();

        lms.launch(standard, standard.key(), null, Map.of());
        player.enterFrame();
        assertThat(player.connection()).contains("Connected to your learning management system");
        player.click("Start the 6 checks");
        player.answer(checks.get(0), false);
        player.click("Next check");
        player.answer(checks.get(1), true);
        assertThat(resourcesOutside(standard)).isEmpty();
        lms.unload(standard);

        String firstSession = lms.snapshot();
        Cmi cmi = new Cmi(standard, lms.data());
        assertThat(cmi.completion()).isEqualTo("incomplete");
        assertThat(cmi.exit()).isEqualTo("suspend");
        assertThat(cmi.location()).isEqualTo("lesson-1/F");
        assertThat(cmi.suspendData()).isNotBlank();
        assertThat(lms.lastValueSet(cmi.sessionTimeElement()))
                .matches(standard == ScormStandard.SCORM12 ? TIMESPAN_12 : DURATION_2004);
        assertThat(cmi.interactions()).hasSize(2);
        assertInteraction(cmi, 0, checks.get(0), false);
        assertInteraction(cmi, 1, checks.get(1), true);
        assertThat(lms.calls(cmi.setValue())).allMatch(call -> "true".equals(call.get("result")));
        assertThat(lms.calls(cmi.initialize())).hasSize(1);
        assertThat(lms.calls(cmi.terminate())).hasSize(1);

        lms.launch(standard, standard.key(), firstSession, Map.of());
        player.enterFrame();
        assertThat(player.heading()).isEqualTo("Check 2 of 6 · Lesson 1");
        assertThat(player.text()).contains("Correct");
        player.click("Next check");
        for (int i = 2; i < checks.size(); i++) {
            player.answer(checks.get(i), true);
            player.click(i < checks.size() - 1 ? "Next check" : "See your lesson result");
        }
        assertThat(player.text()).contains("5 of 6 correct (83 %)", "On your first try: 5 of 6 (83 %)");
        player.click("Retry the 1 check you missed");
        assertThat(player.heading()).isEqualTo("Retry: check 1 of 1 · Lesson 1");
        player.answer(checks.getFirst(), true);
        player.click("See your lesson result");
        assertThat(player.text()).contains("6 of 6 correct (100 %)", "Mastered");
        for (Lesson lesson : course.lessons().subList(1, course.lessons().size())) {
            player.click(player.text().contains("Continue to lesson") ? continueLabel(lesson) : "");
            completeLesson(lesson);
        }
        player.click("See the course summary");
        assertThat(player.text()).contains("Passed", "24 of 24 checks correctly (100 %)");
        lms.unload(standard);

        Cmi done = new Cmi(standard, lms.data());
        assertThat(lms.calls(done.setValue()))
                .as("the runtime accepted every value the package set")
                .isNotEmpty()
                .allMatch(call -> "true".equals(call.get("result")));
        assertThat(done.completion()).isEqualTo(standard == ScormStandard.SCORM12 ? "passed" : "completed");
        assertThat(done.success()).isEqualTo("passed");
        assertThat(done.exit()).isEqualTo(standard == ScormStandard.SCORM12 ? "" : "normal");
        assertThat(done.score("raw")).isEqualTo("100");
        assertThat(done.score("min")).isEqualTo("0");
        assertThat(done.score("max")).isEqualTo("100");
        if (standard == ScormStandard.SCORM2004) {
            assertThat(done.score("scaled")).isEqualTo("1");
        }
        assertThat(done.interactions()).hasSize(2 + 4 + 1 + 18);
        assertThat(done.interactions().values().stream().map(i -> i.get("id")).collect(Collectors.toSet()))
                .hasSize(24);
    }

    @Test
    void a_multiple_response_check_reports_every_chosen_option() {
        ScormStandard standard = ScormStandard.SCORM2004;
        Lesson first = course.lessons().getFirst();
        lms.launch(standard, standard.key(), null, Map.of());
        player.enterFrame();
        player.click("Start the 6 checks");
        List<Check> checks = first.courseChecks();
        for (int i = 0; i < checks.size(); i++) {
            player.answer(checks.get(i), true);
            player.click(i < checks.size() - 1 ? "Next check" : "See your lesson result");
        }
        lms.unload(standard);
        Cmi cmi = new Cmi(standard, lms.data());
        Check multiple =
                checks.stream().filter(c -> c.keyIds().size() > 1).findFirst().orElseThrow();
        String keys =
                multiple.options().stream().filter(Option::key).map(Option::id).collect(Collectors.joining("[,]"));
        Map<String, Object> reported = cmi.interactions().get(String.valueOf(checks.indexOf(multiple)));
        assertThat(reported.get("learner_response")).isEqualTo(keys);
        assertThat(cmi.correctPattern(reported)).isEqualTo(keys);
        assertThat(reported.get("result")).isEqualTo("correct");
    }

    @Test
    void without_an_lms_the_package_is_an_offline_self_check_that_remembers_progress() {
        browser.driver().switchTo().defaultContent();
        browser.driver().get(site.url("scorm12/index.html"));
        browser.waitFor(d -> player.heading().isEmpty() ? null : Boolean.TRUE);
        assertThat(player.connection()).contains("No learning management system was found", "offline self-check");
        player.click("Start the 6 checks");
        player.answer(course.lessons().getFirst().courseChecks().getFirst(), false);

        browser.driver().navigate().refresh();
        browser.waitFor(d -> player.heading().isEmpty() ? null : Boolean.TRUE);
        assertThat(player.heading()).isEqualTo("Check 1 of 6 · Lesson 1");
        assertThat(player.text()).contains("Not quite", "The correct answer is:");
    }

    @Test
    void the_package_finds_the_lms_from_a_new_window() {
        ScormStandard standard = ScormStandard.SCORM2004;
        lms.launch(standard, standard.key(), null, Map.of("window", true));
        String lmsWindow = browser.driver().getWindowHandle();
        String popup = browser.waitFor(d -> d.getWindowHandles().stream()
                .filter(h -> !h.equals(lmsWindow))
                .findFirst()
                .orElse(null));
        browser.driver().switchTo().window(popup);
        browser.waitFor(d -> player.heading().isEmpty() ? null : Boolean.TRUE);
        assertThat(player.connection()).contains("Connected to your learning management system (SCORM 2004)");
        player.click("Start the 6 checks");
        player.answer(course.lessons().getFirst().courseChecks().getFirst(), true);
        browser.driver().switchTo().window(lmsWindow);
        lms.unload(standard);
        Cmi cmi = new Cmi(standard, lms.data());
        assertThat(cmi.interactions()).hasSize(1);
        assertThat(cmi.exit()).isEqualTo("suspend");
    }

    @Test
    void refused_commits_never_trap_the_learner_and_are_retried() {
        ScormStandard standard = ScormStandard.SCORM12;
        List<Check> checks = course.lessons().getFirst().courseChecks();
        lms.launch(standard, standard.key(), null, Map.of("failCommits", 3));
        player.enterFrame();
        player.click("Start the 6 checks");
        player.answer(checks.get(0), true);
        assertThat(player.connection()).contains("has not confirmed that your progress was saved");
        player.click("Next check");
        player.answer(checks.get(1), true);
        browser.waitFor(d -> {
            player.leaveFrame();
            return lms.calls("LMSCommit").stream().anyMatch(c -> "true".equals(c.get("result"))) ? Boolean.TRUE : null;
        });
        player.enterFrame();
        browser.waitFor(d -> player.connection().contains("Your progress is saved") ? Boolean.TRUE : null);
        lms.unload(standard);
        assertThat(new Cmi(standard, lms.data()).interactions()).hasSize(2);
    }

    private static void completeLesson(Lesson lesson) {
        List<Check> checks = lesson.courseChecks();
        player.click("Start the " + checks.size() + " checks");
        for (int i = 0; i < checks.size(); i++) {
            player.answer(checks.get(i), true);
            player.click(i < checks.size() - 1 ? "Next check" : "See your lesson result");
        }
    }

    private static String continueLabel(Lesson lesson) {
        return "Continue to lesson " + lesson.number() + ": " + lesson.title();
    }

    private static List<String> resourcesOutside(ScormStandard standard) {
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>)
                browser.script("return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                        + ".concat([location.href]);");
        String packageRoot = site.url(standard.key() + "/");
        return urls.stream().filter(u -> !u.startsWith(packageRoot)).toList();
    }

    private static void assertInteraction(Cmi cmi, int index, Check check, boolean correct) {
        Map<String, Object> interaction = cmi.interactions().get(String.valueOf(index));
        String keys = check.options().stream()
                .filter(Option::key)
                .map(Option::id)
                .collect(Collectors.joining(cmi.separator()));
        assertThat(interaction.get("id")).isEqualTo(cmi.interactionId(check));
        assertThat(interaction.get("type")).isEqualTo("choice");
        assertThat(interaction.get("weighting")).isEqualTo("1");
        assertThat(cmi.correctPattern(interaction)).isEqualTo(keys);
        assertThat(interaction.get(cmi.responseField()))
                .isEqualTo(
                        correct
                                ? keys
                                : check.options().stream()
                                        .filter(o -> !o.key())
                                        .findFirst()
                                        .orElseThrow()
                                        .id());
        assertThat(interaction.get("result")).isEqualTo(correct ? "correct" : cmi.wrong());
        assertThat((String) interaction.get("latency")).matches(cmi.latencyFormat());
        assertThat((String) interaction.get(cmi.timeField())).matches(cmi.timeFormat());
        if (cmi.standard() == ScormStandard.SCORM2004) {
            assertThat(interaction.get("description")).isEqualTo(check.stem().strip());
        }
    }

    static final String TIMESPAN_12 = "\\d{2,4}:\\d{2}:\\d{2}(\\.\\d{1,2})?";
    static final String DURATION_2004 = "PT(\\d+H)?(\\d+M)?\\d+(\\.\\d{1,2})?S";

    /** Reads scorm-again's data model for either standard under one set of names. */
    record Cmi(ScormStandard standard, Map<String, Object> data) {

        boolean v12() {
            return standard == ScormStandard.SCORM12;
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> map(Object value) {
            return value == null ? Map.of() : (Map<String, Object>) value;
        }

        private Map<String, Object> core() {
            return map(data.get("core"));
        }

        String completion() {
            return (String) (v12() ? core().get("lesson_status") : data.get("completion_status"));
        }

        String success() {
            return (String) (v12() ? core().get("lesson_status") : data.get("success_status"));
        }

        String exit() {
            return (String) (v12() ? core().get("exit") : data.get("exit"));
        }

        String location() {
            return (String) (v12() ? core().get("lesson_location") : data.get("location"));
        }

        String sessionTimeElement() {
            return v12() ? "cmi.core.session_time" : "cmi.session_time";
        }

        String suspendData() {
            return (String) data.get("suspend_data");
        }

        String score(String field) {
            return String.valueOf(map((v12() ? core() : data).get("score")).get(field));
        }

        Map<String, Map<String, Object>> interactions() {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> all =
                    (Map<String, Map<String, Object>>) (Object) map(data.get("interactions"));
            return all;
        }

        String correctPattern(Map<String, Object> interaction) {
            return (String)
                    map(map(interaction.get("correct_responses")).get("0")).get("pattern");
        }

        String interactionId(Check check) {
            return v12() ? "immunotherapy-" + check.id() : "urn:oncolearn:immunotherapy:" + check.id();
        }

        String separator() {
            return v12() ? "," : "[,]";
        }

        String responseField() {
            return v12() ? "student_response" : "learner_response";
        }

        String wrong() {
            return v12() ? "wrong" : "incorrect";
        }

        String timeField() {
            return v12() ? "time" : "timestamp";
        }

        String timeFormat() {
            return v12() ? "\\d{2}:\\d{2}:\\d{2}" : "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{2}Z";
        }

        String latencyFormat() {
            return v12() ? TIMESPAN_12 : DURATION_2004;
        }

        String initialize() {
            return v12() ? "LMSInitialize" : "Initialize";
        }

        String setValue() {
            return v12() ? "LMSSetValue" : "SetValue";
        }

        String terminate() {
            return v12() ? "LMSFinish" : "Terminate";
        }
    }

    static ScormExporter exporter() {
        return new ScormExporter(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
    }

    static void unzip(InputStream zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path file = target.resolve(entry.getName()).normalize();
                Files.createDirectories(file.getParent());
                Files.copy(in, file);
            }
        }
    }
}
