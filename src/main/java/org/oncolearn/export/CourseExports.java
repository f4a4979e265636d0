package org.oncolearn.export;

import java.time.Clock;
import java.util.Optional;
import org.oncolearn.course.Course;
import org.oncolearn.course.CourseCatalog;
import org.springframework.stereotype.Service;

/** What the export screen needs: the courses that can be exported, and their packages. */
@Service
public class CourseExports {

    private final CourseCatalog catalog;
    private final ScormExporter exporter;

    public CourseExports(CourseCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.exporter = new ScormExporter(clock);
    }

    public java.util.List<Course> courses() {
        return catalog.courses();
    }

    public Optional<Course> course(String courseId) {
        return catalog.find(courseId);
    }

    /** Built on request from the catalog's current version of the course. */
    public Optional<ScormPackage> export(String courseId, ScormStandard standard) {
        return catalog.find(courseId).map(course -> exporter.export(course, standard));
    }
}
