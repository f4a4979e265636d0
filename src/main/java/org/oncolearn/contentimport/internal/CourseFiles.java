package org.oncolearn.contentimport.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The files of one course folder. Paths in messages are shown relative to the working directory, as an educator who
 * runs the app from the project folder would type them.
 */
public final class CourseFiles {

    /** Course files are small text; anything larger is a mistake or an attack, not a lesson. */
    static final long MAX_FILE_BYTES = 1_000_000;

    private final Path folder;
    /** Files held in memory (a draft in the editor, a stored version), or null when reading from disk. */
    private final Map<String, String> texts;

    private CourseFiles(Path folder, Map<String, String> texts) {
        this.folder = folder;
        this.texts = texts;
    }

    public static CourseFiles of(Path folder) {
        return new CourseFiles(folder, null);
    }

    /** The files of a course that lives in memory; messages name them as if they were in {@code quizzes/<id>/}. */
    public static CourseFiles inMemory(String folderName, Map<String, String> texts) {
        return new CourseFiles(Path.of("quizzes", folderName), Map.copyOf(texts));
    }

    String folderName() {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? "" : name.toString();
    }

    String displayPath(String fileName) {
        if (texts != null) {
            return folder.resolve(fileName).toString().replace('\\', '/');
        }
        Path file = folder.resolve(fileName);
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    boolean hasFile(String fileName) {
        if (texts != null) {
            return texts.containsKey(fileName);
        }
        return Files.isRegularFile(folder.resolve(fileName));
    }

    /** Reads a file of the folder; empty when it does not exist. */
    Optional<String> read(String fileName) throws IOException {
        if (texts != null) {
            String text = texts.get(fileName);
            if (text != null && text.length() > MAX_FILE_BYTES) {
                throw new IOException("is larger than " + MAX_FILE_BYTES / 1000 + " kB");
            }
            return Optional.ofNullable(text);
        }
        Path file = folder.resolve(fileName).normalize();
        if (!file.startsWith(folder.normalize())) {
            throw new IOException("is outside the course folder");
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IOException("is larger than " + MAX_FILE_BYTES / 1000 + " kB");
            }
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (CharacterCodingException e) {
            throw new IOException("is not valid UTF-8 text", e);
        }
    }
}
