package org.oncolearn.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes an export beside its target and then moves it into place, so a failed export never leaves a half-written
 * file where an LMS upload or a web server might pick it up. The file gets the permissions any new file in that folder
 * gets (the user's umask), not the owner-only ones of a temporary file: exports are made to be shared.
 */
public final class ExportFile {

    /** What writes the content. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ExportFile() {}

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
                content.writeTo(out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
