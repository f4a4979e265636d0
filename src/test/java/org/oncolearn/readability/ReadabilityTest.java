package org.oncolearn.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadabilityTest {

    @ParameterizedTest
    @CsvSource({
        "cat, 1",
        "care, 1",
        "named, 1",
        "makes, 1",
        "tested, 2",
        "uses, 2",
        "table, 2",
        "cancer, 2",
        "medicine, 3",
        "chemotherapy, 5",
        "immunotherapy, 6",
        "beautiful, 3"
    })
    void syllables_are_counted_by_rule(String word, int syllables) {
        assertThat(Readability.syllables(word)).isEqualTo(syllables);
    }

    @Test
    void the_grade_follows_the_flesch_kincaid_formula() {
        Readability.Score score = Readability.score("The cat sat on the mat. The dog ran.");

        assertThat(score.words()).isEqualTo(9);
        assertThat(score.sentences()).isEqualTo(2);
        assertThat(score.syllables()).isEqualTo(9);
        assertThat(score.grade()).isCloseTo(0.39 * 9 / 2 + 11.8 * 9 / 9 - 15.59, within(1e-9));
    }

    @Test
    void long_sentences_of_long_words_score_higher_than_short_plain_ones() {
        double plain = Readability.score("Call your team today. Tell them about the rash.")
                .grade();
        double dense = Readability.score("Immune-related adverse events necessitate immediate multidisciplinary "
                        + "evaluation, corticosteroid administration and endocrinological investigation.")
                .grade();

        assertThat(plain).isLessThan(5);
        assertThat(dense).isGreaterThan(16);
    }

    @Test
    void markdown_links_and_emphasis_count_as_their_words() {
        assertThat(Readability.score("Read **this** [page](https://example.org/a-b-c).")
                        .words())
                .isEqualTo(3);
    }
}
