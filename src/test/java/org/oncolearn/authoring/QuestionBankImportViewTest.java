package org.oncolearn.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.draft.DraftService;
import org.oncolearn.export.QuestionBank;
import org.oncolearn.export.QuestionBankExporter;
import org.oncolearn.export.QuestionBankFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
@WithMockUser(username = "ana", roles = "EDUCATOR")
class QuestionBankImportViewTest extends SpringBrowserlessTest {

    @Autowired
    DraftService drafts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeImportedDrafts() {
        // The test context is shared; a left-over draft of "immunotherapy" would be reopened by other editor tests.
        jdbc.sql("delete from draft_course where source_format in ('gift', 'moodle-xml', 'qti3')")
                .update();
    }

    @Test
    void an_exported_moodle_xml_bank_becomes_a_new_draft_that_opens_in_the_editor() {
        QuestionBank bank = new QuestionBankExporter(Clock.systemUTC())
                .export(CourseLoader.load(Path.of("quizzes", "immunotherapy")), QuestionBankFormat.MOODLE_XML);
        int before = drafts.drafts().size();

        upload(bank.fileName(), bank.bytes());

        assertThat($(H2.class)
                        .withText("Imported from immunotherapy-moodle.xml")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class)
                        .withTextContaining("73 questions became checks of a new draft course")
                        .exists())
                .isTrue();
        assertThat(drafts.drafts()).hasSize(before + 1);
        test($(Button.class).withText("Open the draft in the course editor").single())
                .click();
        assertThat(getCurrentView()).isInstanceOf(CourseEditorView.class);
        assertThat($(TextField.class).withLabel("Course title").single().getValue())
                .isEqualTo("Immunotherapies and targeted therapies");
    }

    @Test
    void an_exported_qti_package_becomes_a_new_draft_with_a_lesson_per_test() {
        QuestionBank bank = new QuestionBankExporter(Clock.systemUTC())
                .export(CourseLoader.load(Path.of("quizzes", "immunotherapy")), QuestionBankFormat.QTI3);
        int before = drafts.drafts().size();

        upload(bank.fileName(), bank.bytes());

        assertThat($(H2.class).withText("Imported from immunotherapy-qti3.zip").exists())
                .isTrue();
        assertThat($(Paragraph.class)
                        .withTextContaining("73 questions became checks of a new draft course")
                        .exists())
                .isTrue();
        assertThat(drafts.drafts()).hasSize(before + 1);
        test($(Button.class).withText("Open the draft in the course editor").single())
                .click();
        assertThat(getCurrentView()).isInstanceOf(CourseEditorView.class);
    }

    @Test
    void other_kinds_of_question_are_listed_as_skipped_with_the_reason() {
        upload(
                "exam.gift",
                "::tf::Immunotherapy is chemotherapy.{FALSE}\n\n::mc::Which blocks PD-1?{=Nivolumab#Yes. ~Cisplatin#No.}\n"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat($(Paragraph.class)
                        .withTextContaining("1 question became checks")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class).withText("1 other question was skipped:").exists())
                .isTrue();
        assertThat($(ListItem.class).single().getText())
                .isEqualTo("line 1: \"tf\" is a true/false question: only multiple-choice questions become checks");
    }

    @Test
    void a_bad_file_is_refused_with_its_name_and_line_and_no_draft_is_made() {
        int before = drafts.drafts().size();

        upload("exam.gift", "::q::Which one?{=A ~B\n".getBytes(StandardCharsets.UTF_8));

        assertThat($(Paragraph.class).withClassName("form-problem").single().getText())
                .startsWith("exam.gift: line 1: a \"{\" or \"}\" is missing around the answers")
                .endsWith(". Nothing was imported.");
        assertThat(drafts.drafts()).hasSize(before);
    }

    private void upload(String name, byte[] bytes) {
        navigate(ImportView.class);
        test($(Upload.class).single()).upload(name, "application/octet-stream", bytes);
    }
}
