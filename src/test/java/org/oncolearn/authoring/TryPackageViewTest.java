package org.oncolearn.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
@WithMockUser(username = "try.educator", roles = "EDUCATOR")
class TryPackageViewTest extends SpringBrowserlessTest {

    @Test
    void the_export_screen_links_to_trying_the_package() {
        navigate(ExportView.class, "immunotherapy");

        assertThat($(Anchor.class)
                        .withText("Try the package in the app")
                        .single()
                        .getHref())
                .isEqualTo("educator/try/immunotherapy");
    }

    @Test
    void the_scorm_12_package_runs_first_and_the_choice_of_2004_runs_that_one() {
        navigate("educator/try/immunotherapy", TryPackageView.class);

        assertThat($(H1.class)
                        .withText("Try the package: Immunotherapies and targeted therapies")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class)
                        .withTextContaining("Nothing of a try is stored")
                        .exists())
                .isTrue();
        IFrame frame = $(IFrame.class).single();
        assertThat(frame.getSrc()).isEqualTo("/try-package/course/immunotherapy/scorm12/host.html?lang=en");
        assertThat(frame.getTitle()).hasValue("The package and what the LMS records");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> standard =
                $(RadioButtonGroup.class).withLabel("Standard").single();
        test(standard).selectItem("SCORM 2004 4th Edition");

        assertThat(frame.getSrc()).isEqualTo("/try-package/course/immunotherapy/scorm2004/host.html?lang=en");
    }

    @Test
    void an_unknown_course_or_draft_is_named_and_nothing_runs() {
        navigate("educator/try/draft/not-a-draft", TryPackageView.class);

        assertThat($(Paragraph.class)
                        .withText("There is no course or draft \"not-a-draft\". It may have been renamed, removed or"
                                + " published.")
                        .exists())
                .isTrue();
        assertThat($(IFrame.class).exists()).isFalse();
    }
}
