package org.oncolearn.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oncolearn.factcheck.DrugClassFlag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class DraftServiceTest {

    @Autowired
    DraftService drafts;

    @Test
    void importing_the_seed_proposes_four_lessons_and_two_flags_with_file_lines() throws Exception {
        Proposal proposal = seedProposal();

        assertThat(proposal.lessons()).hasSize(4);
        assertThat(drafts.flags(proposal)).extracting(DrugClassFlag::line).containsExactly(18, 26);
    }

    @Test
    void a_draft_keeps_one_lesson_per_section_and_its_flags() throws Exception {
        UUID id = drafts.create(seedProposal(), "ana");

        DraftCourse draft = drafts.draft(id).orElseThrow();
        assertThat(draft.title()).isEqualTo("Immunotherapies And Targeted Therapies");
        assertThat(draft.lessons()).hasSize(4);
        assertThat(draft.createdBy()).isEqualTo("ana");
        assertThat(drafts.flags(draft)).extracting(l -> l.flags().size()).containsExactly(0, 1, 1, 0);
    }

    @Test
    void saving_a_corrected_lesson_clears_its_flag() throws Exception {
        UUID id = drafts.create(seedProposal(), "ana");
        DraftCourse.DraftLesson lesson =
                drafts.draft(id).orElseThrow().lessons().get(1);

        LessonFlags after = drafts.saveLesson(
                id,
                2,
                lesson.title(),
                lesson.body()
                        .replace("Immunotherapies are cisplatin drug therapies", "Immunotherapies are treatments"));

        assertThat(after.flags()).isEmpty();
        assertThat(drafts.draft(id).orElseThrow().lessons().get(1).body()).startsWith("Immunotherapies are treatments");
    }

    @Test
    void publishing_with_open_flags_needs_a_reason_and_records_who_and_why() throws Exception {
        UUID id = drafts.create(seedProposal(), "ana");

        assertThatThrownBy(() -> drafts.publish(id, "ana", Optional.empty()))
                .isInstanceOf(UnresolvedFlagsException.class)
                .hasMessageStartingWith("2 fact-check flags are still open.");
        assertThatThrownBy(() -> drafts.publish(id, "ana", Optional.of("ok")))
                .isInstanceOf(UnresolvedFlagsException.class);
        assertThat(drafts.draft(id).orElseThrow().status()).isEqualTo(DraftCourse.Status.DRAFT);

        drafts.publish(id, "ben", Optional.of("Kept to show learners the seed's errors in a critique exercise."));

        DraftCourse published = drafts.draft(id).orElseThrow();
        assertThat(published.status()).isEqualTo(DraftCourse.Status.PUBLISHED);
        DraftCourse.Publication publication = published.lastPublication().orElseThrow();
        assertThat(publication.publishedBy()).isEqualTo("ben");
        assertThat(publication.overrideReason())
                .contains("Kept to show learners the seed's errors in a critique exercise.");
        assertThat(publication.openFlags()).contains("cisplatin", "tacrolimus");
    }

    @Test
    void a_clean_draft_publishes_without_an_override() throws Exception {
        Proposal clean = drafts.propose(
                "clean.md",
                "# Clean\n\n## Part\n\nOsimertinib is a targeted drug.\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        UUID id = drafts.create(clean, "ana");

        DraftCourse.Publication publication = drafts.publish(id, "ana", Optional.empty());

        assertThat(publication.overrideReason()).isEmpty();
        assertThat(publication.openFlags()).isEmpty();
    }

    private Proposal seedProposal() throws Exception {
        Path seed = Path.of("..", "shared", "seed", "000_3c21eb6106e5c222.txt");
        Path file = Files.exists(seed) ? seed : Path.of("/work/shared/seed/000_3c21eb6106e5c222.txt");
        return drafts.propose("000_3c21eb6106e5c222.txt", Files.readAllBytes(file));
    }
}
