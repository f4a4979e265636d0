package org.oncolearn.attempt;

import java.util.Optional;
import org.oncolearn.course.Lesson;

/** How far a learner is in one lesson, for outlines and summaries. */
public record LessonStatus(Lesson lesson, Phase phase, int answered, int total, Optional<LessonResult> result) {

    /** Where a learner stands in a lesson. */
    public enum Phase {
        NOT_STARTED,
        IN_PROGRESS,
        FINISHED
    }

    public boolean mastered() {
        return result.map(LessonResult::mastered).orElse(false);
    }
}
