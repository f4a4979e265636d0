package org.oncolearn.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.oncolearn.attempt.internal.MemoryProgressStore;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every scenario of the shared behaviour vectors ({@code behaviour/learner-flow.json}) against the app's
 * learning service. The package player runs the same file (PlayerFlowVectorsIT), so both follow one specification.
 */
class LearnerFlowVectorsTest {

    static final String VECTORS = "/behaviour/learner-flow.json";

    static JsonNode vectors() throws IOException {
        try (InputStream in = LearnerFlowVectorsTest.class.getResourceAsStream(VECTORS)) {
            return JsonMapper.builder().build().readTree(in);
        }
    }

    @TestFactory
    Stream<DynamicTest> the_app_follows_every_scenario_of_the_shared_learner_flow_vectors() throws IOException {
        JsonNode doc = vectors();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode scenario : doc.get("scenarios")) {
            Course course = course(
                    scenario.get("course").asString(),
                    doc.get("courses").get(scenario.get("course").asString()));
            tests.add(DynamicTest.dynamicTest(scenario.get("name").asString(), () -> run(course, scenario)));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(8);
        return tests.stream();
    }

    private static void run(Course course, JsonNode scenario) {
        MemoryProgressStore store = new MemoryProgressStore();
        int[] seed = {0};
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
        LearningService learning = service(course, store, clock, seed);
        LearnerId learner = learning.register("").id();
        int index = 0;
        for (JsonNode action : scenario.get("steps")) {
            String where = scenario.get("name").asString() + ", step " + (index++ + 1) + " (" + action.get("do") + ")";
            if (action.has("seed")) {
                seed[0] = action.get("seed").asInt();
            }
            JsonNode expect = action.get("expect");
            boolean refused = false;
            Optional<AnswerOutcome> outcome = Optional.empty();
            String lesson = action.has("lesson") ? action.get("lesson").asString() : null;
            try {
                switch (action.get("do").asString()) {
                    case "resume" -> learning = service(course, store, clock, seed);
                    case "start" -> learning.startChecks(learner, course.id(), lesson);
                    case "retry" -> learning.retryMissed(learner, course.id(), lesson);
                    case "continue" -> learning.continueAfter(learner, course.id(), lesson);
                    case "open" -> learning.openLesson(learner, course.id(), lesson);
                    case "answer" -> outcome = Optional.of(answer(learning, learner, course, action));
                    default -> fail(where + ": unknown action");
                }
            } catch (StaleStepException | IllegalArgumentException e) {
                refused = true;
            }
            compare(where, expect, learning.state(learner, course.id()), refused, outcome);
        }
    }

    private static LearningService service(Course course, MemoryProgressStore store, Clock clock, int[] seed) {
        return new LearningService(() -> List.of(course), store, clock, draftId -> Optional.empty(), () -> seed[0]);
    }

    private static AnswerOutcome answer(LearningService learning, LearnerId learner, Course course, JsonNode action) {
        Step step = learning.state(learner, course.id()).step();
        Check due = step instanceof Step.Answering a
                ? a.check()
                : course.lessons().getFirst().checks().getFirst();
        Check check = action.has("check")
                ? course.check(action.get("check").asString()).orElseThrow()
                : due;
        JsonNode choose = action.get("choose");
        Set<String> selected = new TreeSet<>();
        if (choose.isArray()) {
            choose.forEach(id -> selected.add(id.asString()));
        } else if (choose.asString().equals("key")) {
            selected.addAll(check.keyIds());
        } else {
            selected.add(check.options().stream()
                    .filter(o -> !o.key())
                    .findFirst()
                    .orElseThrow()
                    .id());
        }
        Optional<Confidence> confidence = action.has("confidence")
                ? Optional.of(Confidence.ofCode(action.get("confidence").asString()))
                : Optional.empty();
        return learning.answer(learner, course.id(), check.id(), selected, confidence);
    }

