package org.oncolearn.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.contentimport.CourseWriter;
import org.oncolearn.course.Course;
import org.oncolearn.draft.DraftService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
@WithMockUser(username = "ana", roles = "EDUCATOR")
class CourseZipImportViewTest extends SpringBrowserlessTest {

    private static final Course BUNDLED = CourseLoader.load(Path.of("quizzes", "immunotherapy"));

    @Autowired
    DraftService drafts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeImportedDrafts() {
        // The test context is shared; a left-over draft of "immunotherapy" would be reopened by other editor tests.
        jdbc.sql("delete from draft_course where source_format = 'zip'").update();
    }

    @Test
    void the_editors_course_zip_opens_in_the_course_editor_as_a_new_draft() {
        int before = drafts.drafts().size();

        upload("immunotherapy.zip", CourseWriter.write(BUNDLED).zip());

        assertThat(getCurrentView()).isInstanceOf(CourseEditorView.class);
        assertThat($(TextField.class).withLabel("Course title").single().getValue())
                .isEqualTo(BUNDLED.title());
        assertThat($(TextField.class)
                        .withLabel("Course id (folder name)")
                        .single()
                        .getValue())
                .isEqualTo("immunotherapy");
        assertThat(drafts.drafts()).hasSize(before + 1);
    }

    @Test
    void a_zip_slip_entry_is_refused_with_its_message_and_no_draft_is_made() throws Exception {
        int before = drafts.drafts().size();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : CourseWriter.write(BUNDLED).files().entrySet()) {
                zip.putNextEntry(new ZipEntry("immunotherapy/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry("../../evil.txt"));
            zip.write("owned".getBytes(StandardCharsets.UTF_8));
        }

        upload("immunotherapy.zip", bytes.toByteArray());

        assertThat(getCurrentView()).isInstanceOf(ImportView.class);
        assertThat(problem())
                .isEqualTo("immunotherapy.zip: entry \"../../evil.txt\" has an unsafe path: it goes up a folder"
                        + " (\"..\"). Nothing was imported; zip the course folder itself.");
        assertThat(drafts.drafts()).hasSize(before);
    }

    @Test
    void an_upload_over_the_limit_is_refused_by_the_server_whatever_the_browser_let_through() {
        upload("huge.zip", new byte[ImportView.MAX_UPLOAD_BYTES + 1]);

        assertThat(problem()).isEqualTo("huge.zip is larger than 2 MB, the most an upload may be.");
    }

    private void upload(String name, byte[] bytes) {
        navigate(ImportView.class);
        test($(Upload.class).single()).upload(name, "application/zip", bytes);
    }

    private String problem() {
        return $(Paragraph.class).withClassName("form-problem").single().getText();
    }
}
