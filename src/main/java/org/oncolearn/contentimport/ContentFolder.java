package org.oncolearn.contentimport;

import java.util.List;
import java.util.Optional;
import org.oncolearn.course.Course;

/** The courses read from the {@code quizzes/} folder, which the editor reloads after saving a course into it. */
public interface ContentFolder {

    List<Course> courses();

    Optional<Course> find(String courseId);

    /** Problems found by the last load, with file and line. */
    List<ContentProblem> problems();

    void reload();
}
