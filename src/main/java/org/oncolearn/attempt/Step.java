package org.oncolearn.attempt;

import java.util.List;
import java.util.Optional;
import org.oncolearn.course.Check;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Option;

/** What the learner should see next in a course; resuming a course starts from this. */
public sealed interface Step {

    /** Read the lesson text before its checks. */
    record Reading(Lesson lesson, int checkCount) implements Step {}

    /**
     * Answer one check of the current round (round 1 asks one check per objective, later rounds a sibling for each
     * objective missed).
     *
     * @param options the check's options in the order this learner sees them in this round
     * @param askConfidence whether the learner says how sure they are before checking
     */
    record Answering(
            Lesson lesson, Check check, int position, int count, int round, List<Option> options, boolean askConfidence)
            implements Step {

        public Answering {
            options = List.copyOf(options);
        }
    }

    /** The lesson's checks are all answered: show the score and what to do next. */
    record LessonFinished(Lesson lesson, LessonResult result, Optional<Lesson> next) implements Step {}

    /** Every lesson is finished: show the course summary. */
    record CourseFinished(List<LessonStatus> lessons, boolean allMastered) implements Step {}
}
