package org.oncolearn.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
@WithMockUser(username = "ana", roles = "EDUCATOR")
class ImportAndDraftViewTest extends SpringBrowserlessTest {

    @Test
    void uploading_the_seed_shows_four_proposed_lessons_and_the_two_flags() throws Exception {
        upload("000_3c21eb6106e5c222.txt", Files.readAllBytes(seed()));

        assertThat(flags()).hasSize(2);
        assertThat(flags().getFirst().getElement().getTextRecursively())
                .startsWith("line 18: cisplatin is platinum chemotherapy");
        Anchor source = $(Anchor.class).withText("StatPearls: Cisplatin").first();
        assertThat(source.getHref()).isEqualTo("https://www.statpearls.com/point-of-care/19571");
        assertThat(source.getTarget()).contains("_blank");
        assertThat($(TextField.class).withLabel("Course title").single().getValue())
                .isEqualTo("Immunotherapies And Targeted Therapies");
        for (int i = 1; i <= 4; i++) {
            assertThat($(TextField.class).withLabel("Lesson " + i + " title").exists())
                    .isTrue();
        }
        assertThat($(TextField.class).withLabel("Lesson 5 title").exists()).isFalse();
    }

    @Test
    void educator_merges_renames_and_creates_the_draft() throws Exception {
        upload("000_3c21eb6106e5c222.txt", Files.readAllBytes(seed()));
        test($(Button.class).withText("Merge lesson 3 with the next").single()).click();
        test($(TextField.class).withLabel("Lesson 1 title").single()).setValue("The immune system and cancer");

        test($(Button.class).withText("Create draft course").single()).click();

        assertThat(getCurrentView()).isInstanceOf(CourseEditorView.class);
        assertThat($(TextField.class).withLabel("Lesson title").single().getValue())
                .isEqualTo("The immune system and cancer");
        assertThat($(Button.class).withText("Lesson 3").exists()).isTrue();
        assertThat($(Button.class).withText("Lesson 4").exists()).isFalse();
    }

    @Test
    void correcting_a_flagged_sentence_in_the_editor_clears_its_flag_and_publishing_waits_for_the_content()
            throws Exception {
        upload("000_3c21eb6106e5c222.txt", Files.readAllBytes(seed()));
        test($(Button.class).withText("Create draft course").single()).click();
        assertThat(status()).contains("2 fact-check flags");

        test($(Button.class).withText("Lesson 2").single()).click();
        TextArea lesson2 = $(TextArea.class).withLabel("Lesson text (Markdown)").single();
        test(lesson2).setValue(lesson2.getValue().replace("cisplatin drug therapies", "treatments"));

        assertThat(status()).contains("1 fact-check flag").doesNotContain("flags");
        assertThat($(TextArea.class)
                        .withLabel("Summary for patients (plain language)")
                        .single()
                        .getValue())
                .as("a summary drafted from what the lesson's checks cover, for the educator to review")
                .isEqualTo(
                        "Which kind of medicine cisplatin is. How immunotherapies work. Then you answer a few questions"
                                + " about it.");
        assertThat($(Button.class).withText("Publish version 1").single().isEnabled())
                .isFalse();
        assertThat($(ListItem.class).withTextContaining("not reviewed").exists())
                .isTrue();
    }

    @Test
    void imported_lessons_come_with_drafted_checks_to_accept_or_reject_and_publishing_waits_until_each_is_settled()
            throws Exception {
        upload("000_3c21eb6106e5c222.txt", Files.readAllBytes(seed()));
        assertThat($(Paragraph.class)
                        .withTextContaining("will be drafted from the knowledge base")
                        .all())
                .hasSize(4);

        test($(Button.class).withText("Create draft course").single()).click();

        assertThat($(H3.class).withTextContaining("(proposal)").all()).hasSizeGreaterThanOrEqualTo(4);
        int proposals = proposalsWaiting();
        assertThat(proposals).isGreaterThanOrEqualTo(16);
        assertThat($(Button.class)
                        .withTextContaining("Publish version")
                        .single()
                        .isEnabled())
                .isFalse();

        test($(Button.class).withText("Accept check lesson-1-d1").single()).click();
        assertThat($(H3.class).withText("Check 1: lesson-1-d1").exists()).isTrue();
        assertThat($(Button.class).withText("Accept check lesson-1-d1").exists())
                .isFalse();

        test($(Button.class).withText("Reject check lesson-1-d2").single()).click();
        assertThat($(H3.class).withTextContaining("lesson-1-d2").exists()).isFalse();
        assertThat(proposalsWaiting()).isEqualTo(proposals - 2);
    }

