package org.oncolearn.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;
import org.oncolearn.draft.EditorService;
import org.oncolearn.draft.PublishBlockedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** What the services say to an educator (refusals, problems in a file, findings) reaches a German educator in German. */
@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
@WithMockUser(username = "ana", roles = "EDUCATOR")
class GermanServiceMessagesTest extends SpringBrowserlessTest {

    @Autowired
    EditorService editor;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void inGermanWithNoDrafts() {
        removeDrafts();
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @AfterEach
    void removeDrafts() {
        // The test context is shared; a left-over draft of "immunotherapy" would be reopened by other editor tests.
        jdbc.sql("delete from draft_course").update();
        jdbc.sql("delete from course_version_file").update();
        jdbc.sql("delete from course_version").update();
    }

    @Test
    void a_publish_refused_for_an_open_fact_check_flag_is_explained_in_german() {
        UUID draft = editor.edit("immunotherapy", "ana");
        Course course = editor.open(draft).course();
        editor.save(draft, withFirstLessonSaying(course, "Cisplatin is an immunotherapy."), "ana");
        editor.recordReview(draft, Optional.empty(), "ana", LocalDate.now().plusYears(1));
        navigate(CourseEditorView.class, draft.toString());

        test($(Button.class).withText("Version 1 veröffentlichen").single()).click();

        String said = $(Paragraph.class)
                .withTextContaining("Meldung der Faktenprüfung ist noch offen")
                .single()
                .getText();
        assertThat(said)
                .isEqualTo("1 Meldung der Faktenprüfung ist noch offen. Korrigieren Sie den Text oder veröffentlichen"
                        + " Sie trotzdem, mit einer Begründung, die mit Ihrem Namen gespeichert wird.");
        assertThat(editor.open(draft).latestVersion()).isEmpty();
    }

    @Test
    void the_reasons_a_publish_is_refused_are_said_in_german_and_in_english_for_the_log() {
        UUID draft = editor.edit("immunotherapy", "ana");
        editor.recordReview(draft, Optional.empty(), "ana", LocalDate.now().plusYears(1));
        // A lesson without a title does not load: one problem in the content, whatever else this copy holds.
        editor.save(draft, withFirstLessonTitled(editor.open(draft).course(), ""), "ana");

        assertThatThrownBy(() -> editor.publish(draft, "ana", Optional.empty()))
                .isInstanceOfSatisfying(PublishBlockedException.class, refused -> {
                    assertThat(refused.message().in(Locale.GERMAN))
                            .startsWith("Der Kurs kann noch nicht veröffentlicht werden: 1 Problem im Inhalt")
                            .endsWith(".")
                            .doesNotContain("problem in the content");
                    assertThat(refused.getMessage())
                            .startsWith("The course cannot be published yet: 1 problem in the content");
                });
    }

    @Test
    void an_unreadable_question_file_is_refused_in_german_naming_the_file_and_the_line() {
        upload("frage-7.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <qti-assessment-item identifier="q7" title="Frage 7">
                  <qti-item-body><p>Welche?</p></qti-item-body>
                """);

        assertThat($(Paragraph.class).withClassName("form-problem").single().getText())
                .startsWith("frage-7.xml: Zeile 4: Die Datei ist kein wohlgeformtes XML (")
                .endsWith("). Es wurde nichts importiert.");
    }

    @Test
    void a_bad_moodle_xml_or_gift_file_is_refused_in_german_naming_the_file_and_the_line() {
        upload("fragen.gift", "::q::Welche Substanz?{=Pembrolizumab ~Cisplatin\n");

        assertThat($(Paragraph.class).withClassName("form-problem").single().getText())
                .isEqualTo("fragen.gift: Zeile 1: Um die Antworten fehlt eine „{“ oder „}“ (schreiben Sie \\{ und \\}"
                        + " für geschweifte Klammern im Text). Es wurde nichts importiert.");

        upload("fragen.xml", "<quiz>\n<question type=\"multichoice\">\n</quiz>");

        assertThat($(Paragraph.class).withClassName("form-problem").single().getText())
                .startsWith("fragen.xml: Zeile 3: Die Datei ist kein wohlgeformtes XML (")
                .endsWith("). Es wurde nichts importiert.");
    }

    @Test
    void the_upload_field_itself_speaks_german() {
        navigate(ImportView.class);

        Upload upload = $(Upload.class).single();
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Datei hochladen");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Datei hier ablegen");
        assertThat(upload.getI18n().getError().getIncorrectFileType())
                .isEqualTo("Diese Art von Datei kann hier nicht hochgeladen werden.");
    }

    @Test
    void a_document_that_cannot_be_imported_is_refused_in_german() {
        upload("merkblatt.pdf", "%PDF-1.7");

        assertThat($(Paragraph.class).withClassName("form-problem").single().getText())
                .isEqualTo(
                        "merkblatt.pdf kann nicht importiert werden: Verwenden Sie eine .txt-, .md- oder .html-Datei."
                                + " Speichern Sie ein Word- oder PDF-Dokument zuerst als reinen Text oder als HTML.");
    }

    @Test
    void a_fact_check_finding_in_an_imported_document_is_listed_in_german_with_its_line() {
        upload("merkblatt.md", "# Merkblatt\n\n## Erste\n\nCisplatin is an immunotherapy.\n");

        assertThat($(H3.class).withTextContaining("Faktenprüfung").single().getText())
                .isEqualTo("Medizinische Faktenprüfung in merkblatt.md: 1 Meldung");
        assertThat($(ListItem.class).withClassName("flag").single().getElement().getTextRecursively())
                .startsWith("Zeile 5: cisplatin ist platinum chemotherapy, nicht ");
    }

    @Test
    void a_skipped_question_of_an_imported_bank_is_listed_in_german_with_its_line() {
        upload("fragen.gift", """
                ::tf::Cisplatin ist eine Chemotherapie.{T}

                ::mc::Welche Substanz ist ein Checkpoint-Hemmer?{=Pembrolizumab ~Cisplatin ~Tacrolimus}
                """);

        assertThat($(Paragraph.class)
                        .withText("1 weitere Frage wurde übersprungen:")
                        .exists())
                .isTrue();
        assertThat($(ListItem.class).single().getText())
                .isEqualTo("Zeile 1: „tf“ ist eine Wahr-/Falsch-Frage: Nur Multiple-Choice-Fragen werden übernommen");
    }

    private void upload(String name, String text) {
        navigate(ImportView.class);
        test($(Upload.class).single()).upload(name, "application/octet-stream", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Course withFirstLessonTitled(Course course, String title) {
        Lesson first = course.lessons().getFirst();
        List<Lesson> lessons = new ArrayList<>(course.lessons());
        lessons.set(
                0,
                new Lesson(
                        first.id(),
                        first.number(),
                        title,
                        first.summary(),
                        first.text(),
                        first.objectives(),
                        first.sources(),
                        first.checks(),
                        first.review()));
        return course.withLessons(lessons);
    }

    private static Course withFirstLessonSaying(Course course, String sentence) {
        Lesson first = course.lessons().getFirst();
        List<Lesson> lessons = new ArrayList<>(course.lessons());
        lessons.set(
                0,
                new Lesson(
                        first.id(),
                        first.number(),
                        first.title(),
                        first.summary(),
                        new LessonText(sentence + "\n\n" + first.text().markdown(), ""),
                        first.objectives(),
                        first.sources(),
                        first.checks(),
                        first.review()));
        return course.withLessons(lessons);
    }
}
