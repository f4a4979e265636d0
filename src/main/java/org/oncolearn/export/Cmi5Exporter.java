package org.oncolearn.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import org.oncolearn.course.Course;
import org.oncolearn.export.internal.ExportFile;
import org.oncolearn.export.internal.PackageBuilder;
import org.oncolearn.export.internal.PackageZip;

/**
 * Exports a course as a cmi5 package: {@code cmi5.xml} with one assignable unit for the whole course, and the player
 * that speaks xAPI to the LMS's learning record store. Plain Java, so the command line can use it.
 */
public class Cmi5Exporter {

    private final PackageBuilder builder = new PackageBuilder();
    private final Clock clock;

    public Cmi5Exporter(Clock clock) {
        this.clock = clock;
    }

    public Cmi5Package export(Course course) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream(256 * 1024);
        try {
            write(course, zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Cmi5Package(fileName(course), zip.toByteArray());
    }

    public void write(Course course, OutputStream out) throws IOException {
        // As for SCORM: proposals that no educator has accepted never reach learners.
        PackageZip.write(builder.buildCmi5(course.forLearners()), LocalDateTime.now(clock), out);
    }

    /** Written beside the target and moved into place, so a failed export never leaves a half-written zip. */
    public void writeTo(Course course, Path target) throws IOException {
        ExportFile.write(target, out -> write(course, out));
    }

    public static String fileName(Course course) {
        // Versioned like the SCORM packages, so that an upload never silently replaces another version.
        return course.id() + (course.version() > 0 ? "-v" + course.version() : "") + "-" + Cmi5Format.CMI5.key()
                + ".zip";
    }
}
