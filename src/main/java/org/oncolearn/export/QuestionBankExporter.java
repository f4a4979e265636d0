package org.oncolearn.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import org.oncolearn.course.Course;
import org.oncolearn.export.internal.ExportFile;
import org.oncolearn.export.internal.PackageZip;
import org.oncolearn.export.internal.QtiPackageBuilder;
import org.oncolearn.export.internal.QuestionBankBuilder;

/**
 * Exports every check of a course, nursing and patient, as questions for an LMS question bank (Moodle XML, GIFT or a
 * QTI 3.0 package), so that schools can use them in their own quizzes and exams. Plain Java, like the SCORM exporter.
 */
public class QuestionBankExporter {

    private final QuestionBankBuilder builder = new QuestionBankBuilder();
    private final QtiPackageBuilder qti = new QtiPackageBuilder();
    private final Clock clock;

    /** @param clock the time the entries of a QTI package are dated with */
    public QuestionBankExporter(Clock clock) {
        this.clock = clock;
    }

    public QuestionBank export(Course course, QuestionBankFormat format) {
        // A question bank reaches learners through exams, so proposals no educator has accepted stay out of it.
        Course accepted = course.forLearners();
        byte[] bytes = switch (format) {
            case MOODLE_XML, GIFT -> builder.render(accepted, format).getBytes(StandardCharsets.UTF_8);
            case QTI3 -> zip(accepted);
        };
        return new QuestionBank(fileName(course, format), format, bytes);
    }

    private byte[] zip(Course course) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        try {
            PackageZip.write(qti.build(course), LocalDateTime.now(clock), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Written beside the target and then moved into place, like the packages, so no half file is ever left. */
    public void writeTo(Course course, QuestionBankFormat format, Path target) throws IOException {
        byte[] bytes = export(course, format).bytes();
        ExportFile.write(target, out -> out.write(bytes));
    }

    /** Carries the published version, like the packages: {@code immunotherapy-v3-moodle.xml}. */
    public static String fileName(Course course, QuestionBankFormat format) {
        return course.id() + (course.version() > 0 ? "-v" + course.version() : "") + format.fileSuffix();
    }

    /** How many questions a file holds: every check of the course, patient checks included. */
    public static int questions(Course course) {
        return course.forLearners().lessons().stream()
                .mapToInt(l -> l.checks().size())
                .sum();
    }
}
