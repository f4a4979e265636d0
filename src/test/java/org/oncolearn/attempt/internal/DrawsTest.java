package org.oncolearn.attempt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DrawsTest {

    @Test
    void the_key_lands_in_every_position_about_equally_often_so_its_place_cannot_be_guessed() {
        int learners = 20_000;
        int[] keyAt = new int[4];
        for (int seed = 0; seed < learners; seed++) {
            List<String> order = Draws.order(seed * 7919, "b3", List.of("a", "b", "c", "d"));
            keyAt[order.indexOf("b")]++;
        }
        for (int position = 0; position < 4; position++) {
            assertThat(keyAt[position])
                    .as("key in position %d", position + 1)
                    .isBetween(learners / 4 - learners / 40, learners / 4 + learners / 40);
        }
    }

    @Test
    void the_same_seed_and_check_always_give_the_same_order() {
        List<String> options = List.of("a", "b", "c", "d", "e");

        assertThat(Draws.order(42, "c1", options)).isEqualTo(Draws.order(42, "c1", options));
        assertThat(Draws.order(42, "c1", options)).containsExactlyInAnyOrderElementsOf(options);
    }

    @Test
    void different_learners_see_different_orders() {
        long distinct = IntStream.range(0, 50)
                .mapToObj(seed -> Draws.order(seed, "c1", List.of("a", "b", "c", "d")))
                .distinct()
                .count();

        assertThat(distinct).isGreaterThan(10);
    }

    @Test
    void picks_stay_within_the_candidates_and_use_all_of_them() {
        boolean[] used = new boolean[3];
        for (int seed = -500; seed < 500; seed++) {
            int pick = Draws.pick(seed, "pick:A1", 3);
            assertThat(pick).isBetween(0, 2);
            used[pick] = true;
        }
        assertThat(used).containsOnly(true);
    }
}
