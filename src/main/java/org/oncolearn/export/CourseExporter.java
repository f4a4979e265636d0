package org.oncolearn.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.oncolearn.course.Course;

/** Any export of a course by its format, for the screens and the command line that let educators choose one. */
public class CourseExporter {

    private final ScormExporter scorm;
    private final Cmi5Exporter cmi5;
    private final QuestionBankExporter questionBank;

    public CourseExporter(Clock clock) {
        this.scorm = new ScormExporter(clock);
        this.cmi5 = new Cmi5Exporter(clock);
        this.questionBank = new QuestionBankExporter(clock);
    }

    public ExportedFile export(Course course, ExportFormat format) {
        return switch (format) {
            case ScormStandard standard -> scorm.export(course, standard);
            case Cmi5Format unused -> cmi5.export(course);
            case QuestionBankFormat bank -> questionBank.export(course, bank);
        };
    }

    public void writeTo(Course course, ExportFormat format, Path target) throws IOException {
        switch (format) {
            case ScormStandard standard -> scorm.writeTo(course, standard, target);
            case Cmi5Format unused -> cmi5.writeTo(course, target);
            case QuestionBankFormat bank -> questionBank.writeTo(course, bank, target);
        }
    }

    public static String fileName(Course course, ExportFormat format) {
        return switch (format) {
            case ScormStandard standard -> ScormExporter.fileName(course, standard);
            case Cmi5Format unused -> Cmi5Exporter.fileName(course);
            case QuestionBankFormat bank -> QuestionBankExporter.fileName(course, bank);
        };
    }

    /**
     * A draft's file carries the version it would be published as, marked as a draft, so that it is never mistaken
     * for (or uploaded over) a published version: {@code immunotherapy-v4-draft-scorm12.zip}.
     */
    public static String draftFileName(Course course, int nextVersion, ExportFormat format) {
        String published = fileName(course.withVersion(nextVersion), format);
        String version = course.id() + "-v" + nextVersion;
        return version + "-draft" + published.substring(version.length());
    }
}
