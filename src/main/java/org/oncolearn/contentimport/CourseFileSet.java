package org.oncolearn.contentimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.oncolearn.contentimport.internal.CourseEmitter;
import org.oncolearn.contentimport.internal.CourseFiles;
import org.oncolearn.contentimport.internal.CourseParser;
import org.oncolearn.contentimport.internal.FieldLines;
import org.oncolearn.course.Course;

/**
 * The files of one course in the {@code quizzes/} format, held in memory: what the editor saves, what a version
 * stores, and what is downloaded or written into the content folder.
 *
 * @param folderName the course id, which is also its folder name
 * @param files file name → YAML text, {@code course.yaml} first
 */
public record CourseFileSet(String folderName, SequencedMap<String, String> files) {

    public static final String COURSE_FILE = CourseEmitter.COURSE_FILE;
    private static final Pattern LESSON_FILE = Pattern.compile("lesson-\\d+\\.yaml");

    public CourseFileSet {
        files = new LinkedHashMap<>(files);
    }

    public static String lessonFile(int index) {
        return CourseEmitter.lessonFile(index);
    }

    @Override
    public SequencedMap<String, String> files() {
        return java.util.Collections.unmodifiableSequencedMap(files);
    }

    /**
     * Loads the files exactly as the app loads a course folder.
     *
     * @throws InvalidCourseException listing every problem with file and line
     */
    public Course load() {
        return new CourseParser(CourseFiles.inMemory(folderName, files)).parse();
    }

    /** The problems the loader finds, empty when the files make a valid course. */
    public List<ContentProblem> problems() {
        try {
            load();
            return List.of();
        } catch (InvalidCourseException e) {
            return e.problems();
        }
    }

    /**
     * The field each problem points at, as {@code file#path}: {@code lesson-2.yaml#checks.3.stem} is the stem of the
     * fourth check of lesson 2. Problems without a line, or on a line that holds no field, are left out. Each file is
     * parsed once: a file with thousands of problems would otherwise be parsed again for every one of them.
     */
    public Map<ContentProblem, String> fieldsOf(Collection<ContentProblem> problems) {
        Map<String, FieldLines> parsed = new HashMap<>();
        Map<ContentProblem, String> fields = new LinkedHashMap<>();
        for (ContentProblem problem : problems) {
            String file = problem.file().substring(problem.file().lastIndexOf('/') + 1);
            if (problem.line() > 0 && files.containsKey(file)) {
                parsed.computeIfAbsent(file, name -> FieldLines.of(files.get(name)))
                        .at(problem.line())
                        .ifPresent(path -> fields.put(problem, file + "#" + path));
            }
        }
        return fields;
    }

    /** A zip holding the course folder, as an educator downloads it to put under version control. */
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(folderName + "/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes the files into {@code contentRoot/<id>/}. Each file is written to a temporary name and then moved into
     * place, so a crash never leaves a half-written file; lesson files the course no longer lists are removed last.
     * A file that is replaced keeps its permissions; a new file gets the permissions the process gives new files.
     */
    public Path writeInto(Path contentRoot) throws IOException {
        Path folder = contentRoot.resolve(folderName).normalize();
        if (!folder.getParent().equals(contentRoot.normalize())) {
            throw new IOException("course id \"" + folderName + "\" is not a plain folder name");
        }
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            // Not Files.createTempFile: it makes the file readable by its owner only, and the move would carry
            // that over to a course file that everyone could read before.
            Path temporary = folder.resolve(".saving-" + UUID.randomUUID() + ".tmp");
            try {
                Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                keepPermissions(target, temporary);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        try (Stream<Path> existing = Files.list(folder)) {
            for (Path stale : existing.filter(
                            p -> LESSON_FILE.matcher(p.getFileName().toString()).matches())
                    .filter(p -> !files.containsKey(p.getFileName().toString()))
                    .toList()) {
                Files.delete(stale);
            }
        }
        return folder;
    }

    private static void keepPermissions(Path replaced, Path replacement) throws IOException {
        if (Files.exists(replaced)
                && Files.getFileStore(replacement).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(replaced));
        }
    }
}
