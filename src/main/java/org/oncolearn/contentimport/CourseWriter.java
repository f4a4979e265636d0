package org.oncolearn.contentimport;

import org.oncolearn.contentimport.internal.CourseEmitter;
import org.oncolearn.course.Course;

/**
 * Writes a course in the {@code quizzes/} file format, so that what the editor saves can live in version control and
 * loads back as the same course.
 */
public final class CourseWriter {

    private CourseWriter() {}

    public static CourseFileSet write(Course course) {
        return new CourseFileSet(course.id(), CourseEmitter.files(course));
    }
}
