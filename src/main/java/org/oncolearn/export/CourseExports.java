package org.oncolearn.export;

import java.time.Clock;
import java.util.Optional;
import org.oncolearn.course.Course;
import org.oncolearn.course.CourseCatalog;
import org.oncolearn.course.Level;
import org.oncolearn.course.WarningSigns;
import org.springframework.stereotype.Service;

/**
 * What the export screen needs: the courses that can be exported, their packages and question banks, and their patient
 * self-checks.
 */
@Service
public class CourseExports {

    private final CourseCatalog catalog;
    private final CourseExporter exporter;
    private final SelfCheckExporter selfCheck = new SelfCheckExporter();
    private final WarningSigns signs;

    public CourseExports(CourseCatalog catalog, Clock clock, WarningSigns signs) {
        this.catalog = catalog;
        this.exporter = new CourseExporter(clock);
        this.signs = signs;
    }

    public java.util.List<Course> courses() {
        return catalog.courses();
    }

    public Optional<Course> course(String courseId) {
        return catalog.find(courseId);
    }

    /** The patient self-check as one HTML file, for courses that have patient questions. */
    public Optional<SelfCheckExporter.SelfCheckFile> selfCheck(String courseId) {
        return catalog.find(courseId)
                .filter(course -> course.checkCount(Level.PATIENT) > 0)
                .map(course -> selfCheck.render(course, signs, "en"));
    }

    /** Built on request from the catalog's current version of the course: a package or a question bank. */
    public Optional<ExportedFile> export(String courseId, ExportFormat format) {
        return catalog.find(courseId).map(course -> exporter.export(course, format));
    }
}
