package org.oncolearn.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncolearn.contentimport.ImportedDocument.Paragraph;
import org.oncolearn.draft.Proposal.ProposedLesson;

class ProposalTest {

    private final Proposal proposal = new Proposal(
            "notes.txt",
            "txt",
            "Notes",
            List.of(
                    new ProposedLesson("One", List.of(new Paragraph("a", 3), new Paragraph("b", 5))),
                    new ProposedLesson("Two", List.of(new Paragraph("c", 9))),
                    new ProposedLesson("Three", List.of(new Paragraph("d", 12)))));

    @Test
    void renaming_changes_only_that_lesson() {
        Proposal renamed = proposal.rename(1, "Second");

        assertThat(renamed.lessons()).extracting(ProposedLesson::title).containsExactly("One", "Second", "Three");
        assertThat(proposal.lessons().get(1).title()).isEqualTo("Two");
    }

    @Test
    void merging_joins_a_lesson_with_the_next_under_the_first_title() {
        Proposal merged = proposal.mergeWithNext(0);

        assertThat(merged.lessons()).extracting(ProposedLesson::title).containsExactly("One", "Three");
        assertThat(merged.lessons().getFirst().markdown()).isEqualTo("a\n\nb\n\nc");
    }

    @Test
    void the_last_lesson_cannot_be_merged_with_a_next_one() {
        assertThatThrownBy(() -> proposal.mergeWithNext(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splitting_starts_a_new_lesson_at_a_paragraph() {
        Proposal split = proposal.split(0, 1, "One, part 2");

        assertThat(split.lessons())
                .extracting(ProposedLesson::title)
                .containsExactly("One", "One, part 2", "Two", "Three");
        assertThat(split.lessons().get(1).paragraphs())
                .extracting(Paragraph::line)
                .containsExactly(5);
    }

    @Test
    void a_lesson_can_be_split_only_between_paragraphs() {
        assertThatThrownBy(() -> proposal.split(0, 0, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> proposal.split(1, 1, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
