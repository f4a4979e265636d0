package org.oncolearn.course;

import java.util.List;
import java.util.Optional;

/** The courses that are available to learners. */
public interface CourseCatalog {

    List<Course> courses();

    /** The current version of a course: the one new learners start. */
    default Optional<Course> find(String courseId) {
        return courses().stream().filter(c -> c.id().equals(courseId)).findFirst();
    }

    /** A given version of a course, for learners who started it before a newer one was published. */
    default Optional<Course> find(String courseId, int version) {
        return find(courseId).filter(c -> c.version() == version);
    }
}
