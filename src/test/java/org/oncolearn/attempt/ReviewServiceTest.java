package org.oncolearn.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oncolearn.attempt.internal.MemoryProgressStore;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.testing.MovableClock;

/** Spaced review on a fixed clock: Leitner boxes of 1, 3, 7 and 21 days, siblings on each return. */
class ReviewServiceTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private final MovableClock clock = new MovableClock(START);
    private final MemoryProgressStore store = new MemoryProgressStore();
    private final Course course = course();
    private int seed = 1;
    private final LearningService learning =
            new LearningService(() -> List.of(course), store, clock, draftId -> Optional.empty(), () -> seed++);
    private final ReviewService reviews = new ReviewService(() -> List.of(course), store, clock, () -> seed++);
    private final LearnerId learner = learning.register("").id();

    @Test
    void nothing_is_due_before_a_lesson_is_finished() {
        learning.startChecks(learner, course.id(), course.lessons().getFirst().id());
        answerDue(true);

        assertThat(reviews.state(learner, course.id()).scheduled()).isZero();
        assertThat(reviews.dueCount(learner, course.id())).isZero();
    }

    @Test
    void objectives_right_at_first_try_come_back_in_three_days_and_missed_ones_tomorrow() {
        Lesson lesson = course.lessons().getFirst();
        learning.startChecks(learner, course.id(), lesson.id());
        int objectives = ((Step.Answering) learning.state(learner, course.id()).step()).count();
        answerDue(false);
        for (int i = 1; i < objectives; i++) {
            answerDue(true);
        }

        ReviewService.ReviewState now = reviews.state(learner, course.id());
        assertThat(now.scheduled()).isEqualTo(objectives);
        assertThat(now.due()).isZero();
        assertThat(now.nextDue()).contains(START.plus(Duration.ofDays(1)));

        clock.advance(Duration.ofDays(1));
        assertThat(reviews.dueCount(learner, course.id())).isEqualTo(1);
        clock.advance(Duration.ofDays(2));
        assertThat(reviews.dueCount(learner, course.id())).isEqualTo(objectives);
    }

    @Test
    void a_right_review_moves_up_a_box_and_a_wrong_one_starts_again_tomorrow() {
        finishFirstLessonAllRight();
        clock.advance(Duration.ofDays(3));
        int due = reviews.dueCount(learner, course.id());
        assertThat(due).isPositive();

        ReviewService.ReviewCheck first =
                reviews.state(learner, course.id()).next().orElseThrow();
        ReviewService.ReviewOutcome right = reviews.answer(
                learner, course.id(), first.check().id(), first.check().keyIds(), Optional.empty());
        assertThat(right.box()).isEqualTo(3);
        assertThat(right.dueAgain())
                .isEqualTo(clock.instant().plus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

        ReviewService.ReviewCheck second =
                reviews.state(learner, course.id()).next().orElseThrow();
        ReviewService.ReviewOutcome wrong = reviews.answer(
                learner, course.id(), second.check().id(), Set.of(wrongOption(second.check())), Optional.empty());
        assertThat(wrong.box()).isEqualTo(1);
        assertThat(wrong.dueAgain())
                .isEqualTo(clock.instant().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(reviews.dueCount(learner, course.id())).isEqualTo(due - 2);
    }

    @Test
    void a_review_asks_a_sibling_of_the_check_answered_last_for_that_objective() {
        finishFirstLessonAllRight();
        List<String> lastAsked = new ArrayList<>(lastAskedInLesson());
        clock.advance(Duration.ofDays(3));

        ReviewService.ReviewCheck next =
                reviews.state(learner, course.id()).next().orElseThrow();

        assertThat(lastAsked).doesNotContain(next.check().id());
    }

    @Test
    void after_a_retry_the_review_asks_a_sibling_of_the_retry_s_check_not_the_retry_s_check_again() {
        Lesson lesson = course.lessons().getFirst();
        learning.startChecks(learner, course.id(), lesson.id());
        answerDue(false);
        while (learning.state(learner, course.id()).step() instanceof Step.Answering) {
            answerDue(true);
        }
        learning.retryMissed(learner, course.id(), lesson.id());
        Step.Answering retry =
                (Step.Answering) learning.state(learner, course.id()).step();
        answerDue(true);
        clock.advance(Duration.ofDays(1));

        ReviewService.ReviewCheck review =
                reviews.state(learner, course.id()).next().orElseThrow();

        assertThat(review.check().objective()).isEqualTo(retry.check().objective());
        assertThat(review.check().id()).isNotEqualTo(retry.check().id());
    }

    @Test
    void a_review_check_answered_in_another_tab_is_not_recorded_twice() {
        finishFirstLessonAllRight();
        clock.advance(Duration.ofDays(3));
        ReviewService.ReviewCheck shown =
                reviews.state(learner, course.id()).next().orElseThrow();
        reviews.answer(learner, course.id(), shown.check().id(), shown.check().keyIds(), Optional.empty());

        ReviewService.ReviewCheck now =
                reviews.state(learner, course.id()).next().orElseThrow();
        if (!now.check().id().equals(shown.check().id())) {
            assertThatThrownBy(() -> reviews.answer(
                            learner,
                            course.id(),
                            shown.check().id(),
                            shown.check().keyIds(),
                            Optional.empty()))
                    .isInstanceOf(StaleStepException.class);
        }
        assertThat(reviews.dueCount(learner, course.id()))
                .isEqualTo(reviews.state(learner, course.id()).due());
    }

    private List<String> lastAskedInLesson() {
        return List.copyOf(asked);
    }

    private final List<String> asked = new ArrayList<>();

    private void finishFirstLessonAllRight() {
        learning.startChecks(learner, course.id(), course.lessons().getFirst().id());
        while (learning.state(learner, course.id()).step() instanceof Step.Answering) {
            answerDue(true);
        }
    }

    private void answerDue(boolean right) {
        Step.Answering due =
                (Step.Answering) learning.state(learner, course.id()).step();
        asked.add(due.check().id());
        learning.answer(
                learner,
                course.id(),
                due.check().id(),
                right ? due.check().keyIds() : Set.of(wrongOption(due.check())));
    }

    private static String wrongOption(Check check) {
        return check.options().stream()
                .filter(o -> !o.key())
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static Course course() {
        try {
            var doc = LearnerFlowVectorsTest.vectors();
            return LearnerFlowVectorsTest.course(
                    "two-lessons", doc.get("courses").get("two-lessons"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
