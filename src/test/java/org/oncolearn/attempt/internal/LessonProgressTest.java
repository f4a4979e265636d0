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
            new LinkedHashMap<>(Map.of("A1", "Goal")),
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
                "A1",
                "Stem " + id,
                List.of(new Option("a", "Right", true, "Why right"), new Option("b", "Wrong", false, "Why wrong")),
                List.of(SOURCE),
                Optional.empty(),
                Optional.empty());
    }
}