    private static void compare(
            String where, JsonNode expect, CourseState state, boolean refused, Optional<AnswerOutcome> outcome) {
        Map<String, Object> got = new TreeMap<>();
        Map<String, Object> want = new TreeMap<>();
        expect.properties().forEach(e -> want.put(e.getKey(), plain(e.getValue())));
        got.put("refused", refused);
        want.putIfAbsent("refused", false);
        switch (state.step()) {
            case Step.Reading r -> {
                got.put("step", "reading");
                got.put("lesson", r.lesson().id());
            }
            case Step.Answering a -> {
                got.put("step", "answering");
                got.put("lesson", a.lesson().id());
                got.put("check", a.check().id());
                got.put("position", a.position());
                got.put("count", a.count());
                got.put("round", a.round());
                got.put("order", a.options().stream().map(Option::id).toList());
            }
            case Step.LessonFinished f -> {
                got.put("step", "lesson-finished");
                got.put("lesson", f.lesson().id());
            }
            case Step.CourseFinished c -> got.put("step", "course-finished");
        }
        got.put(
                "canOpen",
                state.lessons().stream().map(s -> state.canOpen(s.lesson())).toList());
        Map<String, Object> course = new LinkedHashMap<>();
        course.put("correct", state.correct());
        course.put("total", state.total());
        course.put("passed", state.passed());
        got.put("course", course);
        if (want.get("results") instanceof Map<?, ?> lessons) {
            Map<String, Object> results = new TreeMap<>();
            for (Object id : lessons.keySet()) {
                LessonStatus status = state.lessons().stream()
                        .filter(s -> s.lesson().id().equals(id))
                        .findFirst()
                        .orElseThrow();
                LessonResult result = status.result()
                        .orElseThrow(() -> new AssertionError(where + ": lesson " + id + " has no result yet"));
                Map<String, Object> fields = new TreeMap<>();
                fields.put("correct", result.correct());
                fields.put("total", result.total());
                fields.put("firstTry", result.firstTryCorrect());
                fields.put("mastered", result.mastered());
                fields.put("missed", result.missedObjectives());
                fields.put("marks", result.calibration().marks());
                Map<String, Object> calibration = new TreeMap<>();
                for (Confidence c : Confidence.values()) {
                    calibration.put(
                            c.code(),
                            List.of(
                                    result.calibration().right(c),
                                    result.calibration().answered(c)));
                }
                fields.put("calibration", calibration);
                results.put(id.toString(), fields);
            }
            got.put("results", results);
        }
        outcome.ifPresent(o -> {
            Map<String, Object> fields = new TreeMap<>();
            fields.put("correct", o.correct());
            o.marks().ifPresent(m -> fields.put("marks", m));
            got.put("outcome", fields);
        });
        for (Map.Entry<String, Object> entry : want.entrySet()) {
            Object actual = restrict(got.get(entry.getKey()), entry.getValue());
            assertThat(actual).as(where + ": " + entry.getKey()).isEqualTo(entry.getValue());
        }
    }

    /** Keeps only the fields an expectation names, so that it checks just what it says. */
    private static Object restrict(Object actual, Object wanted) {
        if (actual instanceof Map<?, ?> a && wanted instanceof Map<?, ?> w) {
            Map<String, Object> kept = new TreeMap<>();
            w.forEach((k, v) -> kept.put(k.toString(), restrict(a.get(k), v)));
            return kept;
        }
        return actual;
    }

    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new TreeMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(plain(n)));
            return list;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isNumber()) {
            return node.asInt();
        }
        return node.asString();
    }

    static Course course(String id, JsonNode fixture) {
        List<Lesson> lessons = new ArrayList<>();
        for (JsonNode l : fixture.get("lessons")) {
            java.util.SequencedMap<String, String> objectives = new LinkedHashMap<>();
            l.get("objectives").forEach(o -> objectives.put(o.asString(), "Objective " + o.asString()));
            List<Check> checks = new ArrayList<>();
            for (JsonNode c : l.get("checks")) {
                List<Option> options = new ArrayList<>();
                for (JsonNode o : c.get("options")) {
                    String optionId = o.get("id").asString();
                    options.add(new Option(
                            optionId,
                            "Option " + optionId,
                            o.has("key") && o.get("key").asBoolean(),
                            "Why " + optionId));
                }
                checks.add(new Check(
                        c.get("id").asString(),
                        Level.NURSING,
                        CheckType.valueOf(c.get("type").asString().toUpperCase(java.util.Locale.ROOT)),
                        c.get("objective").asString(),
                        "Stem of " + c.get("id").asString(),
                        options,
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        !c.has("shuffle") || c.get("shuffle").asBoolean()));
            }
            lessons.add(new Lesson(
                    l.get("id").asString(),
                    lessons.size() + 1,
                    "Lesson " + l.get("id").asString(),
                    "Summary",
                    new LessonText("Text", "<p>Text</p>"),
                    objectives,
                    List.of(),
                    checks,
                    Optional.empty()));
        }
        return new Course(
                id,
                "Course " + id,
                "en",
                fixture.get("mastery").asInt(),
                "Summary",
                Optional.empty(),
                lessons,
                Course.FILE_VERSION,
                fixture.get("confidence").asBoolean());
    }
}
