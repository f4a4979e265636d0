package org.oncolearn.attempt;

import java.util.Optional;
import org.oncolearn.course.Course;

/**
 * Courses that an educator can try out as a learner without being recorded: drafts before publishing, and what
 * learners get now; provided by the editor.
 */
public interface CoursePreviews {

    /**
     * The draft as learners would get it, or empty when there is no such draft or it does not load yet; given a
     * course id instead of a draft id, the course as learners get it now.
     */
    Optional<Course> draftForPreview(String draftId);
}
