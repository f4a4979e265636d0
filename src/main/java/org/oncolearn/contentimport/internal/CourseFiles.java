package org.oncolearn.contentimport.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
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

    /** Whether anything, file or folder, has this name, so that a folder is reported as such and not as missing. */
    boolean exists(String fileName) {
        if (texts != null) {
            return texts.containsKey(fileName);
        }
        return Files.exists(folder.resolve(fileName));
    }

    /**
     * Reads a file of the folder; empty when it does not exist.
     *
     * @throws UnreadableFileException naming the line of the first bad byte when the text is not UTF-8
     */
    Optional<String> read(String fileName) throws UnreadableFileException {
        if (texts != null) {
            String text = texts.get(fileName);
            if (text != null && text.length() > MAX_FILE_BYTES) {
                throw tooLarge();
            }
            return Optional.ofNullable(text);
        }
        Path file = folder.resolve(fileName).normalize();
        if (!file.startsWith(folder.normalize())) {
            throw new UnreadableFileException("is outside the course folder", 0);
        }
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableFileException("is a folder, not a file", 0);
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw tooLarge();
            }
            return Optional.of(utf8(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            String reason = e instanceof FileSystemException fs && fs.getReason() != null
                    ? fs.getReason()
                    : e.getClass().getSimpleName();
            throw new UnreadableFileException("could not be opened (" + reason + ")", 0);
        }
    }

    private static UnreadableFileException tooLarge() {
        return new UnreadableFileException("is larger than " + MAX_FILE_BYTES / 1000 + " kB", 0);
    }

    /** Decodes strictly: a wrong encoding must be fixed by the author, not turned into replacement characters. */
    private static String utf8(byte[] bytes) throws UnreadableFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // UTF-8 never decodes to more chars than it has bytes.
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), text, true);
        text.flip();
        if (result.isError()) {
            throw new UnreadableFileException(
                    "is not valid UTF-8 text (this line has the first bad byte; save the file as UTF-8)",
                    LineBreaks.lineAt(text, text.length()));
        }
        return text.toString();
    }

    /** A file that exists but cannot be used as text; {@code line} is 0 when the whole file is affected. */
    static final class UnreadableFileException extends Exception {

        private final int line;

        UnreadableFileException(String reason, int line) {
            super(reason);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
