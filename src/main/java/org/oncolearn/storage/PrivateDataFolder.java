package org.oncolearn.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The H2 database file holds learners' progress and educators' password hashes. Before the database is opened,
 * its folder is created (or narrowed) so that only the app's own user can open it (0700); once it is open, the files
 * in it are made readable by that user only (0600). H2 itself creates files as the process's umask says, which is
 * often readable by everyone. Nothing happens for PostgreSQL, or on file systems without POSIX permissions.
 */
@Component
class PrivateDataFolder implements BeanPostProcessor {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = LoggerFactory.getLogger(PrivateDataFolder.class);

    private final Environment environment;

    PrivateDataFolder(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            folder().ifPresent(PrivateDataFolder::prepare);
        }
        return bean;
    }

    @EventListener(ApplicationStartedEvent.class)
    void narrowFiles() {
        folder().ifPresent(folder -> {
            if (!Files.isDirectory(folder) || !posix(folder)) {
                return;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(file, FILE);
                }
            } catch (IOException e) {
                LOG.warn("Could not make the files in {} private: {}", folder, e.getMessage());
            }
        });
    }

    private java.util.Optional<Path> folder() {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:h2:file:")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(environment.getProperty("oncolearn.data-dir"))
                .map(Path::of);
    }

    private static void prepare(Path folder) {
        try {
            Path existing = folder.toAbsolutePath();
            if (!Files.exists(existing)) {
                Files.createDirectories(existing.getParent());
                if (posix(existing.getParent())) {
                    Files.createDirectory(existing, PosixFilePermissions.asFileAttribute(FOLDER));
                    // The umask may have taken permissions away, never added; set them exactly.
                    Files.setPosixFilePermissions(existing, FOLDER);
                } else {
                    Files.createDirectory(existing);
                }
            } else if (posix(existing)) {
                Files.setPosixFilePermissions(existing, FOLDER);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean posix(Path path) {
        try {
            return Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class);
        } catch (IOException e) {
            return false;
        }
    }
}
