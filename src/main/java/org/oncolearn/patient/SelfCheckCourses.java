package org.oncolearn.patient;

import java.util.Optional;
import org.oncolearn.course.Course;
import org.oncolearn.course.CourseCatalog;
import org.oncolearn.course.Level;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Which course the self-check at /self-check uses: the configured one, or the first with patient questions. */
@Service
public class SelfCheckCourses {

    private final CourseCatalog catalog;
    private final String preferred;

    public SelfCheckCourses(
            CourseCatalog catalog, @Value("${oncolearn.self-check.course:immunotherapy}") String preferred) {
        this.catalog = catalog;
        this.preferred = preferred;
    }

    public Optional<Course> course() {
        return catalog.find(preferred)
                .filter(SelfCheckCourses::hasPatientQuestions)
                .or(() -> catalog.courses().stream()
                        .filter(SelfCheckCourses::hasPatientQuestions)
                        .findFirst());
    }

    private static boolean hasPatientQuestions(Course course) {
        return course.checkCount(Level.PATIENT) > 0;
    }
}
