package org.oncolearn.course;

import java.util.List;
import java.util.Optional;

/** The courses that are available to learners. */
public interface CourseCatalog {

    List<Course> courses();

    default Optional<Course> find(String courseId) {
        return courses().stream().filter(c -> c.id().equals(courseId)).findFirst();
    }
}
