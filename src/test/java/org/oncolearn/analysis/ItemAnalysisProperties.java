package org.oncolearn.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ItemAnalysisProperties {

    @Property(tries = 500)
    void facility_and_shares_lie_in_0_to_1_and_discrimination_in_minus_1_to_1_never_nan(
            @ForAll("responseSets") List<Response> responses) {
        for (ItemStatistics item : ItemAnalysis.of(responses)) {
            assertThat(item.n()).isPositive();
            assertThat(item.facility()).isBetween(0.0, 1.0);
            item.discrimination().ifPresent(r -> assertThat(r).isNotNaN().isBetween(-1.0, 1.0));
            assertThat(item.options()).allSatisfy(o -> assertThat(o.share()).isBetween(0.0, 1.0));
        }
    }

    @Property(tries = 500)
    void discrimination_agrees_with_the_textbook_formula_and_flags_with_the_thresholds(
            @ForAll("responseSets") List<Response> responses) {
        for (ItemStatistics item : ItemAnalysis.of(responses)) {
            OptionalDouble expected = ItemAnalysisTest.independentPointBiserial(responses, item.checkId());
            assertThat(item.discrimination().isPresent()).isEqualTo(expected.isPresent());
            expected.ifPresent(
                    r -> assertThat(item.discrimination().getAsDouble()).isCloseTo(r, within(1e-9)));
            assertThat(item.flagged(Flag.TOO_EASY)).isEqualTo(item.facility() > 0.9);
            assertThat(item.flagged(Flag.TOO_HARD)).isEqualTo(item.facility() < 0.3);
            assertThat(item.flagged(Flag.LOW_DISCRIMINATION))
                    .as("judged on the figure shown, which may differ from the textbook's in the last bit at 0.2")
                    .isEqualTo(item.discrimination().isPresent()
                            && item.discrimination().getAsDouble() < 0.2);
            assertThat(item.flagged(Flag.UNUSED_DISTRACTOR))
                    .isEqualTo(!item.unusedDistractors().isEmpty());
        }
    }

    @Provide
    Arbitrary<List<Response>> responseSets() {
        Arbitrary<Response> response = Combinators.combine(
                        Arbitraries.integers().between(0, 80),
                        Arbitraries.of("q1", "q2", "q3", "q4", "q5"),
                        Arbitraries.of("a", "b", "c", "d"),
                        Arbitraries.of(true, false))
                .as((learner, check, option, correct) ->
                        new Response("l" + learner, check, Set.of(correct ? "a" : option), correct));
        return response.list().ofMinSize(1).ofMaxSize(400);
    }
}
