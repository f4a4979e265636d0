package org.oncolearn.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oncolearn.factcheck.DrugClassFlag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class DraftServiceTest {

    @Autowired
    DraftService drafts;

    @Autowired
    EditorService editor;

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
        assertThat(draft.lessons()).extracting(DraftCourse.DraftLesson::title).doesNotContainNull();
    }

    @Test
    void a_title_longer_than_its_list_column_is_kept_whole_in_the_draft_and_shortened_in_the_list() throws Exception {
        String longTitle = "Immunotherapy " + "and targeted therapy ".repeat(20) + "\uD83E\uDDEC";
        String lessonTitle = "Lesson " + "with a very long title ".repeat(15);
        Proposal proposal = seedProposal().retitle(longTitle).rename(0, lessonTitle);

        UUID id = drafts.create(proposal, "ana");

        DraftCourse draft = drafts.draft(id).orElseThrow();
        assertThat(draft.title()).hasSize(200).endsWith("…").isEqualTo(longTitle.substring(0, 199) + "…");
        assertThat(draft.lessons().getFirst().title()).hasSize(200).startsWith(lessonTitle.substring(0, 199));
        assertThat(editor.open(id).course().title()).isEqualTo(longTitle);
    }

    private Proposal seedProposal() throws Exception {
        Path seed = Path.of("..", "shared", "seed", "000_3c21eb6106e5c222.txt");
        Path file = Files.exists(seed) ? seed : Path.of("/work/shared/seed/000_3c21eb6106e5c222.txt");
        return drafts.propose("000_3c21eb6106e5c222.txt", Files.readAllBytes(file));
    }
}
