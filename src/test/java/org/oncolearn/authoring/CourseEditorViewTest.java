package org.oncolearn.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncolearn.course.Check;
import org.oncolearn.course.Option;
import org.oncolearn.delivery.PreviewView;
import org.oncolearn.draft.EditorService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
@WithMockUser(username = "ana", roles = "EDUCATOR")
class CourseEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    EditorService editor;

    @Autowired
    JdbcClient jdbc;

    private UUID draft;

    @BeforeEach
    void openTheBundledCourse() {
        // Each test starts from a fresh copy: editing reopens an existing draft of the same course otherwise.
        jdbc.sql("delete from draft_course").update();
        jdbc.sql("delete from course_version_file").update();
        jdbc.sql("delete from course_version").update();
        draft = editor.edit("immunotherapy", "ana");
        navigate(CourseEditorView.class, draft.toString());
    }

    @Test
    void an_item_writing_problem_shows_with_its_reason_and_guideline_while_editing_and_goes_when_fixed() {
        TextField optionB = $(TextField.class).withLabel("Option B").first();
        String original = optionB.getValue();

        test(optionB).setValue("None of the above");

        // Beside the option, and again at the top among what blocks publishing.
        List<ListItem> findings = items("lets learners answer by spotting two true options");
        assertThat(findings).hasSize(2);
        ListItem finding = findings.getFirst();
        assertThat(finding.getElement().getTextRecursively())
                .startsWith("Lesson 1, check a1, option B: “None of the above”");
        assertThat($(Anchor.class).withText("Guideline").first().getHref()).startsWith("https://");
        assertThat(status()).contains("1 error and");

        test($(TextField.class).withLabel("Option B").first()).setValue(original);
        assertThat(items("lets learners answer by spotting")).isEmpty();
        assertThat(status()).contains("no errors and");
    }

    @Test
    void the_loader_s_message_appears_next_to_the_field_it_is_about() {
        test($(TextArea.class).withLabel("Stem (the question)").first()).setValue("");

        TextArea stem = $(TextArea.class).withLabel("Stem (the question)").first();
        assertThat(stem.isInvalid()).isTrue();
        assertThat(stem.getErrorMessage()).isEqualTo("This field is empty — fill it in.");
    }

    @Test
    void a_problem_in_another_lesson_links_to_its_field_and_following_the_link_opens_that_lesson() {
        test($(Button.class).withText("Lesson 2").single()).click();
        String checkId =
                editor.open(draft).course().lessons().get(1).checks().getFirst().id();
        test($(TextArea.class).withLabel("Stem (the question)").first()).setValue("");
        test($(Button.class).withText("Lesson 1").single()).click();
        assertThat($(H2.class).withTextContaining("Lesson 1: ").exists()).isTrue();

        NativeButton link = $(NativeButton.class)
                .withText("Lesson 2, check " + checkId + ", stem")
                .single();
        assertThat(link.getParent().orElseThrow().getElement().getTextRecursively())
                .isEqualTo("Lesson 2, check " + checkId + ", stem: this field is empty — fill it in. ");
        test(link).click();

        assertThat($(H2.class).withTextContaining("Lesson 2: ").exists()).isTrue();
        assertThat($(Button.class).withText("Lesson 2").single().getElement().getAttribute("aria-current"))
                .isEqualTo("true");
        assertThat($(TextArea.class).withLabel("Stem (the question)").first().isInvalid())
                .isTrue();
    }

    @Test
    void checks_can_be_added_reordered_and_deleted_and_options_added() {
        int before = $(H3.class).withTextContaining("Check ").all().size();
        test($(Button.class).withText("Add a check to lesson 1").single()).click();
        assertThat($(H3.class).withTextContaining("Check ").all()).hasSize(before + 1);
        String newId = "immune-system-and-cancer-c" + (before + 1);
        assertThat($(H3.class).withText("Check " + (before + 1) + ": " + newId).exists())
                .isTrue();

        test($(Button.class).withText("Move check " + newId + " up").single()).click();
        assertThat($(H3.class).withText("Check " + before + ": " + newId).exists())
                .isTrue();

        test($(Button.class).withText("Add option").all().get(before - 1)).click();
        assertThat($(TextField.class).withLabel("Option C").all()).hasSizeGreaterThan(before - 1);

        test($(Button.class).withText("Delete check " + newId).single()).click();
        assertThat($(H3.class).withTextContaining(newId).exists()).isFalse();
        assertThat(editor.open(draft).course().lessons().getFirst().checks()).hasSize(before);
    }

    @Test
    void patient_level_checks_show_their_reading_level_and_ask_for_the_care_team_question() {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> level =
                $(RadioButtonGroup.class).withLabel("Level").first();
        test(level).selectItem("Patients (plain language)");

        assertThat($(TextArea.class)
                        .withLabel("Question for the care team (patients)")
                        .exists())
                .isTrue();
        test($(TextArea.class).withLabel("Lesson text (Markdown)").single())
                .setValue("## Title\n\n<script>alert(1)</script> [x](javascript:alert(1))");
        assertThat($(Span.class).withClassName("reading-level").single().getText())
                .startsWith("Reading level: US grade");
    }

    @Test
    void reviewing_everything_unblocks_publishing_and_the_version_gets_export_buttons() {
        assertThat($(Button.class).withText("Publish version 1").single().isEnabled())
                .isFalse();

        test($(Checkbox.class)
                        .withLabel("I have checked every lesson and check against its sources")
                        .single())
                .click();
        test($(Button.class).withText("Record my review of the whole course").single())
                .click();
        test($(Button.class).withText("Publish version 1").single()).click();

        assertThat($(Paragraph.class).withTextContaining("Published version 1").exists())
                .isTrue();
        assertThat($(Anchor.class)
                        .withText("Export version 1 as SCORM 1.2 (immunotherapy-v1-scorm12.zip)")
                        .exists())
                .isTrue();
        assertThat($(Anchor.class)
                        .withText("Export version 1 as SCORM 2004 4th Edition (immunotherapy-v1-scorm2004.zip)")
                        .exists())
                .isTrue();
        assertThat($(Anchor.class)
                        .withText("Export version 1 as Moodle XML (immunotherapy-v1-moodle.xml)")
                        .exists())
                .isTrue();
        assertThat($(Anchor.class)
                        .withText("Export version 1 as GIFT (immunotherapy-v1.gift.txt)")
                        .exists())
                .isTrue();
        assertThat($(H2.class).withText("Published versions").exists()).isTrue();
    }

    @Test
    void previewing_as_a_learner_runs_the_lesson_and_checks_but_records_nothing() {
        long answersBefore = count("answer");
        long learnersBefore = count("learner");

        navigate(PreviewView.class, draft.toString());
        assertThat($(Paragraph.class).withClassName("preview-banner").single().getText())
                .contains("Nothing you answer is recorded");
        test($(Button.class)
                        .withCondition(b -> b.getText().startsWith("Start the "))
                        .single())
                .click();
        Check first = onScreen();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> group =
                $(RadioButtonGroup.class).withLabel(first.stem()).single();
        test(group)
                .selectItem(first.options().stream()
                        .filter(Option::key)
                        .findFirst()
                        .orElseThrow()
                        .text());
        test($(Button.class).withText("Check answer").single()).click();

        assertThat($(H3.class).withText("Correct").exists()).isTrue();
        assertThat(count("answer")).isEqualTo(answersBefore);
        assertThat(count("learner")).isEqualTo(learnersBefore);
    }

    @Test
    void an_educator_turns_on_confidence_and_the_preview_asks_how_sure_the_learner_is() {
        test($(Checkbox.class)
                        .withLabel("Ask learners how sure they are before each answer")
                        .single())
                .click();
        assertThat(editor.open(draft).course().confidence()).isTrue();

        navigate(PreviewView.class, draft.toString());
        test($(Button.class)
                        .withCondition(b -> b.getText().startsWith("Start the "))
                        .single())
                .click();
        Check first = onScreen();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> answer =
                $(RadioButtonGroup.class).withLabel(first.stem()).single();
        test(answer)
                .selectItem(first.options().stream()
                        .filter(Option::key)
                        .findFirst()
                        .orElseThrow()
                        .text());
        assertThat($(Button.class).withText("Check answer").single().isEnabled())
                .as("not before the learner says how sure they are")
                .isFalse();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> sure =
                $(RadioButtonGroup.class).withLabel("How sure are you?").single();
        test(sure).selectItem("Sure");
        test($(Button.class).withText("Check answer").single()).click();

        assertThat($(Paragraph.class)
                        .withText("You said you were sure: +3 marks.")
                        .exists())
                .isTrue();
    }

    @Test
    void an_educator_can_keep_a_check_s_options_in_their_written_order() {
        Checkbox shuffle = $(Checkbox.class)
                .withLabel("Show the options in a random order for each learner")
                .first();
        assertThat(shuffle.getValue()).isTrue();

        test(shuffle).click();

        assertThat(editor.open(draft)
                        .course()
                        .lessons()
                        .getFirst()
                        .checks()
                        .getFirst()
                        .shuffle())
                .isFalse();
    }

    private Check onScreen() {
        return editor.open(draft).course().lessons().getFirst().courseChecks().stream()
                .filter(c -> $(RadioButtonGroup.class).withLabel(c.stem()).exists()
                        || $(com.vaadin.flow.component.checkbox.CheckboxGroup.class)
                                .withLabel(c.stem())
                                .exists())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check on screen"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private String status() {
        return $(Paragraph.class).withClassName("save-status").single().getText();
    }

    private List<ListItem> items(String text) {
        return $(ListItem.class)
                .withCondition(item -> item.getElement().getTextRecursively().contains(text))
                .all();
    }
}
