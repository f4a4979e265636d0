package org.oncolearn.contentimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.oncolearn.contentimport.internal.WarningSignsParser;
import org.oncolearn.course.WarningSigns;

/**
 * Reads the one list of warning signs, {@code warning-signs.yaml}: the copy in the content folder when there is one
 * (educators keep it there with the courses), otherwise the copy built into the application.
 */
public final class WarningSignsFile {

    public static final String FILE_NAME = "warning-signs.yaml";

    private WarningSignsFile() {}

    /** @throws InvalidCourseException listing every problem of the content folder's copy with its line */
    public static WarningSigns forContent(Path contentRoot) {
        Path file = contentRoot.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? load(file) : bundled();
    }

    public static WarningSigns load(Path file) {
        String text;
        try {
            if (Files.size(file) > 1_000_000) {
                throw invalid(file.toString(), "the file is larger than 1 MB");
            }
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw invalid(file.toString(), "the file is not UTF-8 text");
        } catch (IOException e) {
            throw invalid(file.toString(), "the file cannot be read (" + e.getMessage() + ")");
        }
        return WarningSignsParser.parse(text, file.toString());
    }

    public static WarningSigns bundled() {
        try (InputStream in = WarningSignsFile.class.getResourceAsStream("/contentimport/" + FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("the application was built without contentimport/" + FILE_NAME);
            }
            return WarningSignsParser.parse(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + FILE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidCourseException invalid(String file, String message) {
        return new InvalidCourseException(List.of(new ContentProblem(file, 0, message)));
    }
}
