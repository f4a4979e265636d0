package org.oncolearn.attempt.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.oncolearn.attempt.Confidence;
import org.oncolearn.attempt.Learner;
import org.oncolearn.attempt.LearnerId;

/**
 * Progress kept in memory only, for "Preview as learner": the learner views run exactly as for real learners, but
 * nothing reaches the database and everything is gone with the preview.
 */
public final class MemoryProgressStore implements ProgressStore {

    private final Map<LearnerId, Learner> learners = new HashMap<>();
    private final Map<String, Enrolment> enrolments = new HashMap<>();
    private final Map<String, Enrolled> enrolled = new LinkedHashMap<>();
    private final List<StoredRound> rounds = new ArrayList<>();

    private record StoredRound(
            long id,
            LearnerId learner,
            String courseId,
            String lessonId,
            int number,
            List<String> checkIds,
            Map<String, RecordedAnswer> answers,
            int seed) {}

    private final Map<String, ReviewItem> reviews = new LinkedHashMap<>();

    @Override
    public synchronized void addLearner(Learner learner, Instant now) {
        learners.put(learner.id(), learner);
    }

    @Override
    public synchronized Optional<Learner> learner(LearnerId id) {
        return Optional.ofNullable(learners.get(id));
    }

    @Override
    public void touchLearner(LearnerId id, Instant now) {
        // Nothing to record: a preview has no "last seen".
    }

    @Override
    public synchronized Optional<Enrolment> enrolment(LearnerId learner, String courseId) {
        return Optional.ofNullable(enrolments.get(key(learner, courseId)));
    }

    @Override
    public synchronized void openLesson(
            LearnerId learner, String courseId, String lessonId, int courseVersion, Instant now) {
        Enrolment old = enrolments.get(key(learner, courseId));
        enrolments.put(
                key(learner, courseId),
                new Enrolment(
                        Optional.of(lessonId),
                        old != null && old.completed(),
                        old == null ? courseVersion : old.courseVersion()));
        Enrolled was = enrolled.get(key(learner, courseId));
        enrolled.put(
                key(learner, courseId),
                was == null
                        ? new Enrolled(learners.get(learner), courseVersion, now, now, Optional.empty())
                        : new Enrolled(was.learner(), was.courseVersion(), was.started(), now, was.completed()));
    }

    @Override
    public synchronized void completeCourse(LearnerId learner, String courseId, Instant now) {
        Enrolment old = enrolments.get(key(learner, courseId));
        enrolments.put(
                key(learner, courseId), new Enrolment(Optional.empty(), true, old == null ? 0 : old.courseVersion()));
        Enrolled was = enrolled.get(key(learner, courseId));
        if (was != null) {
            enrolled.put(
                    key(learner, courseId),
                    new Enrolled(
                            was.learner(),
                            was.courseVersion(),
                            was.started(),
                            now,
                            Optional.of(was.completed().orElse(now))));
        }
    }

    @Override
    public synchronized List<Enrolled> enrolled(String courseId) {
        return enrolled.entrySet().stream()
                .filter(e -> e.getKey().endsWith("/" + courseId))
                .map(Map.Entry::getValue)
                .toList();
    }

    @Override
    public synchronized List<Round> rounds(LearnerId learner, String courseId) {
        return rounds.stream()
                .filter(r -> r.learner().equals(learner) && r.courseId().equals(courseId))
                .sorted(Comparator.comparing(StoredRound::lessonId).thenComparingInt(StoredRound::number))
                .map(r -> new Round(
                        r.id(), r.lessonId(), r.number(), r.checkIds(), r.answers(), OptionalInt.of(r.seed())))
                .toList();
    }

    @Override
    public synchronized void addRound(
            LearnerId learner,
            String courseId,
            String lessonId,
            int number,
            List<String> checkIds,
            int seed,
            Instant now) {
        boolean exists = rounds.stream()
                .anyMatch(r -> r.learner().equals(learner)
                        && r.courseId().equals(courseId)
                        && r.lessonId().equals(lessonId)
                        && r.number() == number);
        if (!exists) {
            rounds.add(new StoredRound(
                    rounds.size() + 1L,
                    learner,
                    courseId,
                    lessonId,
                    number,
                    List.copyOf(checkIds),
                    new LinkedHashMap<>(),
                    seed));
        }
    }

    @Override
    public synchronized boolean addAnswer(
            long roundId,
            String checkId,
            Set<String> selected,
            boolean correct,
            Optional<Confidence> confidence,
            Instant now) {
        StoredRound round = rounds.get((int) roundId - 1);
        return round.answers().putIfAbsent(checkId, new RecordedAnswer(Set.copyOf(selected), correct, now, confidence))
                == null;
    }

    @Override
    public synchronized void scheduleReview(
            LearnerId learner,
            String courseId,
            String lessonId,
            String objective,
            int box,
            Instant due,
            int seed,
            Optional<String> lastCheckId) {
        String key = key(learner, courseId) + "/" + lessonId + "/" + objective;
        ReviewItem old = reviews.get(key);
        if (old == null) {
            reviews.put(key, new ReviewItem(lessonId, objective, box, due, seed, lastCheckId));
        } else if (lastCheckId.isPresent()) {
            reviews.put(
                    key,
                    new ReviewItem(old.lessonId(), old.objective(), old.box(), old.dueAt(), old.seed(), lastCheckId));
        }
    }

    @Override
    public synchronized List<ReviewItem> reviewItems(LearnerId learner, String courseId) {
        String prefix = key(learner, courseId) + "/";
        return reviews.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .map(Map.Entry::getValue)
                .sorted(Comparator.comparing(ReviewItem::dueAt)
                        .thenComparing(ReviewItem::lessonId)
                        .thenComparing(ReviewItem::objective))
                .toList();
    }

    @Override
    public synchronized boolean answerReview(
            LearnerId learner,
            String courseId,
            ReviewItem answered,
            String checkId,
            Set<String> selected,
            boolean correct,
            Optional<Confidence> confidence,
            ReviewItem next,
            Instant now) {
        String key = key(learner, courseId) + "/" + answered.lessonId() + "/" + answered.objective();
        if (!answered.equals(reviews.get(key))) {
            return false;
        }
        reviews.put(key, next);
        return true;
    }

    private static String key(LearnerId learner, String courseId) {
        return learner.value() + "/" + courseId;
    }
}
