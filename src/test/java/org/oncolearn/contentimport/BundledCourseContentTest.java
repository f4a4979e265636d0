package org.oncolearn.contentimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;

/** The bundled course as the foundation issue and the accuracy brief require it. */
class BundledCourseContentTest {

    private static final Course COURSE = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
    private static final Pattern NEGATIVE_STEM = Pattern.compile("\\b(NOT|EXCEPT|LEAST)\\b");

    @Test
    void the_course_has_one_lesson_per_section_of_the_seed_in_order() {
        assertThat(COURSE.title()).isEqualTo("Immunotherapies and targeted therapies");
        assertThat(COURSE.masteryPercent()).isEqualTo(80);
        assertThat(COURSE.lessons())
                .extracting(Lesson::title)
                .containsExactly(
                        "Immune system and cancer",
                        "What are immunotherapies and how do they work?",
                        "Targeted therapies",
                        "Importance of immunotherapies and targeted therapies");
    }

    @Test
    void every_lesson_has_five_nursing_and_two_patient_checks_at_least() {
        for (Lesson lesson : COURSE.lessons()) {
            assertThat(lesson.checks(Level.NURSING)).as(lesson.title()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(lesson.checks(Level.PATIENT)).as(lesson.title()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(lesson.sources()).as(lesson.title()).isNotEmpty();
        }
    }

    @Test
    void single_answer_nursing_checks_have_four_options() {
        allChecks()
                .filter(c -> c.level() == Level.NURSING && c.type() == CheckType.SINGLE)
                .forEach(c -> assertThat(c.options()).as(c.id()).hasSize(4));
    }

    @Test
    void the_course_uses_select_all_that_apply_checks() {
        assertThat(allChecks().filter(c -> c.type() == CheckType.MULTIPLE)).isNotEmpty();
    }

    @Test
    void every_check_has_sources_and_a_rationale_for_every_option() {
        allChecks().forEach(check -> {
            assertThat(check.sources()).as(check.id()).isNotEmpty();
            check.options()
                    .forEach(o ->
                            assertThat(o.rationale()).as(check.id() + o.id()).hasSizeGreaterThan(15));
        });
    }

    @Test
    void no_check_uses_all_or_none_of_the_above_or_a_negative_stem() {
        allChecks().forEach(check -> {
            assertThat(NEGATIVE_STEM.matcher(check.stem()).find())
                    .as(check.id())
                    .isFalse();
            check.options()
                    .forEach(o -> assertThat(o.text().toLowerCase(Locale.ROOT))
                            .as(check.id())
                            .doesNotContain("all of the above", "none of the above"));
        });
    }

    @Test
    void the_key_is_never_the_single_longest_option() {
        allChecks().filter(c -> c.type() == CheckType.SINGLE).forEach(check -> {
            int keyLength = check.options().stream()
                    .filter(Option::key)
                    .findFirst()
                    .orElseThrow()
                    .text()
                    .length();
            int longestDistractor = check.options().stream()
                    .filter(o -> !o.key())
                    .mapToInt(o -> o.text().length())
                    .max()
                    .orElseThrow();
            assertThat(keyLength).as(check.id()).isLessThanOrEqualTo(longestDistractor);
        });
    }

    @Test
    void key_positions_vary_within_each_lesson() {
        for (Lesson lesson : COURSE.lessons()) {
            Map<Integer, Long> positions = lesson.checks().stream()
                    .filter(c -> c.type() == CheckType.SINGLE)
                    .collect(Collectors.groupingBy(BundledCourseContentTest::keyPosition, Collectors.counting()));
            long singles =
                    positions.values().stream().mapToLong(Long::longValue).sum();
            assertThat(positions).as(lesson.title()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(positions.values())
                    .as(lesson.title())
                    .allSatisfy(n -> assertThat(n * 2).isLessThanOrEqualTo(singles));
        }
    }

    @Test
    void one_check_teaches_why_targeted_therapy_needs_matching_tumour_features() {
        assertThat(allChecks())
                .anySatisfy(check -> assertThat(check.stem() + " " + keysOf(check))
                        .containsIgnoringCase("RAS")
                        .containsIgnoringCase("colorectal")
                        .containsIgnoringCase("EGFR"));
    }

    @Test
    void cisplatin_is_taught_as_chemotherapy_and_never_as_an_immunotherapy() {
        List<String> sentences = sentencesMentioning("cisplatin");
        assertThat(sentences).anySatisfy(s -> assertThat(s).containsIgnoringCase("chemotherapy"));
        sentences.stream()
                .filter(s -> s.toLowerCase(Locale.ROOT).contains("immunotherap"))
                .forEach(s -> assertThat(s.toLowerCase(Locale.ROOT)).containsAnyOf("chemotherapy", "not "));
    }

    @Test
    void tacrolimus_is_taught_as_an_immunosuppressant_and_never_as_a_targeted_drug() {
        List<String> sentences = sentencesMentioning("tacrolimus");
        assertThat(sentences).anySatisfy(s -> assertThat(s).containsIgnoringCase("immunosuppress"));
        sentences.stream()
                .filter(s -> s.toLowerCase(Locale.ROOT).matches("(?s).*(targeted|cancer drug|cancer medicine).*"))
                .forEach(s -> assertThat(s.toLowerCase(Locale.ROOT))
                        .containsAnyOf("immunosuppress", "not ", "transplant", "no cancer"));
    }

    @Test
    void the_seed_wording_errors_are_not_repeated() {
        String everything = allText().collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
        assertThat(everything).doesNotContain("cisplatin drug therap", "targeted tacrolimus", "sufferers", "40–60");
    }

    private static Stream<Check> allChecks() {
        return COURSE.lessons().stream().flatMap(l -> l.checks().stream());
    }

    private static int keyPosition(Check check) {
        return check.options()
                        .indexOf(check.options().stream()
                                .filter(Option::key)
                                .findFirst()
                                .orElseThrow())
                + 1;
    }

    private static String keysOf(Check check) {
        return check.options().stream().filter(Option::key).map(Option::text).collect(Collectors.joining(" "));
    }

    /** Text a learner reads as teaching: lesson text, stems, keys and every rationale (not distractor wording). */
    private static Stream<String> allText() {
        return COURSE.lessons().stream()
                .flatMap(lesson -> Stream.concat(
                        Stream.of(lesson.text().markdown(), lesson.summary()),
                        lesson.checks().stream()
                                .flatMap(check -> Stream.concat(
                                        Stream.of(check.stem(), keysOf(check)),
                                        check.options().stream().map(Option::rationale)))));
    }

    private static List<String> sentencesMentioning(String word) {
        List<String> sentences = allText()
                .map(text -> text.replace("*", ""))
                .flatMap(text -> Arrays.stream(text.split("(?<=[.!?])\\s+")))
                .filter(s -> s.toLowerCase(Locale.ROOT).contains(word))
                .toList();
        assertThat(sentences).as("sentences about " + word).isNotEmpty();
        return sentences;
    }
}
