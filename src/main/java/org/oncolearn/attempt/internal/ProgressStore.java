package org.oncolearn.attempt.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oncolearn.attempt.Confidence;
import org.oncolearn.attempt.Learner;
import org.oncolearn.attempt.LearnerId;

/** Where learners, enrolments, rounds, answers and review items are kept: the database, or memory for a preview. */
public interface ProgressStore {

    void addLearner(Learner learner, Instant now);

    Optional<Learner> learner(LearnerId id);

    void touchLearner(LearnerId id, Instant now);

    Optional<Enrolment> enrolment(LearnerId learner, String courseId);

    /** Opens a lesson; the completion mark stays, so reviewing a lesson after finishing keeps the course finished. */
    void openLesson(LearnerId learner, String courseId, String lessonId, int courseVersion, Instant now);

    void completeCourse(LearnerId learner, String courseId, Instant now);

    /** Everyone who started the course, in the order they started. */
    List<Enrolled> enrolled(String courseId);

    List<Round> rounds(LearnerId learner, String courseId);

    void addRound(
            LearnerId learner,
            String courseId,
            String lessonId,
            int number,
            List<String> checkIds,
            int seed,
            Instant now);

    /** Stores an answer; false when this check was already answered in this round (a double click or a 2nd tab). */
    boolean addAnswer(
            long roundId,
            String checkId,
            Set<String> selected,
            boolean correct,
            Optional<Confidence> confidence,
            Instant now);

    /**
     * Puts an objective into spaced review. When it is there already, only the check asked last is updated (a retry
     * round asked another one), so that the next review asks a sibling of that; the box and due time stay.
     */
    void scheduleReview(
            LearnerId learner,
            String courseId,
            String lessonId,
            String objective,
            int box,
            Instant due,
            int seed,
            Optional<String> lastCheckId);

    /** The learner's objectives in spaced review for a course, soonest due first. */
    List<ReviewItem> reviewItems(LearnerId learner, String courseId);

    /**
     * Records a review answer and moves the objective to its new box; false when the item changed meanwhile (the
     * same review answered in another tab), in which case nothing is stored.
     */
    boolean answerReview(
            LearnerId learner,
            String courseId,
            ReviewItem answered,
            String checkId,
            Set<String> selected,
            boolean correct,
            Optional<Confidence> confidence,
            ReviewItem next,
            Instant now);
}
