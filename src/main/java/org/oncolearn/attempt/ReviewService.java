package org.oncolearn.attempt;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oncolearn.attempt.internal.Draws;
import org.oncolearn.attempt.internal.ProgressStore;
import org.oncolearn.attempt.internal.ReviewItem;
import org.oncolearn.attempt.internal.ReviewSchedule;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.CourseCatalog;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Option;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spaced review: objectives of finished lessons come back after 1, 3, 7 and 21 days (Leitner boxes), each time as a
 * sibling check where the lesson has one, across all lessons of a course. The next review is always derived from what
 * is stored, so a reload or another tab shows the same check.
 */
@Service
public class ReviewService {

    private final CourseCatalog catalog;
    private final ProgressStore store;
    private final Clock clock;
    private final RoundSeeds seeds;

    public ReviewService(CourseCatalog catalog, ProgressStore store, Clock clock, RoundSeeds seeds) {
        this.catalog = catalog;
        this.store = store;
        this.clock = clock;
        this.seeds = seeds;
    }

    /** A check due for review, with its options in the order this learner sees them. */
    public record ReviewCheck(Lesson lesson, Check check, List<Option> options, boolean askConfidence) {
        public ReviewCheck {
            options = List.copyOf(options);
        }
    }

    /**
     * Where a learner stands in a course's review.
     *
     * @param due how many objectives are due now
     * @param next the check to answer now, when any is due
     * @param nextDue when the next objective falls due, when none is due now
     * @param scheduled how many objectives are in review at all
     */
    public record ReviewState(
            Course course, int due, Optional<ReviewCheck> next, Optional<Instant> nextDue, int scheduled) {}

    /**
     * The recorded review answer.
     *
     * @param dueAgain when this objective comes back
     */
    public record ReviewOutcome(AnswerOutcome outcome, int box, Instant dueAgain) {}

    @Transactional(readOnly = true)
    public ReviewState state(LearnerId learner, String courseId) {
        Course course = course(learner, courseId);
        List<Due> items = items(learner, course);
        Instant now = clock.instant();
        List<Due> due =
                items.stream().filter(d -> !d.item().dueAt().isAfter(now)).toList();
        Optional<ReviewCheck> next = due.stream().findFirst().map(d -> draw(course, d));
        Optional<Instant> nextDue = due.isEmpty()
                ? items.stream().map(d -> d.item().dueAt()).min(Comparator.naturalOrder())
                : Optional.empty();
        return new ReviewState(course, due.size(), next, nextDue, items.size());
    }

    /** How many checks are due for review now: shown on the learner's start page. */
    @Transactional(readOnly = true)
    public int dueCount(LearnerId learner, String courseId) {
        return state(learner, courseId).due();
    }

    /**
     * Records the answer to the review check due now and moves its objective to its next box.
     *
     * @throws StaleStepException when that check is not the one due (answered in another tab, or no longer due)
     * @throws IllegalArgumentException when the chosen options do not fit the check, or a needed confidence is missing
     */
    @Transactional
    public ReviewOutcome answer(
            LearnerId learner, String courseId, String checkId, Set<String> selected, Optional<Confidence> confidence) {
        Course course = course(learner, courseId);
        Instant now = clock.instant();
        Optional<Due> due = items(learner, course).stream()
                .filter(d -> !d.item().dueAt().isAfter(now))
                .findFirst();
        Optional<ReviewCheck> shown = due.map(d -> draw(course, d));
        if (shown.isEmpty() || !shown.get().check().id().equals(checkId)) {
            throw new StaleStepException("This review check is not the one due; the page has been brought up to date.");
        }
        Check check = shown.get().check();
        LearningService.validate(check, selected);
        Optional<Confidence> given = course.confidence() ? confidence : Optional.empty();
        if (course.confidence() && given.isEmpty()) {
            throw new IllegalArgumentException("Say how sure you are first.");
        }
        boolean correct = check.isAnsweredCorrectlyBy(selected);
        ReviewItem item = due.get().item();
        int box = ReviewSchedule.nextBox(item.box(), correct, given);
        ReviewItem next = new ReviewItem(
                item.lessonId(),
                item.objective(),
                box,
                ReviewSchedule.due(now, box),
                seeds.next(),
                Optional.of(checkId));
        if (!store.answerReview(learner, courseId, item, checkId, selected, correct, given, next, now)) {
            throw new StaleStepException(
                    "This review check was already answered; the page has been brought up to date.");
        }
        return new ReviewOutcome(
                new AnswerOutcome(check, selected, correct, shown.get().options(), given), box, next.dueAt());
    }

    private record Due(ReviewItem item, Lesson lesson, List<Check> candidates) {}

    /** Items whose lesson and objective still have checks, soonest due first, then in course order. */
    private List<Due> items(LearnerId learner, Course course) {
        return store.reviewItems(learner, course.id()).stream()
                .flatMap(item -> course.lesson(item.lessonId()).stream()
                        .map(lesson -> new Due(
                                item,
                                lesson,
                                lesson.courseChecks().stream()
                                        .filter(c -> c.objective().equals(item.objective()))
                                        .toList())))
                .filter(d -> !d.candidates().isEmpty())
                .sorted(Comparator.comparing((Due d) -> d.item().dueAt())
                        .thenComparingInt(d -> d.lesson().number())
                        .thenComparing(d -> d.item().objective()))
                .toList();
    }

    /** A sibling of the check asked last for this objective, where there is one, and its option order. */
    private static ReviewCheck draw(Course course, Due due) {
        List<Check> candidates = due.candidates();
        Optional<String> last = due.item().lastCheckId();
        if (candidates.size() > 1 && last.isPresent()) {
            candidates =
                    candidates.stream().filter(c -> !c.id().equals(last.get())).toList();
        }
        int seed = due.item().seed();
        Check check = candidates.get(Draws.pick(seed, "review:" + due.item().objective(), candidates.size()));
        List<Option> options = check.shuffle() ? Draws.order(seed, check.id(), check.options()) : check.options();
        return new ReviewCheck(due.lesson(), check, options, course.confidence());
    }

    private Course course(LearnerId learner, String courseId) {
        return LearningService.versionStarted(catalog, courseId, store.enrolment(learner, courseId));
    }
}
