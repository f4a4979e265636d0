package org.oncolearn.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.SequencedMap;
import org.oncolearn.course.Course;
import org.oncolearn.export.internal.ExportFile;
import org.oncolearn.export.internal.PackageBuilder;
import org.oncolearn.export.internal.PackageZip;

/**
 * Exports a course as a SCORM package: one SCO that plays every lesson and check and reports to the LMS. Plain Java,
 * so the command line can use it without starting the application.
 */
public class ScormExporter {

    private final PackageBuilder builder = new PackageBuilder();
    private final Clock clock;

    public ScormExporter(Clock clock) {
        this.clock = clock;
    }

    public ScormPackage export(Course course, ScormStandard standard) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream(256 * 1024);
        try {
            write(course, standard, zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ScormPackage(fileName(course, standard), standard, zip.toByteArray());
    }

    /**
     * The package's files by their path in the zip, in memory: what an LMS unpacks, for running the package without
     * writing it anywhere.
     */
    public SequencedMap<String, byte[]> files(Course course, ScormStandard standard) {
        return builder.build(course.forLearners(), standard);
    }

    public void write(Course course, ScormStandard standard, OutputStream out) throws IOException {
        // A package reaches learners through an LMS, so proposals that no educator has accepted stay out of it.
        PackageZip.write(builder.build(course.forLearners(), standard), LocalDateTime.now(clock), out);
    }

    /**
     * Writes beside the target first and then moves into place, so a failed export never leaves a half-written zip
     * where an LMS upload might pick it up.
     */
    public void writeTo(Course course, ScormStandard standard, Path target) throws IOException {
        ExportFile.write(target, out -> write(course, standard, out));
    }

    public static String fileName(Course course, ScormStandard standard) {
        // Each published version gets its own name, so that an LMS upload never silently replaces another version.
        return course.id() + (course.version() > 0 ? "-v" + course.version() : "") + "-" + standard.key() + ".zip";
    }
}
