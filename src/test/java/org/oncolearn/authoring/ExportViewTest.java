package org.oncolearn.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oncolearn.export.ExportFormat;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
@WithMockUser(username = "export.educator", roles = "EDUCATOR")
class ExportViewTest extends SpringBrowserlessTest {

    @Test
    void educator_sees_what_the_package_holds_and_a_scorm_12_download_first() {
        navigate(ExportView.class, "immunotherapy");

        assertThat($(H1.class)
                        .withText("Export for LMS: Immunotherapies and targeted therapies")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class)
                        .withTextContaining("4 lessons and their 49 checks")
                        .exists())
                .isTrue();
        assertThat(downloadLink().getText()).isEqualTo("Download the SCORM 1.2 package (immunotherapy-scorm12.zip)");
        assertThat(downloadLink().getHref()).isNotBlank();
    }

    @Test
    void choosing_scorm_2004_offers_the_2004_package() {
        navigate(ExportView.class, "immunotherapy");

        test(standard()).selectItem("SCORM 2004 4th Edition: reports completion and pass/fail separately");

        assertThat(downloadLink().getText())
                .isEqualTo("Download the SCORM 2004 4th Edition package (immunotherapy-scorm2004.zip)");
    }

    @Test
    void choosing_cmi5_offers_the_cmi5_package_and_says_where_to_upload_it() {
        navigate(ExportView.class, "immunotherapy");

        test(standard())
                .selectItem("cmi5: one assignable unit that reports each answer and the result as xAPI statements to a"
                        + " cmi5 LMS");

        assertThat(downloadLink().getText()).isEqualTo("Download the cmi5 package (immunotherapy-cmi5.zip)");
        assertThat(downloadLink().getHref()).isNotBlank();
        assertThat($(Paragraph.class)
                        .withTextContaining("Upload the zip file as it is to an LMS that supports cmi5")
                        .exists())
                .isTrue();
    }

    @Test
    void the_question_banks_are_offered_with_every_check_and_how_to_import_them() {
        navigate(ExportView.class, "immunotherapy");

        assertThat(standard().getListDataView().getItems()).containsExactlyElementsOf(ExportFormat.all());
        test(standard())
                .selectItem("Moodle XML: every check as a question for the Moodle question bank, with feedback, grades"
                        + " and tags");
        assertThat(downloadLink().getText())
                .isEqualTo("Download the Moodle XML question bank (immunotherapy-moodle.xml)");
        assertThat($(Paragraph.class)
                        .withTextContaining("73 questions. In Moodle, open the question bank, choose Import")
                        .exists())
                .isTrue();

        test(standard()).selectItem("GIFT: the same questions as a text file that Moodle imports and people can edit");
        assertThat(downloadLink().getText()).isEqualTo("Download the GIFT question bank (immunotherapy.gift.txt)");
        assertThat(downloadLink().getHref()).isNotBlank();
    }

    @Test
    void the_export_screen_speaks_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(ExportView.class, "immunotherapy");

        assertThat($(H1.class)
                        .withText("Für LMS exportieren: Immunotherapies and targeted therapies")
                        .exists())
                .isTrue();
        test(standard())
                .selectItem("GIFT: dieselben Fragen als Textdatei, die Moodle importiert und die sich von Hand"
                        + " bearbeiten lässt");
        assertThat(downloadLink().getText()).isEqualTo("GIFT-Fragensammlung herunterladen (immunotherapy.gift.txt)");
        assertThat($(Paragraph.class)
                        .withTextContaining("alle 73 Fragen, für Pflegende und für Patientinnen und Patienten")
                        .exists())
                .isTrue();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<ExportFormat> standard() {
        return $(RadioButtonGroup.class).withLabel("Standard").single();
    }

    @Test
    void the_patient_self_check_is_offered_as_one_web_page() {
        navigate(ExportView.class, "immunotherapy");

        Anchor selfCheck = $(Anchor.class)
                .withText("Download the patient self-check (immunotherapy-self-check.html)")
                .single();
        assertThat(selfCheck.getHref()).isNotBlank();
        assertThat($(Paragraph.class)
                        .withTextContaining("12 plain-language questions, the warning signs")
                        .exists())
                .isTrue();
    }

    @Test
    void an_unknown_course_gets_a_clear_message_instead_of_a_download() {
        navigate(ExportView.class, "no-such-course");

        assertThat($(Paragraph.class)
                        .withText("There is no course \"no-such-course\". It may have been renamed or removed.")
                        .exists())
                .isTrue();
        assertThat($(Anchor.class).withText("Back to the courses").exists()).isTrue();
        assertThat($(Anchor.class).withClassName("download-link").exists()).isFalse();
    }

    private Anchor downloadLink() {
        return $(Anchor.class).withClassName("download-link").single();
    }
}
