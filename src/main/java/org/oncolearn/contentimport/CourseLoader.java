package org.oncolearn.contentimport;

import java.nio.file.Path;
import org.oncolearn.contentimport.internal.CourseFiles;
import org.oncolearn.contentimport.internal.CourseParser;
import org.oncolearn.course.Course;

/** Loads one course folder (a {@code course.yaml} and its lesson files) completely, or not at all. */
public final class CourseLoader {

    private CourseLoader() {}

    /**
     * @param courseFolder the folder holding {@code course.yaml}
     * @throws InvalidCourseException listing every problem, each with file and line
     */
    public static Course load(Path courseFolder) {
        return new CourseParser(CourseFiles.of(courseFolder)).parse();
    }
}
