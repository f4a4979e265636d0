package org.oncolearn.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    private static final List<CheckOptions> ABCD = List.of("easy", "s1", "s2", "s3", "hard", "neg", "rare").stream()
            .map(id -> new CheckOptions(id, List.of("a", "b", "c", "d"), Set.of("a")))
            .toList();

    @Test
    void a_small_hand_checked_case_gives_the_point_biserial_of_the_rest_score() {
        // q1's rest scores (q2 + q3) are 2, 1, 0 for those right and 1, 0 for those wrong: M1 = 1, M0 = 0.5,
        // s = sqrt(0.56), p = 0.6, so r = 0.5 / sqrt(0.56) * sqrt(0.24) = sqrt(3/28).
        List<Response> responses = new ArrayList<>();
        int[][] scores = {{1, 1, 1}, {1, 1, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 0}};
        for (int learner = 0; learner < scores.length; learner++) {
            for (int check = 0; check < 3; check++) {
                boolean right = scores[learner][check] == 1;
                responses.add(new Response("L" + learner, "q" + (check + 1), Set.of(right ? "a" : "b"), right));
            }
        }

        ItemStatistics q1 = byId(ItemAnalysis.of(responses)).get("q1");

        assertThat(q1.n()).isEqualTo(5);
        assertThat(q1.facility()).isEqualTo(0.6);
        assertThat(q1.discrimination().getAsDouble()).isCloseTo(Math.sqrt(3.0 / 28), within(1e-12));
        assertThat(q1.discrimination().getAsDouble())
                .isCloseTo(independentPointBiserial(responses, "q1").getAsDouble(), within(1e-12));
        assertThat(q1.flags()).isEmpty();
    }

    @Test
    void a_check_everyone_answers_right_is_too_easy_and_its_discrimination_is_undefined() {
        ItemStatistics easy = byId(ItemAnalysis.of(ResponseSet.sixtyLearners().responses(), ABCD))
                .get("easy");

        assertThat(easy.n()).isEqualTo(60);
        assertThat(easy.facility()).isEqualTo(1.0);
        assertThat(easy.discrimination()).isEmpty();
        assertThat(easy.flags())
                .as("nobody chose a distractor either")
                .containsExactly(Flag.TOO_EASY, Flag.UNUSED_DISTRACTOR);
    }

    @Test
    void a_check_weaker_learners_answer_right_more_often_has_negative_discrimination_and_is_flagged() {
        List<Response> responses = ResponseSet.sixtyLearners().responses();

        ItemStatistics neg = byId(ItemAnalysis.of(responses, ABCD)).get("neg");

        assertThat(neg.facility()).isEqualTo(0.5);
        assertThat(neg.discrimination().getAsDouble())
                .isCloseTo(-0.8454968154078787, within(1e-12))
                .isCloseTo(independentPointBiserial(responses, "neg").getAsDouble(), within(1e-12));
        assertThat(neg.flags()).containsExactly(Flag.LOW_DISCRIMINATION);
    }

    @Test
    void every_generated_check_has_the_facility_discrimination_and_flags_it_was_built_with() {
        List<Response> responses = ResponseSet.sixtyLearners().responses();

        List<ItemStatistics> items = ItemAnalysis.of(responses, ABCD);

        assertThat(items)
                .extracting(ItemStatistics::checkId)
                .containsExactly("easy", "s1", "s2", "s3", "hard", "neg", "rare");
        assertThat(items).extracting(ItemStatistics::facility).containsExactly(1.0, 0.8, 0.6, 0.4, 0.2, 0.5, 40 / 60.0);
        for (ItemStatistics item : items) {
            OptionalDouble expected = independentPointBiserial(responses, item.checkId());
            assertThat(item.discrimination().isPresent()).isEqualTo(expected.isPresent());
            expected.ifPresent(r -> assertThat(item.discrimination().getAsDouble())
                    .as(item.checkId())
                    .isCloseTo(r, within(1e-12)));
        }
        assertThat(items)
                .extracting(ItemStatistics::flags)
                .containsExactly(
                        Set.of(Flag.TOO_EASY, Flag.UNUSED_DISTRACTOR),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(Flag.TOO_HARD),
                        Set.of(Flag.LOW_DISCRIMINATION),
                        Set.of(Flag.UNUSED_DISTRACTOR));
    }

    @Test
    void a_distractor_nobody_picks_is_flagged_from_50_responses_on_with_its_share_of_zero() {
        List<CheckOptions> known = List.of(new CheckOptions("c", List.of("a", "b", "c", "d"), Set.of("a")));
        // Wrong answers split between b and c; nobody ever picks d.
        ResponseSet fifty = new ResponseSet(50).check("c", i -> i >= 20, i -> i % 2 == 0 ? "b" : "c");
        ResponseSet fortyNine = new ResponseSet(49).check("c", i -> i >= 20, i -> i % 2 == 0 ? "b" : "c");

        ItemStatistics flagged = ItemAnalysis.of(fifty.responses(), known).getFirst();
        ItemStatistics tooFew = ItemAnalysis.of(fortyNine.responses(), known).getFirst();

        assertThat(flagged.options())
                .containsExactly(
                        new OptionShare("a", true, 30, 0.6),
                        new OptionShare("b", false, 10, 0.2),
                        new OptionShare("c", false, 10, 0.2),
                        new OptionShare("d", false, 0, 0.0));
        assertThat(flagged.flags()).containsExactly(Flag.UNUSED_DISTRACTOR);
        assertThat(flagged.unusedDistractors()).containsExactly("d");
        assertThat(tooFew.flags()).isEmpty();
        assertThat(tooFew.unusedDistractors()).isEmpty();
    }

    @Test
    void without_the_course_the_options_are_those_chosen_and_the_keys_those_in_right_responses() {
        ItemStatistics rare =
                byId(ItemAnalysis.of(ResponseSet.sixtyLearners().responses())).get("rare");

        assertThat(rare.options())
                .extracting(OptionShare::optionId, OptionShare::key, OptionShare::chosenBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", true, 40),
                        org.assertj.core.groups.Tuple.tuple("b", false, 9),
                        org.assertj.core.groups.Tuple.tuple("c", false, 9),
                        org.assertj.core.groups.Tuple.tuple("d", false, 2));
        assertThat(rare.flags()).containsExactly(Flag.UNUSED_DISTRACTOR);
    }

    @Test
    void only_a_learners_first_response_to_a_check_counts() {
        List<Response> responses = List.of(
                new Response("ana", "q1", Set.of("b"), false),
                new Response("ben", "q1", Set.of("a"), true),
                new Response("ana", "q1", Set.of("a"), true),
                new Response("ana", "q1", Set.of("a"), true));

        ItemStatistics q1 = ItemAnalysis.of(responses).getFirst();

        assertThat(q1.n()).isEqualTo(2);
        assertThat(q1.facility()).isEqualTo(0.5);
        assertThat(q1.options()).extracting(OptionShare::chosenBy).containsExactly(1, 1);
    }

    @Test
    void the_discrimination_is_undefined_when_every_rest_score_is_the_same() {
        // Everyone got q2 right, so q1's rest score is 1 for all: no correlation can be computed.
        List<Response> responses = List.of(
                new Response("ana", "q1", Set.of("a"), true),
                new Response("ana", "q2", Set.of("a"), true),
                new Response("ben", "q1", Set.of("b"), false),
                new Response("ben", "q2", Set.of("a"), true));

        ItemStatistics q1 = ItemAnalysis.of(responses).getFirst();

        assertThat(q1.facility()).isEqualTo(0.5);
        assertThat(q1.discrimination()).isEmpty();
        assertThat(q1.flags()).as("no verdict on discrimination without one").isEmpty();
    }

    @Test
    void responses_that_do_not_say_what_was_chosen_give_no_option_shares_and_no_distractor_flag() {
        List<CheckOptions> known = List.of(new CheckOptions("q1", List.of("a", "b"), Set.of("a")));
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            responses.add(new Response("l" + i, "q1", Set.of(), i % 2 == 0));
        }

        ItemStatistics q1 = ItemAnalysis.of(responses, known).getFirst();

        assertThat(q1.choices()).isZero();
        assertThat(q1.options()).isEmpty();
        assertThat(q1.flags()).doesNotContain(Flag.UNUSED_DISTRACTOR);
    }

    @Test
    void the_course_order_comes_first_and_a_check_nobody_answered_is_left_out() {
        List<CheckOptions> known = List.of(
                new CheckOptions("z9", List.of("a", "b"), Set.of("a")),
                new CheckOptions("unanswered", List.of("a", "b"), Set.of("a")),
                new CheckOptions("a1", List.of("a", "b"), Set.of("a")));
        List<Response> responses = List.of(
                new Response("ana", "other", Set.of("a"), true),
                new Response("ana", "a1", Set.of("a"), true),
                new Response("ana", "z9", Set.of("a"), true));

        assertThat(ItemAnalysis.of(responses, known))
                .extracting(ItemStatistics::checkId)
                .containsExactly("z9", "a1", "other");
    }

    /**
     * The textbook form, written apart from the code under test: r = (M1 - M0) / s * sqrt(p q), with M1 and M0 the mean
     * rest scores of those who got the check right and wrong, s the population standard deviation of all rest scores,
     * p the facility and q = 1 - p.
     */
    static OptionalDouble independentPointBiserial(List<Response> responses, String checkId) {
        Map<String, List<Response>> byLearner = responses.stream().collect(Collectors.groupingBy(Response::learner));
        List<double[]> scoreAndRest = new ArrayList<>();
        byLearner.forEach((learner, own) -> {
            Set<String> seen = new LinkedHashSet<>();
            double score = -1;
            double rest = 0;
            for (Response response : own) {
                if (!seen.add(response.checkId())) {
                    continue;
                }
                if (response.checkId().equals(checkId)) {
                    score = response.correct() ? 1 : 0;
                } else if (response.correct()) {
                    rest++;
                }
            }
            if (score >= 0) {
                scoreAndRest.add(new double[] {score, rest});
            }
        });
        int n = scoreAndRest.size();
        double p = scoreAndRest.stream().mapToDouble(s -> s[0]).sum() / n;
        double mean = scoreAndRest.stream().mapToDouble(s -> s[1]).average().orElseThrow();
        double s = Math.sqrt(scoreAndRest.stream()
                        .mapToDouble(v -> (v[1] - mean) * (v[1] - mean))
                        .sum()
                / n);
        if (p == 0 || p == 1 || s == 0) {
            return OptionalDouble.empty();
        }
        double m1 = scoreAndRest.stream()
                .filter(v -> v[0] == 1)
                .mapToDouble(v -> v[1])
                .average()
                .orElseThrow();
        double m0 = scoreAndRest.stream()
                .filter(v -> v[0] == 0)
                .mapToDouble(v -> v[1])
                .average()
                .orElseThrow();
        return OptionalDouble.of((m1 - m0) / s * Math.sqrt(p * (1 - p)));
    }

    private static Map<String, ItemStatistics> byId(List<ItemStatistics> items) {
        return items.stream().collect(Collectors.toMap(ItemStatistics::checkId, Function.identity()));
    }
}
