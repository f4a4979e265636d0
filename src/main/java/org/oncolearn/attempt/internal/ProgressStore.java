package org.oncolearn.attempt.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oncolearn.attempt.Learner;
import org.oncolearn.attempt.LearnerId;

/** Where learners, enrolments, rounds and answers are kept: the database, or memory for a preview. */
public interface ProgressStore {

    void addLearner(Learner learner, Instant now);

    Optional<Learner> learner(LearnerId id);

    void touchLearner(LearnerId id, Instant now);

    Optional<Enrolment> enrolment(LearnerId learner, String courseId);

    /** Opens a lesson; the completion mark stays, so reviewing a lesson after finishing keeps the course finished. */
    void openLesson(LearnerId learner, String courseId, String lessonId, int courseVersion, Instant now);

    void completeCourse(LearnerId learner, String courseId, Instant now);

    List<Round> rounds(LearnerId learner, String courseId);

    void addRound(LearnerId learner, String courseId, String lessonId, int number, List<String> checkIds, Instant now);

    /** Stores an answer; false when this check was already answered in this round (a double click or a 2nd tab). */
    boolean addAnswer(long roundId, String checkId, Set<String> selected, boolean correct, Instant now);
}
