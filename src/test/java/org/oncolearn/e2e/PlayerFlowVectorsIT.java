package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs every scenario of the shared behaviour vectors ({@code src/test/resources/behaviour/learner-flow.json}, the
 * specification the app's LearningService runs too) against the package player's {@code flow.js}, loaded into a blank
 * page of headless Chromium. Each step's action goes to flow.js; every field the step expects is compared with what
 * flow.js reports, and a mismatch names the scenario, the step and the field. {@code resume} writes the state as the
 * player writes it into suspend_data and reads it back.
 */
class PlayerFlowVectorsIT {

    private static final Path VECTORS = Path.of("src", "test", "resources", "behaviour", "learner-flow.json");

    /** Performs one step on window.flow and returns what flow.js then reports, as JSON. */
    private static final String STEP = """
            var step = JSON.parse(arguments[0]);
            var course = window.course;
            var flow = window.flow;
            var result;
            if (step.do === 'resume') {
              var saved = flow.encode();
              var state = OncoFlow.decode(course, saved);
              if (!state) {
                return JSON.stringify({ error: 'the saved state did not read back: ' + saved });
              }
              flow = window.flow = OncoFlow.create(course, state);
              result = { refused: false };
            } else if (step.do === 'start') {
              result = flow.start(step.lesson, step.seed);
            } else if (step.do === 'open') {
              result = flow.open(step.lesson);
            } else if (step.do === 'retry') {
              result = flow.retry(step.lesson, step.seed);
            } else if (step.do === 'continue') {
              result = flow.proceed(step.lesson);
            } else if (step.do === 'answer') {
              var check = flow.step().check || null;
              if (step.check) {
                check = null;
                flow.model.lessons.forEach(function (l) {
                  l.checks.forEach(function (c) { if (c.id === step.check) { check = c; } });
                });
              }
              var chosen;
              if (step.choose === 'key') {
                chosen = check ? check.keys : ['a'];
              } else if (step.choose === 'wrong') {
                chosen = check ? [check.options.filter(function (o) { return !o.key; })[0].id] : ['a'];
              } else {
                chosen = step.choose;
              }
              result = flow.answer(step.check || null, chosen, step.confidence === undefined ? null : step.confidence);
            } else {
              return JSON.stringify({ error: 'unknown action ' + step.do });
            }
            var next = flow.step();
            var seen = {
              refused: result.refused,
              step: next.step,
              lesson: next.lesson.id,
              canOpen: flow.model.lessons.map(function (l) { return flow.canOpen(l.index); }),
              course: flow.courseScore(),
              results: {}
            };
            if (result.outcome) {
              seen.outcome = result.outcome;
            }
            if (next.step === 'answering') {
              seen.check = next.check.id;
              seen.position = next.position;
              seen.count = next.count;
              seen.round = next.round;
              seen.order = next.order;
            } else if (next.step === 'lesson-finished') {
              seen.count = next.count;
              seen.round = next.round;
            }
            flow.model.lessons.forEach(function (l) { seen.results[l.id] = flow.result(l.index); });
            return JSON.stringify(seen);
            """;

    static final JsonMapper JSON = JsonMapper.builder().build();

    static Browser browser;
    static JsonNode spec;
    static int scenariosRun;
    static int stepsRun;
    static int fieldsCompared;

    @BeforeAll
    static void loadFlowIntoABlankPage() throws IOException {
        spec = JSON.readTree(Files.readString(VECTORS));
        browser = new Browser(800, 600);
        browser.driver().get("about:blank");
        browser.script(flowScript());
        assertThat(browser.script("return typeof window.OncoFlow.create;")).isEqualTo("function");
    }

    static String flowScript() throws IOException {
        try (InputStream in = PlayerFlowVectorsIT.class.getResourceAsStream("/templates/player/flow.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void report() {
        System.out.printf(
                "learner-flow.json against flow.js: %d scenarios, %d steps, %d expected fields compared%n",
                scenariosRun, stepsRun, fieldsCompared);
        browser.close();
    }

    @TestFactory
    Stream<DynamicTest> every_scenario_of_the_behaviour_vectors_gives_the_expected_states_in_flow_js() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode scenario : spec.get("scenarios")) {
            tests.add(DynamicTest.dynamicTest(scenario.get("name").asString(), () -> {
                Run run = run(scenario);
                scenariosRun++;
                stepsRun += run.steps();
                fieldsCompared += run.fields();
                assertThat(run.mismatches()).as("mismatches").isEmpty();
            }));
        }
        assertThat(tests).as("scenarios in %s", VECTORS).isNotEmpty();
        return tests.stream();
    }

    @Test
    void every_expected_field_of_every_step_is_compared() {
        int steps = 0;
        int fields = 0;
        int stepsPlayed = 0;
        int fieldsCompared = 0;
        for (JsonNode scenario : spec.get("scenarios")) {
            for (JsonNode step : scenario.get("steps")) {
                steps++;
                fields += leaves(step.get("expect"));
            }
            Run run = run(scenario);
            stepsPlayed += run.steps();
            fieldsCompared += run.fields();
        }

        assertThat(stepsPlayed).isEqualTo(steps).isGreaterThan(50);
        assertThat(fieldsCompared).isEqualTo(fields).isGreaterThan(200);
    }

    @Test
    void a_wrong_expectation_is_reported_with_its_scenario_step_and_field() {
        JsonNode scenario = spec.get("scenarios").get(1).deepCopy();
        ObjectNode expect = (ObjectNode) scenario.get("steps").get(0).get("expect");
        expect.set("order", JSON.valueToTree(List.of("d", "c", "b", "a")));
        ((ObjectNode) scenario.get("steps").get(3).get("expect").get("results").get("l1")).put("correct", 2);

        assertThat(run(scenario).mismatches())
                .containsExactly(
                        "scenario \"" + scenario.get("name").asString()
                                + "\", step 1 (start l1 seed 7), field order: expected [\"d\",\"c\",\"b\",\"a\"] but"
                                + " flow.js gave [\"a\",\"d\",\"b\",\"c\"]",
                        "scenario \"" + scenario.get("name").asString()
                                + "\", step 4 (answer key), field results.l1.correct: expected 2 but flow.js gave 3");
    }

    /** What playing a scenario found: every expected field flow.js did not give, and how much was compared. */
    record Run(List<String> mismatches, int steps, int fields) {}

    /** Plays one scenario from a new learner. */
    static Run run(JsonNode scenario) {
        JsonNode course = spec.get("courses").get(scenario.get("course").asString());
        browser.script(
                "window.course = JSON.parse(arguments[0]); window.flow = OncoFlow.create(window.course);",
                course.toString());
        List<String> mismatches = new ArrayList<>();
        int[] fields = {0};
        int number = 0;
        for (JsonNode step : scenario.get("steps")) {
            number++;
            JsonNode seen = JSON.readTree((String) browser.script(STEP, step.toString()));
            String where = "scenario \"" + scenario.get("name").asString() + "\", step " + number + " ("
                    + describe(step) + ")";
            if (seen.has("error")) {
                mismatches.add(where + ": " + seen.get("error").asString());
                continue;
            }
            compare(where, "", step.get("expect"), seen, mismatches, fields);
        }
        return new Run(mismatches, number, fields[0]);
    }

    /** Objects are compared field by field (only the fields expected); everything else as a whole. */
    private static void compare(
            String where, String path, JsonNode expected, JsonNode seen, List<String> out, int[] fields) {
        if (expected.isObject()) {
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                compare(
                        where,
                        path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                        field.getValue(),
                        seen == null ? null : seen.get(field.getKey()),
                        out,
                        fields);
            }
            return;
        }
        fields[0]++;
        if (seen == null || !expected.equals(seen)) {
            out.add(where + ", field " + path + ": expected " + expected + " but flow.js gave "
                    + (seen == null ? "nothing" : seen.toString()));
        }
    }

    private static int leaves(JsonNode node) {
        if (!node.isObject()) {
            return 1;
        }
        int count = 0;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            count += leaves(field.getValue());
        }
        return count;
    }

    private static String describe(JsonNode step) {
        StringBuilder text = new StringBuilder(step.get("do").asString());
        for (String field : List.of("lesson", "check", "choose", "confidence", "seed")) {
            if (step.has(field)) {
                JsonNode value = step.get(field);
                text.append(' ');
                if (!"lesson".equals(field) && !"choose".equals(field) && !"check".equals(field)) {
                    text.append(field).append(' ');
                }
                text.append(value.isString() ? value.asString() : value.toString());
            }
        }
        return text.toString();
    }
}
