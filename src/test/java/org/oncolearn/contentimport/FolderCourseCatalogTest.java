package org.oncolearn.contentimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncolearn.contentimport.internal.FolderCourseCatalog;

class FolderCourseCatalogTest {

    @TempDir
    Path root;

    @Test
    void a_broken_course_is_left_out_whole_while_others_load() throws IOException {
        CourseFolder.valid(root);
        Path broken = Files.createDirectories(root.resolve("broken"));
        Files.writeString(broken.resolve("course.yaml"), "id: broken\ntitle: [oops\n");

        FolderCourseCatalog catalog = new FolderCourseCatalog(root);

        assertThat(catalog.courses()).extracting(c -> c.id()).containsExactly("demo");
        assertThat(catalog.problems()).singleElement().asString().contains("broken/course.yaml:");
    }

    @Test
    void a_course_broken_by_an_edit_keeps_its_last_valid_version() throws IOException {
        Path folder = CourseFolder.valid(root);
        FolderCourseCatalog catalog = new FolderCourseCatalog(root);
        Files.writeString(folder.resolve("lesson-2.yaml"), "id: second\n");

        catalog.reload();

        assertThat(catalog.find("demo"))
                .hasValueSatisfying(c -> assertThat(c.lessons()).hasSize(2));
        assertThat(catalog.problems()).isNotEmpty();
    }

    @Test
    void a_missing_content_folder_gives_an_empty_catalog() {
        assertThat(new FolderCourseCatalog(root.resolve("nowhere")).courses()).isEmpty();
    }
}
