package org.oncolearn.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.oncolearn.export.ScormStandard;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
@WithMockUser(roles = "EDUCATOR")
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

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ScormStandard> standard =
                $(RadioButtonGroup.class).withLabel("Standard").single();
        test(standard).selectItem("SCORM 2004 4th Edition: reports completion and pass/fail separately");

        assertThat(downloadLink().getText())
                .isEqualTo("Download the SCORM 2004 4th Edition package (immunotherapy-scorm2004.zip)");
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
