package org.oncolearn.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Course;

/** Test helpers: the courses to export, and a package read back from its zip. */
final class Packages {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    private Packages() {}

    static Course bundled() {
        return CourseLoader.load(Path.of("quizzes", "immunotherapy"));
    }

    static Course tricky() {
        return CourseLoader.load(Path.of("src", "test", "resources", "export", "tricky"));
    }

    static SequencedMap<String, byte[]> files(Course course, ScormStandard standard) {
        return unzip(new ScormExporter(CLOCK).export(course, standard).zip());
    }

    static String text(SequencedMap<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    static SequencedMap<String, byte[]> unzip(byte[] zip) {
        SequencedMap<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Path extract(Map<String, byte[]> files, Path folder) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return folder;
    }
}
