package org.oncolearn.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.oncolearn.KeepSecurityStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The embedded database's folder and files can be opened by the app's own user only. */
@ExtendWith(KeepSecurityStrategy.class)
@SpringBootTest
class PrivateDataFolderTest {

    private static final Path DATA =
            Path.of(".", "target", "test-data", UUID.randomUUID().toString(), "data");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("oncolearn.data-dir", DATA::toString);
    }

    @Test
    void the_app_creates_its_data_folder_and_database_files_for_its_own_user_only() throws Exception {
        assertThat(Files.getPosixFilePermissions(DATA)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> files = Files.list(DATA)) {
            assertThat(files.filter(Files::isRegularFile).toList())
                    .isNotEmpty()
                    .allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file))
                            .as(file.toString())
                            .isEqualTo(PosixFilePermissions.fromString("rw-------")));
        }
    }

    @Test
    void a_data_folder_that_everyone_could_read_is_narrowed_at_start(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectory(root.resolve("data"));
        Path database = Files.writeString(folder.resolve("oncolearn.mv.db"), "H2");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
        PrivateDataFolder data = new PrivateDataFolder(new MockEnvironment()
                .withProperty("oncolearn.data-dir", folder.toString())
                .withProperty("spring.datasource.url", "jdbc:h2:file:" + folder + "/oncolearn"));

        data.postProcessBeforeInitialization(new SimpleDriverDataSource(), "dataSource");
        data.narrowFiles();

        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(database)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
}
