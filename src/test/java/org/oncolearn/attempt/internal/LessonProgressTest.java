package org.oncolearn.attempt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.oncolearn.attempt.LessonStatus;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.course.Source;

class LessonProgressTest {

    private static final Source SOURCE = new Source("s", "A source", URI.create("https://example.org"));
    private final List<Check> checks =
            IntStream.rangeClosed(1, 5).mapToObj(i -> check("c" + i)).toList();
    private final Lesson lesson = new Lesson(
            "l",
            1,
            "Lesson",
            "Summary",
            new LessonText("", ""),
            objectives(),
            List.of(SOURCE),
            checks,
            Optional.empty());

    @Test
    void a_lesson_without_rounds_has_not_started() {
        LessonProgress progress = new LessonProgress(lesson, checks, List.of(), 80);

        assertThat(progress.started()).isFalse();
        assertThat(progress.status().phase()).isEqualTo(LessonStatus.Phase.NOT_STARTED);
    }

    @Test
    void checks_are_asked_in_order_until_the_round_is_answered() {
        Round round = round(1, List.of("c1", "c2", "c3", "c4", "c5"), Map.of("c1", true, "c2", false));

        LessonProgress progress = new LessonProgress(lesson, checks, List.of(round), 80);

        assertThat(progress.pending()).extracting(Check::id).containsExactly("c3", "c4", "c5");
        assertThat(progress.status().answered()).isEqualTo(2);
        assertThat(progress.finished()).isFalse();
    }

    @Test
    void four_of_five_meets_an_eighty_percent_mastery_level() {
        Round round = round(1, ids(), Map.of("c1", true, "c2", true, "c3", true, "c4", true, "c5", false));

        var result = new LessonProgress(lesson, checks, List.of(round), 80).result();

        assertThat(result.percent()).isEqualTo(80);
        assertThat(result.mastered()).isTrue();
        assertThat(result.missed()).extracting(Check::id).containsExactly("c5");
    }

    @Test
    void three_of_five_does_not_meet_eighty_percent() {
        Round round = round(1, ids(), Map.of("c1", true, "c2", true, "c3", true, "c4", false, "c5", false));

        var result = new LessonProgress(lesson, checks, List.of(round), 80).result();

        assertThat(result.mastered()).isFalse();
        assertThat(result.missed()).extracting(Check::id).containsExactly("c4", "c5");
    }

    @Test
    void a_retry_round_lifts_the_score_and_keeps_the_first_try() {
        Round first = round(1, ids(), Map.of("c1", true, "c2", false, "c3", true, "c4", false, "c5", true));
        Round retry = round(2, List.of("c2", "c4"), Map.of("c2", true, "c4", true));

        var result = new LessonProgress(lesson, checks, List.of(retry, first), 80).result();

        assertThat(result.correct()).isEqualTo(5);
        assertThat(result.firstTryCorrect()).isEqualTo(3);
        assertThat(result.firstTryPercent()).isEqualTo(60);
        assertThat(result.missed()).isEmpty();
    }

    @Test
    void a_wrong_answer_in_a_retry_still_counts_as_missed() {
        Round first = round(1, ids(), Map.of("c1", true, "c2", false, "c3", true, "c4", true, "c5", true));
        Round retry = round(2, List.of("c2"), Map.of("c2", false));

        var result = new LessonProgress(lesson, checks, List.of(first, retry), 80).result();

        assertThat(result.missed()).extracting(Check::id).containsExactly("c2");
    }

    @Test
    void checks_removed_from_the_content_since_are_ignored() {
        Round round = round(1, List.of("c1", "gone", "c2"), Map.of("c1", true, "gone", true));
        List<Check> remaining = checks.subList(0, 2);

        LessonProgress progress = new LessonProgress(lesson, remaining, List.of(round), 80);

        assertThat(progress.pending()).extracting(Check::id).containsExactly("c2");
        assertThat(progress.status().total()).isEqualTo(2);
    }

    private static LinkedHashMap<String, String> objectives() {
        LinkedHashMap<String, String> objectives = new LinkedHashMap<>();
        IntStream.rangeClosed(1, 5).forEach(i -> objectives.put("A" + i, "Goal " + i));
        return objectives;
    }

    @Test
    void a_first_round_asks_one_check_per_objective_in_the_lessons_order() {
        List<Check> pool = List.of(check("c2"), sibling("x2", "A2"), check("c1"), sibling("x1", "A1"));

        List<String> drawn = new LessonProgress(lesson, pool, List.of(), 80).firstRound(7);

        assertThat(drawn).hasSize(2);
        assertThat(drawn.get(0)).isIn("c1", "x1");
        assertThat(drawn.get(1)).isIn("c2", "x2");
    }

    @Test
    void a_retry_asks_the_sibling_not_yet_seen_and_never_an_objective_already_right() {
        List<Check> pool = List.of(check("c1"), sibling("x1", "A1"), check("c2"), sibling("x2", "A2"));
        for (int seed = 0; seed < 50; seed++) {
            Round first = round(1, List.of("c1", "x2"), Map.of("c1", false, "x2", true));

            List<String> retry = new LessonProgress(lesson, pool, List.of(first), 80).retryRound(seed);

            assertThat(retry).containsExactly("x1");
        }
    }

    @Test
    void once_every_sibling_was_seen_a_retry_avoids_the_check_asked_last() {
        List<Check> pool = List.of(check("c1"), sibling("x1", "A1"), sibling("y1", "A1"));
        Round first = round(1, List.of("c1"), Map.of("c1", false));
        Round second = round(2, List.of("x1"), Map.of("x1", false));
        Round third = round(3, List.of("y1"), Map.of("y1", false));
        for (int seed = 0; seed < 50; seed++) {
            List<String> retry = new LessonProgress(lesson, pool, List.of(first, second, third), 80).retryRound(seed);

            assertThat(retry).hasSize(1).doesNotContain("y1");
        }
    }

    private static Check sibling(String id, String objective) {
        Check base = check("c1");
        return new Check(
                id,
                base.level(),
                base.type(),
                objective,
                "Stem " + id,
                base.options(),
                base.sources(),
                base.ask(),
                base.review(),
                true);
    }

    private static List<String> ids() {
        return List.of("c1", "c2", "c3", "c4", "c5");
    }

    private static Round round(int number, List<String> asked, Map<String, Boolean> correctness) {
        Map<String, RecordedAnswer> answers = new LinkedHashMap<>();
        correctness.forEach((id, correct) ->
                answers.put(id, new RecordedAnswer(Set.of(correct ? "a" : "b"), correct, Instant.EPOCH)));
        return new Round(number, "l", number, asked, answers);
    }

    private static Check check(String id) {
        return new Check(
                id,
                Level.NURSING,
                CheckType.SINGLE,
                "A" + id.substring(1),
                "Stem " + id,
                List.of(new Option("a", "Right", true, "Why right"), new Option("b", "Wrong", false, "Why wrong")),
                List.of(SOURCE),
                Optional.empty(),
                Optional.empty());
    }
}
