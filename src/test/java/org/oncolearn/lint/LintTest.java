package org.oncolearn.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.contentimport.WarningSignsFile;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.course.Review;
import org.oncolearn.course.Source;
import org.oncolearn.course.WarningSigns;
import org.oncolearn.course.WarningSigns.Localized;
import org.oncolearn.course.WarningSigns.Sign;
import org.oncolearn.course.WarningSigns.Tier;

class LintTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Source SOURCE = new Source("nci", "NCI", URI.create("https://www.cancer.gov/"));
    private static final Optional<Review> REVIEWED = Optional.of(new Review("R. Viewer", LocalDate.of(2027, 11, 27)));

    @Nested
    class All_or_none_of_the_above {
        @Test
        void is_found_in_an_option() {
            assertThat(rules(check("Which drug blocks PD-1?", "Nivolumab", "Cisplatin", "All of the above")))
                    .contains(LintRule.ALL_OR_NONE_OF_THE_ABOVE);
        }

        @Test
        void is_not_found_in_ordinary_options() {
            assertThat(rules(check("Which drug blocks PD-1?", "Nivolumab", "Cisplatin", "Tacrolimus")))
                    .doesNotContain(LintRule.ALL_OR_NONE_OF_THE_ABOVE);
        }
    }

    @Nested
    class Negative_stem {
        @Test
        void is_found_in_the_lead_in() {
            assertThat(rules(
                            check("Which drug is NOT a checkpoint inhibitor?", "Cisplatin", "Nivolumab", "Ipilimumab")))
                    .contains(LintRule.NEGATIVE_STEM);
        }

        @Test
        void is_not_found_when_only_the_vignette_has_a_negation() {
            assertThat(rules(check(
                            "A man has not eaten today. Which drug blocks PD-1?",
                            "Nivolumab",
                            "Cisplatin",
                            "Tacrolimus")))
                    .doesNotContain(LintRule.NEGATIVE_STEM);
        }
    }

    @Nested
    class Absolute_words {
        @Test
        void are_found_in_a_distractor() {
            assertThat(findings(check("What is true of side effects?", "They can start late", "They never start late")))
                    .anyMatch(f ->
                            f.rule() == LintRule.ABSOLUTE_WORDS && f.field().equals("options.1.text"));
        }

        @Test
        void are_not_found_in_hedged_options() {
            assertThat(rules(check("What is true of side effects?", "They can start late", "They usually start early")))
                    .doesNotContain(LintRule.ABSOLUTE_WORDS);
        }
    }

    @Nested
    class Longest_option_cue {
        @Test
        void is_found_when_the_key_is_much_longer() {
            assertThat(rules(check(
                            "Why test the tumour?",
                            "To see whether it carries the target the medicine acts on",
                            "To check allergies",
                            "To count tablets")))
                    .contains(LintRule.LONGEST_OPTION_CUE);
        }

        @Test
        void is_not_found_when_options_are_similar_in_length() {
            assertThat(rules(check(
                            "Why test the tumour?", "To find the target", "To find allergies", "To count tablets")))
                    .doesNotContain(LintRule.LONGEST_OPTION_CUE);
        }
    }

    @Nested
    class Stem_words_in_key {
        @Test
        void are_found_when_only_the_key_repeats_a_stem_word() {
            List<Finding> findings =
                    findings(check("Which monitoring matters with trastuzumab?", "Cardiac monitoring", "Audiometry"));
            assertThat(findings)
                    .anyMatch(f ->
                            f.rule() == LintRule.STEM_WORDS_IN_KEY && f.detail().contains("monitoring"));
        }

        @Test
        void function_words_shared_by_stem_and_key_are_not_clues() {
            assertThat(rules(check(
                            "Is it clear whether other treatments were used?",
                            "Whether other ones were used is unclear",
                            "Yes")))
                    .doesNotContain(LintRule.STEM_WORDS_IN_KEY);
        }

        @Test
        void are_not_found_when_distractors_repeat_the_word_too() {
            assertThat(rules(check(
                            "Which monitoring matters with trastuzumab?", "Cardiac monitoring", "Hearing monitoring")))
                    .doesNotContain(LintRule.STEM_WORDS_IN_KEY);
        }
    }

    @Nested
    class Key_position {
        @Test
        void imbalance_is_found_when_most_keys_share_a_position() {
            List<Check> checks = List.of(keyAt("a1", 0), keyAt("a2", 0), keyAt("a3", 0), keyAt("a4", 2));
            assertThat(Lint.lesson(lesson(checks), TODAY))
                    .anyMatch(f -> f.rule() == LintRule.KEY_POSITION_IMBALANCE
                            && f.detail().contains("3 of 4"));
        }

        @Test
        void balance_is_not_flagged() {
            List<Check> checks = List.of(keyAt("a1", 0), keyAt("a2", 1), keyAt("a3", 2), keyAt("a4", 0));
            assertThat(Lint.lesson(lesson(checks), TODAY)).noneMatch(f -> f.rule() == LintRule.KEY_POSITION_IMBALANCE);
        }
    }

    @Nested
    class Missing_rationale {
        @Test
        void is_found_for_a_blank_rationale() {
            Check check = check("Which drug blocks PD-1?", "Nivolumab", "Cisplatin");
            List<Option> options = new ArrayList<>(check.options());
            options.set(1, new Option("b", "Cisplatin", false, " "));
            assertThat(findings(with(check, options)))
                    .anyMatch(f ->
                            f.rule() == LintRule.MISSING_RATIONALE && f.field().equals("options.1.rationale"));
        }

        @Test
        void is_not_found_when_every_option_explains_itself() {
            assertThat(rules(check("Which drug blocks PD-1?", "Nivolumab", "Cisplatin")))
                    .doesNotContain(LintRule.MISSING_RATIONALE);
        }
    }

    @Nested
    class Reading_level {
        @Test
        void is_flagged_for_hard_patient_text() {
            Check hard = patient(
                    "Considering immunological pharmacotherapeutic interventions, which characterisation most"
                            + " appropriately summarises immunotherapeutic mechanisms?",
                    "Immunotherapeutic interventions potentiate endogenous antitumour immunological responsiveness");
            assertThat(findings(hard))
                    .anyMatch(f ->
                            f.rule() == LintRule.READING_LEVEL && f.detail().startsWith("US grade"));
        }

        @Test
        void is_not_flagged_for_plain_patient_text() {
            assertThat(rules(patient("Why was your tumour tested?", "To see if it has the target.")))
                    .doesNotContain(LintRule.READING_LEVEL);
        }
    }

    @Nested
    class Review_record {
        @Test
        void a_check_without_a_review_is_flagged() {
            Check check =
                    check("Which drug blocks PD-1?", "Nivolumab", "Cisplatin").withReview(Optional.empty());
            assertThat(rules(check)).contains(LintRule.NOT_REVIEWED);
        }

        @Test
        void a_lapsed_review_is_an_error_and_a_current_one_is_fine() {
            Check check = check("Which drug blocks PD-1?", "Nivolumab", "Cisplatin");
            Check lapsed = check.withReview(Optional.of(new Review("R. Viewer", TODAY.minusDays(1))));
            Check lastDay = check.withReview(Optional.of(new Review("R. Viewer", TODAY)));

            assertThat(findings(lapsed))
                    .anyMatch(f -> f.rule() == LintRule.REVIEW_LAPSED && f.severity() == Severity.ERROR);
            assertThat(rules(lastDay)).doesNotContain(LintRule.REVIEW_LAPSED, LintRule.NOT_REVIEWED);
        }
    }

    @Test
    void every_rule_explains_itself_in_one_line_and_links_its_guideline() {
        for (LintRule rule : LintRule.values()) {
            assertThat(rule.explanation()).doesNotContain("\n").hasSizeBetween(40, 160);
            assertThat(rule.guideline().getScheme()).isEqualTo("https");
        }
    }

    @Test
    void the_bundled_course_has_no_item_writing_errors_and_no_urgency_conflicts() {
        Course course = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        List<Finding> findings = Lint.of(course, TODAY, WarningSignsFile.forContent(Path.of("quizzes")));
        Map<LintRule, Long> counts = findings.stream()
                .collect(Collectors.groupingBy(Finding::rule, LinkedHashMap::new, Collectors.counting()));
        System.out.println("Lint of the bundled course: " + counts);
        findings.stream()
                .filter(f -> f.rule() != LintRule.NOT_REVIEWED)
                .forEach(f -> System.out.println("  " + f.describe()));

        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(findings)
                .as("no cueing left for a test-wise learner")
                .noneMatch(f -> Set.of(
                                LintRule.KEY_LENGTH_PATTERN,
                                LintRule.ABSOLUTES_ONLY_IN_DISTRACTORS,
                                LintRule.MIRRORED_OPTIONS,
                                LintRule.KEY_POSITION_IMBALANCE,
                                LintRule.LONGEST_OPTION_CUE)
                        .contains(f.rule()));
        assertThat(findings)
                .as("every objective has a sibling check for retries and reviews")
                .noneMatch(f -> f.rule() == LintRule.SINGLE_VARIANT);
        assertThat(course.checkCount(Level.NURSING)).isGreaterThanOrEqualTo(48);
        assertThat(course.checkCount(Level.PATIENT)).isGreaterThanOrEqualTo(24);
    }

    @Nested
    class Single_variant {
        @Test
        void is_found_for_an_objective_with_one_check_only() {
            List<Finding> found = Lint.lesson(lesson(List.of(keyAt("x1", 0))), TODAY);

            assertThat(found)
                    .anyMatch(f -> f.rule() == LintRule.SINGLE_VARIANT
                            && f.checkId().equals(Optional.of("x1"))
                            && f.detail().contains("objective A1"));
        }

        @Test
        void is_not_found_once_the_objective_has_a_second_check() {
            List<Finding> found = Lint.lesson(lesson(List.of(keyAt("x1", 0), keyAt("x2", 1))), TODAY);

            assertThat(found).noneMatch(f -> f.rule() == LintRule.SINGLE_VARIANT);
        }
    }

    @Nested
    class Key_length_pattern {
        @Test
        void is_found_when_the_key_is_the_longest_option_in_most_checks() {
            List<Check> checks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                checks.add(withId(check("Stem " + i + "?", "The key, longest of them", "Short one", "Short two"), i));
            }
            assertThat(Lint.lesson(lesson(checks), TODAY))
                    .anyMatch(f -> f.rule() == LintRule.KEY_LENGTH_PATTERN
                            && f.detail().equals("the key is the longest option in 4 of 4 single-answer checks"));
        }

        @Test
        void is_found_when_the_key_is_the_shortest_option_in_most_checks() {
            List<Check> checks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                checks.add(withId(check("Stem " + i + "?", "Key", "A longer distractor", "Another long one"), i));
            }
            assertThat(Lint.lesson(lesson(checks), TODAY))
                    .anyMatch(f -> f.rule() == LintRule.KEY_LENGTH_PATTERN
                            && f.detail().contains("shortest"));
        }

        @Test
        void is_not_found_when_key_lengths_vary() {
            List<Check> checks = List.of(
                    withId(check("A?", "The key, longest of them", "Short one", "Short two"), 0),
                    withId(check("B?", "Key", "A longer distractor", "Another long one"), 1),
                    withId(check("C?", "Middle key", "Short", "A much longer distractor"), 2),
                    withId(check("D?", "Middle key", "Short", "A much longer distractor"), 3));
            assertThat(Lint.lesson(lesson(checks), TODAY)).noneMatch(f -> f.rule() == LintRule.KEY_LENGTH_PATTERN);
        }
    }

    @Nested
    class Absolutes_only_in_distractors {
        @Test
        void are_found_when_distractors_say_always_or_never_and_the_key_does_not() {
            List<Finding> findings = findings(check(
                    "What is true of immune side effects?",
                    "They can start after treatment ends",
                    "They always start in the first week",
                    "They never affect the bowel"));
            assertThat(findings)
                    .anyMatch(f -> f.rule() == LintRule.ABSOLUTES_ONLY_IN_DISTRACTORS
                            && f.detail().equals("\"always\", \"never\" in option(s) B, C but not in the key"));
        }

        @Test
        void are_not_found_when_the_key_has_one_too() {
            assertThat(rules(check(
                            "What is true of immune side effects?",
                            "They can start at any time, never only early",
                            "They always start in the first week")))
                    .doesNotContain(LintRule.ABSOLUTES_ONLY_IN_DISTRACTORS);
        }
    }

    @Nested
    class Mirrored_options {
        @Test
        void are_found_when_one_option_negates_another() {
            assertThat(findings(check(
                            "What does the RAS test show?",
                            "Panitumumab is likely to help",
                            "Panitumumab is not likely to help",
                            "The dose")))
                    .anyMatch(f ->
                            f.rule() == LintRule.MIRRORED_OPTIONS && f.field().equals("options.1.text"));
        }

        @Test
        void are_found_when_two_options_swap_an_opposite() {
            assertThat(rules(check(
                            "What does a steroid do to blood sugar?",
                            "It raises blood sugar",
                            "It lowers blood sugar",
                            "Nothing")))
                    .contains(LintRule.MIRRORED_OPTIONS);
        }

        @Test
        void are_not_found_in_options_that_differ_in_content() {
            assertThat(rules(check(
                            "What does the RAS test show?",
                            "Whether panitumumab is likely to help",
                            "Whether she is allergic to antibodies",
                            "How fast the tumour grows")))
                    .doesNotContain(LintRule.MIRRORED_OPTIONS);
        }
    }

    @Nested
    class UrgencyTiming {

        /** One call-now sign (trouble breathing, diarrhoea) and one within-a-day sign (a mild rash). */
        private final WarningSigns signs = new WarningSigns(
                both("Some side effects need help at once."),
                new Tier(
                        both("Call now:"),
                        List.of(new Sign(
                                both("Trouble breathing, or diarrhoea"),
                                Set.of("trouble breathing", "diarrhoea", "short of breath"),
                                List.of(SOURCE)))),
                new Tier(
                        both("Tell us within a day:"),
                        List.of(new Sign(both("A mild rash"), Set.of("mild rash"), List.of(SOURCE)))),
                List.of(),
                both("In an emergency, call the emergency number."),
                List.of(SOURCE));

        private List<Finding> urgency(Check check) {
            return Lint.urgency(lesson(List.of(check)), signs);
        }

        private Check patientWith(String key, String keyRationale, String distractor, String distractorRationale) {
            return new Check(
                    "p1",
                    Level.PATIENT,
                    CheckType.SINGLE,
                    "A1",
                    "You feel unwell. What should you do?",
                    List.of(
                            new Option("a", key, true, keyRationale),
                            new Option("b", distractor, false, distractorRationale)),
                    List.of(SOURCE),
                    Optional.of("Which number do I call?"),
                    REVIEWED);
        }

        @Test
        void a_call_now_sign_told_early_or_at_the_next_visit_is_an_error_naming_sign_timing_and_field() {
            Check check = patientWith(
                    "Call the 24-hour number now.",
                    "Tell your team early about trouble breathing.",
                    "Rest at home.",
                    "Resting will not help. Mention the diarrhoea at your next visit.");

            List<Finding> findings = urgency(check);

            assertThat(findings)
                    .extracting(Finding::field)
                    .containsExactly("options.0.rationale", "options.1.rationale");
            assertThat(findings).allMatch(f -> f.rule() == LintRule.URGENCY_TIMING && f.severity() == Severity.ERROR);
            assertThat(findings.getFirst().detail())
                    .isEqualTo("\"trouble breathing\" is on the call-now list, but the sentence says \"early\":"
                            + " \"Tell your team early about trouble breathing.\"");
            assertThat(findings.get(1).detail()).contains("\"diarrhoea\"", "\"at your next visit\"");
        }

        @Test
        void the_same_day_soon_and_within_a_day_are_softer_timing_too() {
            for (String timing : List.of("the same day", "soon", "within a day", "tomorrow")) {
                Check check =
                        patientWith("If you are short of breath, call " + timing + ".", "Because.", "Wait.", "No.");
                assertThat(urgency(check)).as(timing).extracting(Finding::field).containsExactly("options.0.text");
            }
        }

        @Test
        void call_now_wording_and_do_not_wait_are_not_flagged() {
            Check check = patientWith(
                    "Call the 24-hour number now if you have diarrhoea.",
                    "Do not wait until your next visit if you have trouble breathing.",
                    "Wait for your next visit to mention the diarrhoea.",
                    "Waiting can delay care. Call now.");

            assertThat(urgency(check))
                    .as("the key calls now, the rationale says not to wait, and the distractor is shown as wrong")
                    .isEmpty();
        }

        @Test
        void a_within_a_day_sign_may_be_told_within_a_day() {
            Check check = patientWith("Tell your team within a day about a mild rash.", "Right.", "Wait.", "No.");

            assertThat(urgency(check)).isEmpty();
        }

        @Test
        void the_lesson_summary_counts_as_patient_text_and_nursing_checks_do_not() {
            Check nursing = check(
                    "A patient reports trouble breathing. Arrange a review the same day?",
                    "Yes, and escalate now.",
                    "No.");
            Lesson lesson = new Lesson(
                    "l1",
                    1,
                    "Lesson",
                    "Tell your team soon if you have diarrhoea.",
                    new LessonText("Text", "<p>Text</p>"),
                    new LinkedHashMap<>(Map.of("A1", "Goal")),
                    List.of(SOURCE),
                    List.of(nursing),
                    REVIEWED);

            assertThat(Lint.urgency(lesson, signs)).extracting(Finding::field).containsExactly("summary");
        }

        private static Localized both(String text) {
            return new Localized(Map.of("en", text, "de", text));
        }
    }

    private static List<LintRule> rules(Check check) {
        return findings(check).stream().map(Finding::rule).toList();
    }

    private static List<Finding> findings(Check check) {
        return Lint.check("l1", check, TODAY);
    }

    /** A nursing check whose first option is the key. */
    private static Check check(String stem, String... options) {
        List<Option> list = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            list.add(new Option(String.valueOf((char) ('a' + i)), options[i], i == 0, "Because " + i + "."));
        }
        return new Check(
                "c1", Level.NURSING, CheckType.SINGLE, "A1", stem, list, List.of(SOURCE), Optional.empty(), REVIEWED);
    }

    private static Check patient(String stem, String key) {
        Check check = check(stem, key, "To count tablets.");
        return new Check(
                check.id(),
                Level.PATIENT,
                check.type(),
                check.objective(),
                check.stem(),
                check.options(),
                check.sources(),
                Optional.of("Ask what the test showed."),
                REVIEWED);
    }

    private static Check withId(Check check, int number) {
        return new Check(
                "c" + number,
                check.level(),
                check.type(),
                check.objective(),
                check.stem(),
                check.options(),
                check.sources(),
                check.ask(),
                check.review());
    }

    private static Check with(Check check, List<Option> options) {
        return new Check(
                check.id(),
                check.level(),
                check.type(),
                check.objective(),
                check.stem(),
                options,
                check.sources(),
                check.ask(),
                check.review());
    }

    private static Check keyAt(String id, int position) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            options.add(new Option(String.valueOf((char) ('a' + i)), "Option " + id + i, i == position, "Why " + i));
        }
        return new Check(
                id,
                Level.NURSING,
                CheckType.SINGLE,
                "A1",
                "Stem " + id + "?",
                options,
                List.of(SOURCE),
                Optional.empty(),
                REVIEWED);
    }

    private static Lesson lesson(List<Check> checks) {
        return new Lesson(
                "l1",
                1,
                "Lesson",
                "Short words.",
                new LessonText("Text", "<p>Text</p>"),
                new LinkedHashMap<>(Map.of("A1", "Goal")),
                List.of(SOURCE),
                checks,
                REVIEWED);
    }
}
