package org.oncolearn.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How one learner did in a course, for educators.
 *
 * @param pseudonym the short name of the learner's id (see {@link LearnerId#pseudonym()})
 * @param name the name the learner gave, if any
 * @param courseVersion the version the learner started, which their lessons are scored on
 * @param lessons one per lesson of that version
 * @param lastActivity the last lesson opened or answer given
 */
public record LearnerResult(
        String pseudonym,
        Optional<String> name,
        int courseVersion,
        List<LessonStatus> lessons,
        Instant started,
        Instant lastActivity,
        Optional<Instant> completed) {

    public LearnerResult {
        lessons = List.copyOf(lessons);
    }

    /** Every lesson of the learner's version finished at the course's mastery level. */
    public boolean mastered() {
        return !lessons.isEmpty() && lessons.stream().allMatch(LessonStatus::mastered);
    }

    public Optional<LessonStatus> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.lesson().id().equals(lessonId)).findFirst();
    }
}