    @Test
    void the_counts_shown_before_creating_are_the_checks_the_course_gets_and_a_repeated_medicine_is_asked_once() {
        upload(
                "leaflet.md",
                "# Leaflet\n\n## First\n\nPembrolizumab.\n\n## Second\n\nPembrolizumab again.\n"
                        .getBytes(StandardCharsets.UTF_8));
        List<String> counts = $(Paragraph.class).all().stream()
                .map(Paragraph::getText)
                .filter(t -> t.contains("drafted"))
                .toList();
        assertThat(counts).hasSize(2);
        assertThat(counts.get(1)).startsWith("No checks will be drafted for this lesson");
        int first = Integer.parseInt(counts.get(0).substring(0, counts.get(0).indexOf(' ')));

        test($(Button.class).withText("Create draft course").single()).click();

        assertThat(proposalsWaiting()).isEqualTo(first);
    }

    private int proposalsWaiting() {
        String blocker = $(ListItem.class)
                .withTextContaining("waiting: accept or reject each one")
                .single()
                .getText();
        return Integer.parseInt(blocker.substring(0, blocker.indexOf(' ')));
    }

    private String status() {
        return $(Paragraph.class).withClassName("save-status").single().getText();
    }

    @Test
    void a_pdf_is_refused_with_a_clear_message() {
        upload("leaflet.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

        assertThat($(Paragraph.class)
                        .withTextContaining("leaflet.pdf cannot be imported")
                        .exists())
                .isTrue();
        assertThat($(Button.class).withText("Create draft course").exists()).isFalse();
    }

    @Test
    void a_file_name_longer_than_file_systems_allow_still_becomes_a_draft() throws Exception {
        String name = "Patient leaflet " + "immunotherapy and targeted therapy ".repeat(10) + "final version.txt";
        assertThat(name.length()).isGreaterThan(255);
        upload(name, Files.readAllBytes(seed()));

        test($(Button.class).withText("Create draft course").single()).click();

        assertThat(getCurrentView()).isInstanceOf(CourseEditorView.class);
        assertThat($(TextField.class).withLabel("Course title").single().getValue())
                .isEqualTo("Immunotherapies And Targeted Therapies");
    }

    @Test
    void a_document_with_twenty_thousand_headings_is_refused_with_a_clear_message() {
        StringBuilder md = new StringBuilder("# Headings\n\n");
        for (int i = 1; i <= 20_000; i++) {
            md.append("## H").append(i).append("\n\nText ").append(i).append(".\n\n");
        }

        upload("headings.md", md.toString().getBytes(StandardCharsets.UTF_8));

        assertThat($(Paragraph.class)
                        .withTextContaining("headings.md has 20000 sections")
                        .exists())
                .isTrue();
        assertThat($(TextField.class).withLabel("Lesson 1 title").exists()).isFalse();
    }

    @Test
    void the_largest_allowed_document_opens_in_the_editor_and_an_edit_is_saved_within_a_second() throws Exception {
        StringBuilder md = new StringBuilder("# A very long handbook\n\n");
        String paragraph = "Checkpoint inhibitors such as pembrolizumab help T cells find cancer cells. ".repeat(12);
        for (int i = 1; md.length() < 1000 * 1024; i++) {
            if (i % 6 == 1) {
                md.append("## Chapter ").append(i / 6 + 1).append("\n\n");
            }
            md.append(paragraph).append("\n\n");
        }
        upload("handbook.md", md.toString().getBytes(StandardCharsets.UTF_8));
        test($(Button.class).withText("Create draft course").single()).click();
        assertThat(getCurrentView()).isInstanceOf(CourseEditorView.class);

        TextArea text = $(TextArea.class).withLabel("Lesson text (Markdown)").single();
        test(text).setValue("Pembrolizumab is a checkpoint inhibitor.\n\n" + text.getValue());
        long start = System.nanoTime();
        test(text).setValue("Nivolumab is a checkpoint inhibitor too.\n\n" + text.getValue());

        // Every keystroke's save judges the whole 1 MB draft again; it took 1.1 to 1.6 s before the fact check
        // remembered unchanged texts and the problem list stopped drawing hundreds of items each time.
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(1));
        assertThat(status()).startsWith("Not published yet — your edits make draft version 1 · saved at");
    }

    private void upload(String name, byte[] bytes) {
        navigate(ImportView.class);
        assertThat($(H1.class).withText("Import a document").exists()).isTrue();
        test($(Upload.class).single()).upload(name, "text/plain", bytes);
    }

    private java.util.List<ListItem> flags() {
        return $(ListItem.class).withClassName("flag").all();
    }

    private static Path seed() {
        Path relative = Path.of("..", "shared", "seed", "000_3c21eb6106e5c222.txt");
        return Files.exists(relative) ? relative : Path.of("/work/shared/seed/000_3c21eb6106e5c222.txt");
    }
}
