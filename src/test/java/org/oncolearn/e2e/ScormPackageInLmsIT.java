package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs exported packages under scorm-again, a real SCORM runtime, in headless Chromium: the LMS must receive every
 * answer and the result, a relaunch must resume, and without an LMS the package must still work.
 */
class ScormPackageInLmsIT {

    @TempDir
    static Path siteRoot;

    static Course course;
    /** The bundled course with only the first check of each objective: every learner gets the same checks. */
    static Course oneCheckPerObjective;
    /** The bundled course asking how sure the learner is. */
    static Course sure;

    static StaticSite site;
    static Browser browser;
    static TestLms lms;
    static ScormPlayer player;

    @BeforeAll
    static void exportAndServe() throws IOException {
        course = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        oneCheckPerObjective = oneCheckPerObjective(course);
        sure = course.withConfidence(true);
        for (ScormStandard standard : ScormStandard.values()) {
            unzip(exporter().export(course, standard).open(), siteRoot.resolve(standard.key()));
            unzip(exporter().export(sure, standard).open(), siteRoot.resolve("sure-" + standard.key()));
        }
        unzip(
                exporter().export(oneCheckPerObjective, ScormStandard.SCORM12).open(),
                siteRoot.resolve("one-per-objective"));
        for (ScormStandard standard : ScormStandard.values()) {
            unzip(
                    exporter().export(course.withLanguage("de"), standard).open(),
                    siteRoot.resolve("de-" + standard.key()));
        }
        unzip(
                exporter().export(oneCheckPerObjective, ScormStandard.SCORM2004).open(),
                siteRoot.resolve("one-per-objective-2004"));
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
        int asked = ScormPlayer.checksAsked(first);

        lms.launch(standard, standard.key(), null, Map.of());
        player.enterFrame();
        assertThat(player.connection()).contains("Connected to your learning management system");
        player.click(ScormPlayer.startLabel(first));
        Check missed = player.answerShown(course, false);
        player.click("Next check");
        Check second = player.answerShown(course, true);
        List<String> secondOrder = player.optionOrder();
        assertThat(second.objective()).isNotEqualTo(missed.objective());
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
        assertInteraction(cmi, 0, missed, false);
        assertInteraction(cmi, 1, second, true);
        assertThat(lms.calls(cmi.setValue())).allMatch(call -> "true".equals(call.get("result")));
        assertThat(lms.calls(cmi.initialize())).hasSize(1);
        assertThat(lms.calls(cmi.terminate())).hasSize(1);

        lms.launch(standard, standard.key(), firstSession, Map.of());
        player.enterFrame();
        assertThat(player.heading()).isEqualTo("Check 2 of " + asked + " · Lesson 1");
        assertThat(player.text()).contains("Correct");
        assertThat(player.shownCheck(course)).isEqualTo(second);
        assertThat(player.optionOrder())
                .as("the same option order after a relaunch")
                .isEqualTo(secondOrder);
        player.click("Next check");
        Set<String> answered = new HashSet<>(Set.of(missed.id(), second.id()));
        for (int i = 2; i < asked; i++) {
            answered.add(player.answerShown(course, true).id());
            player.click(i < asked - 1 ? "Next check" : "See your lesson result");
        }
        assertThat(player.text())
                .contains(
                        (asked - 1) + " of " + asked + " correct (" + (100 * (asked - 1) / asked) + " %)",
                        "On your first try: " + (asked - 1) + " of " + asked + " (" + (100 * (asked - 1) / asked)
                                + " %)",
                        "What you missed",
                        first.objectives().get(missed.objective()));
        player.click("Retry what you missed (1 check)");
        assertThat(player.heading()).isEqualTo("Retry: check 1 of 1 · Lesson 1");
        Check retried = player.answerShown(course, true);
        answered.add(retried.id());
        assertThat(retried.objective()).isEqualTo(missed.objective());
        player.click("See your lesson result");
        assertThat(player.text()).contains(asked + " of " + asked + " correct (100 %)", "Mastered");
        for (Lesson lesson : course.lessons().subList(1, course.lessons().size())) {
            player.click(continueLabel(lesson));
            answered.addAll(completeLesson(lesson));
        }
        player.click("See the course summary");
        int total = ScormPlayer.checksAsked(course);
        assertThat(player.text()).contains("Passed", total + " of " + total + " checks correctly (100 %)");
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
        assertThat(done.interactions()).hasSize(total + 1);
        assertThat(done.interactions().values().stream().map(i -> i.get("id")).collect(Collectors.toSet()))
                .isEqualTo(answered.stream()
                        .map(id -> done.interactionId(course.check(id).orElseThrow()))
                        .collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @EnumSource(ScormStandard.class)
    void a_german_course_tells_the_learner_in_german_what_the_lms_keeps_and_resumes_in_german(ScormStandard standard) {
        Lesson first = course.lessons().getFirst();
        int asked = ScormPlayer.checksAsked(first);
        String label = standard == ScormStandard.SCORM12 ? "SCORM 1.2" : "SCORM 2004";

        lms.launch(standard, "de-" + standard.key(), null, Map.of());
        player.enterFrame();
        assertThat(player.connection())
                .isEqualTo(
                        "Mit Ihrer Lernplattform verbunden (" + label + "). Ihr Fortschritt wird laufend gespeichert.");
        player.tabTo("Mit den " + asked + " Fragen beginnen");
        player.keys(org.openqa.selenium.Keys.ENTER);
        player.answerByKeyboard(true, null, "Antwort prüfen");
        browser.waitForText("Richtig");
        assertThat(player.englishPlayerWords()).isEmpty();
        lms.unload(standard);
        Cmi cmi = new Cmi(standard, lms.data());
        assertThat(cmi.interactions()).hasSize(1);
        assertThat(cmi.interactions().values().iterator().next().get("result"))
                .as("the answer reaches the LMS as in an English course")
                .isEqualTo("correct");

        lms.launch(standard, "de-" + standard.key(), lms.snapshot(), Map.of());
        player.enterFrame();
        assertThat(player.heading()).isEqualTo("Frage 1 von " + asked + " · Lektion 1");
        assertThat(player.text()).contains("Richtig", "Ihre Auswahl: ", "Nächste Frage");
        assertThat(player.englishPlayerWords()).isEmpty();
        browser.screenshot("scorm-german-resumed-" + standard.key());
        lms.unload(standard);
    }

    @Test
    void a_retry_asks_another_check_of_each_objective_missed_when_the_objective_has_one() {
        ScormStandard standard = ScormStandard.SCORM2004;
        Lesson first = course.lessons().getFirst();
        int asked = ScormPlayer.checksAsked(first);
        lms.launch(standard, standard.key(), null, Map.of());
        player.enterFrame();
        player.click(ScormPlayer.startLabel(first));
        Map<String, Check> firstRound = new LinkedHashMap<>();
        for (int i = 0; i < asked; i++) {
            Check check = player.answerShown(course, false);
            firstRound.put(check.objective(), check);
            player.click(i < asked - 1 ? "Next check" : "See your lesson result");
        }
        assertThat(player.text()).contains("0 of " + asked + " correct (0 %)");
        player.click("Retry what you missed (" + asked + " checks)");
        List<Check> retried = new ArrayList<>();
        for (int i = 0; i < asked; i++) {
            assertThat(player.heading()).isEqualTo("Retry: check " + (i + 1) + " of " + asked + " · Lesson 1");
            Check check = player.answerShown(course, true);
            retried.add(check);
            player.click(i < asked - 1 ? "Next check" : "See your lesson result");
        }
        lms.unload(standard);

        assertThat(retried.stream().map(Check::objective).toList())
                .as("the objectives missed, in the lesson's order")
                .isEqualTo(List.copyOf(firstRound.keySet()))
                .isEqualTo(first.objectives().keySet().stream()
                        .filter(firstRound::containsKey)
                        .toList());
        int withSiblings = 0;
        for (Check check : retried) {
            boolean hasSibling = first.courseChecks().stream()
                            .filter(c -> c.objective().equals(check.objective()))
                            .count()
                    > 1;
            if (hasSibling) {
                withSiblings++;
                assertThat(check.id())
                        .as("objective %s has another check", check.objective())
                        .isNotEqualTo(firstRound.get(check.objective()).id());
            } else {
                assertThat(check).isEqualTo(firstRound.get(check.objective()));
            }
        }
        assertThat(withSiblings)
                .as("objectives of lesson 1 with more than one check")
                .isPositive();
        Cmi cmi = new Cmi(standard, lms.data());
        assertThat(cmi.interactions()).hasSize(2 * asked);
        for (int i = 0; i < asked; i++) {
            assertInteraction(cmi, asked + i, retried.get(i), true);
        }
    }

    @Test
    void two_learners_see_the_options_of_at_least_one_check_in_different_orders() {
        Lesson first = oneCheckPerObjective.lessons().getFirst();
        List<Map<String, List<String>>> learners = new ArrayList<>();
        for (int learner = 0; learner < 2; learner++) {
            lms.launch(ScormStandard.SCORM12, "one-per-objective", null, Map.of());
            player.enterFrame();
            player.click(ScormPlayer.startLabel(first));
            Map<String, List<String>> orders = new LinkedHashMap<>();
            for (int i = 0; i < first.courseChecks().size(); i++) {
                Check check = player.shownCheck(oneCheckPerObjective);
                orders.put(check.id(), player.optionOrder());
                assertThat(player.optionOrder())
                        .as("check %s shows each of its options once", check.id())
                        .containsExactlyInAnyOrderElementsOf(
                                check.options().stream().map(Option::id).toList());
                player.answer(check, true);
                player.click(i < first.courseChecks().size() - 1 ? "Next check" : "See your lesson result");
            }
            lms.unload(ScormStandard.SCORM12);
            learners.add(orders);
        }

        assertThat(learners.get(0).keySet()).isEqualTo(learners.get(1).keySet());
        assertThat(learners.get(0))
                .as("the option orders of two learners (in five checks, the same orders by chance are about one in"
                        + " 40 million)")
                .isNotEqualTo(learners.get(1));
    }

    @ParameterizedTest
    @EnumSource(ScormStandard.class)
    void a_course_that_asks_for_confidence_marks_each_answer_and_still_reports_every_interaction(
            ScormStandard standard) {
        Lesson first = sure.lessons().getFirst();
        int asked = ScormPlayer.checksAsked(first);
        String folder = "sure-" + standard.key();
        lms.launch(standard, folder, null, Map.of());
        player.enterFrame();
        player.click(ScormPlayer.startLabel(first));

        Check unsure = player.shownCheck(sure);
        ScormPlayer.picks(unsure, true).forEach(o -> player.choose(o.text()));
        player.click("Check answer");
        assertThat(player.text()).contains("Choose how sure you are (unsure, fairly sure or sure) first.");
        assertThat(player.heading()).isEqualTo("Check 1 of " + asked + " · Lesson 1");

        // Right and sure, wrong and sure, wrong and fairly sure, right and unsure, right and fairly sure, …
        List<Boolean> right = List.of(true, false, false, true, true);
        List<String> levels =
                List.of("Sure (high)", "Sure (high)", "Fairly sure (medium)", "Unsure (low)", "Fairly sure (medium)");
        List<Check> answered = new ArrayList<>();
        int marks = 0;
        int[][] calibration = new int[3][2];
        for (int i = 0; i < asked; i++) {
            Check check = player.shownCheck(sure);
            boolean correct = right.get(i % right.size());
            String level = levels.get(i % levels.size());
            player.answer(check, correct, level);
            answered.add(check);
            int l = level.startsWith("Sure") ? 2 : level.startsWith("Fairly") ? 1 : 0;
            int mark = correct ? l + 1 : new int[] {0, -2, -6}[l];
            marks += mark;
            calibration[l][1]++;
            calibration[l][0] += correct ? 1 : 0;
            String said = new String[] {"unsure", "fairly sure", "sure"}[l];
            assertThat(player.text())
                    .contains("You said you were " + said + ", and your answer was " + (correct ? "right" : "not right")
                            + ": " + (mark > 0 ? "+" : mark < 0 ? "−" : "") + Math.abs(mark)
                            + (Math.abs(mark) == 1 ? " mark." : " marks."));
            player.click(i < asked - 1 ? "Next check" : "See your lesson result");
        }
        String[] sentences = calibrationSentences(calibration);
        assertThat(player.text())
                .contains("Your marks: " + (marks < 0 ? "−" + -marks : String.valueOf(marks)) + ".")
                .contains(sentences);
        lms.unload(standard);

        Cmi cmi = new Cmi(standard, lms.data());
        assertThat(cmi.interactions()).hasSize(asked);
        for (int i = 0; i < asked; i++) {
            assertInteraction(cmi, i, answered.get(i), right.get(i % right.size()));
        }
        assertThat(lms.calls(cmi.setValue())).allMatch(call -> "true".equals(call.get("result")));

        lms.launch(standard, folder, lms.snapshot(), Map.of());
        player.enterFrame();
        assertThat(player.text())
                .as("marks and calibration come back with suspend_data")
                .contains(sentences);
        for (Lesson lesson : sure.lessons().subList(1, sure.lessons().size())) {
            player.click(continueLabel(lesson));
            player.click(ScormPlayer.startLabel(lesson));
            int count = ScormPlayer.checksAsked(lesson);
            for (int i = 0; i < count; i++) {
                player.answer(player.shownCheck(sure), true, "Sure (high)");
                marks += 3;
                calibration[2][0]++;
                calibration[2][1]++;
                player.click(i < count - 1 ? "Next check" : "See your lesson result");
            }
        }
        player.click("See the course summary");
        assertThat(player.heading()).isEqualTo("Course summary");
        assertThat(player.text()).contains("Your marks: " + marks + ".").contains(calibrationSentences(calibration));
        lms.unload(standard);
        Cmi done = new Cmi(standard, lms.data());
        int total = ScormPlayer.checksAsked(sure);
        long correct = (total - asked)
                + java.util.stream.IntStream.range(0, asked)
                        .filter(i -> right.get(i % right.size()))
                        .count();
        assertThat(done.interactions()).hasSize(total);
        assertThat(done.score("raw"))
                .as("the score counts objectives: %d of %d right", correct, total)
                .isEqualTo(java.math.BigDecimal.valueOf(10000 * correct / total, 2)
                        .stripTrailingZeros()
                        .toPlainString());
        assertThat(done.success()).isEqualTo(correct * 100 >= 80L * total ? "passed" : "failed");
    }

    @Test
    void progress_saved_in_the_earlier_format_is_set_aside_with_a_word_and_the_course_starts_again() {
        ScormStandard standard = ScormStandard.SCORM2004;
        Lesson first = course.lessons().getFirst();
        lms.launch(standard, standard.key(), null, Map.of());
        player.enterFrame();
        player.click(ScormPlayer.startLabel(first));
        player.answerShown(course, true);
        lms.unload(standard);
        ObjectNode cmi = (ObjectNode) JsonMapper.builder().build().readTree(lms.snapshot());
        String saved = cmi.get("suspend_data").asString();
        assertThat(saved).startsWith("2");
        cmi.put("suspend_data", "1" + saved.substring(1));

        lms.launch(standard, standard.key(), cmi.toString(), Map.of());
        player.enterFrame();

        assertThat(player.connection())
                .contains("This course was updated since your last visit, so it starts again from the beginning.");
        assertThat(player.heading()).isEqualTo("Lesson 1: " + first.title());
        assertThat(player.text())
                .contains(
                        ScormPlayer.startLabel(first), "0 of " + ScormPlayer.checksAsked(course) + " checks answered");
        lms.unload(standard);
    }

    private static String[] calibrationSentences(int[][] calibration) {
        String[] said = {"unsure", "fairly sure", "sure"};
        List<String> sentences = new ArrayList<>();
        for (int l = 2; l >= 0; l--) {
            if (calibration[l][1] > 0) {
                sentences.add("When you were " + said[l] + ", you were right " + calibration[l][0]
                        + (calibration[l][0] == 1 ? " time" : " times") + " out of " + calibration[l][1] + ".");
            }
        }
        return sentences.toArray(String[]::new);
    }

    @Test
    void a_multiple_response_check_reports_every_chosen_option() {
        ScormStandard standard = ScormStandard.SCORM2004;
        Lesson first = course.lessons().getFirst();
        Lesson single = oneCheckPerObjective.lessons().getFirst();
        lms.launch(standard, "one-per-objective-2004", null, Map.of());
        player.enterFrame();
        player.click(ScormPlayer.startLabel(single));
        List<Check> checks = new ArrayList<>();
        int asked = ScormPlayer.checksAsked(single);
        for (int i = 0; i < asked; i++) {
            checks.add(player.answerShown(oneCheckPerObjective, true));
            player.click(i < asked - 1 ? "Next check" : "See your lesson result");
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
        assertThat(reported.get("id")).isEqualTo("urn:oncolearn:one-per-objective:" + multiple.id());
    }

    @Test
    void without_an_lms_the_package_is_an_offline_self_check_that_remembers_progress() {
        browser.driver().switchTo().defaultContent();
        browser.driver().get(site.url("scorm12/index.html"));
        browser.waitFor(d -> player.heading().isEmpty() ? null : Boolean.TRUE);
        assertThat(player.connection()).contains("No learning management system was found", "offline self-check");
        Lesson first = course.lessons().getFirst();
        player.click(ScormPlayer.startLabel(first));
        Check answered = player.answerShown(course, false);
        List<String> order = player.optionOrder();

        browser.driver().navigate().refresh();
        browser.waitFor(d -> player.heading().isEmpty() ? null : Boolean.TRUE);
        assertThat(player.heading()).isEqualTo("Check 1 of " + ScormPlayer.checksAsked(first) + " · Lesson 1");
        assertThat(player.shownCheck(course)).isEqualTo(answered);
        assertThat(player.optionOrder()).isEqualTo(order);
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
        player.click(ScormPlayer.startLabel(course.lessons().getFirst()));
        player.answerShown(course, true);
        browser.driver().switchTo().window(lmsWindow);
        lms.unload(standard);
        Cmi cmi = new Cmi(standard, lms.data());
        assertThat(cmi.interactions()).hasSize(1);
        assertThat(cmi.exit()).isEqualTo("suspend");
    }

    @Test
    void refused_commits_never_trap_the_learner_and_are_retried() {
        ScormStandard standard = ScormStandard.SCORM12;
        lms.launch(standard, standard.key(), null, Map.of("failCommits", 3));
        player.enterFrame();
        player.click(ScormPlayer.startLabel(course.lessons().getFirst()));
        player.answerShown(course, true);
        assertThat(player.connection()).contains("has not confirmed that your progress was saved");
        player.click("Next check");
        player.answerShown(course, true);
        browser.waitFor(d -> {
            player.leaveFrame();
            return lms.calls("LMSCommit").stream().anyMatch(c -> "true".equals(c.get("result"))) ? Boolean.TRUE : null;
        });
        player.enterFrame();
        browser.waitFor(d -> player.connection().contains("Your progress is saved") ? Boolean.TRUE : null);
        lms.unload(standard);
        assertThat(new Cmi(standard, lms.data()).interactions()).hasSize(2);
    }

    /** Answers every check of a lesson's first round right; returns the ids of the checks drawn. */
    private static Set<String> completeLesson(Lesson lesson) {
        int asked = ScormPlayer.checksAsked(lesson);
        player.click(ScormPlayer.startLabel(lesson));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < asked; i++) {
            ids.add(player.answerShown(course, true).id());
            player.click(i < asked - 1 ? "Next check" : "See your lesson result");
        }
        return ids;
    }

    static Course oneCheckPerObjective(Course course) {
        Course renamed = new Course(
                "one-per-objective",
                course.title(),
                course.language(),
                course.masteryPercent(),
                course.summary(),
                course.reviewed(),
                course.lessons(),
                course.version());
        return renamed.withLessons(renamed.lessons().stream()
                .map(lesson -> {
                    Set<String> kept = new HashSet<>();
                    return lesson.withChecks(lesson.courseChecks().stream()
                            .filter(c -> kept.add(c.objective()))
                            .toList());
                })
                .toList());
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
