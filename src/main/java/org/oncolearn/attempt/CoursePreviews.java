package org.oncolearn.attempt;

import java.util.Optional;
import org.oncolearn.course.Course;

/** Draft courses that an educator can try out as a learner before publishing; provided by the editor. */
public interface CoursePreviews {

    /** The draft as learners would get it, or empty when there is no such draft or it does not load yet. */
    Optional<Course> draftForPreview(String draftId);
}
