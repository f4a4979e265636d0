package org.oncolearn.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.CourseCatalog;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Option;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class LearningServiceTest {

    private static final String COURSE = "immunotherapy";

    @Autowired
    LearningService learning;

    @Autowired
    CourseCatalog catalog;

    private Learner learner;
    private Course course;

    @BeforeEach
    void newLearner() {
        learner = learning.register("  Ana  ");
        course = catalog.find(COURSE).orElseThrow();
    }

    @Test
    void a_new_learner_starts_by_reading_lesson_one() {
        CourseState state = learning.state(learner.id(), COURSE);

        assertThat(learner.displayName()).contains("Ana");
        assertThat(state.step()).isInstanceOf(Step.Reading.class);
        assertThat(((Step.Reading) state.step()).lesson().number()).isEqualTo(1);
        assertThat(state.progress()).isZero();
    }

    @Test
    void two_tabs_of_a_new_learner_starting_the_checks_together_both_reach_the_first_check() throws Exception {
        Lesson first = course.lessons().getFirst();
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 25; i++) {
                LearnerId newcomer = learning.register("Two tabs " + i).id();
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<CourseState> start = () -> {
                    together.await();
                    return learning.startChecks(newcomer, COURSE, first.id());
                };

                List<Check> shown = new java.util.ArrayList<>();
                for (Future<CourseState> tab : tabs.invokeAll(List.of(start, start))) {
                    assertThat(tab.get().step()).isInstanceOfSatisfying(Step.Answering.class, step -> {
                        assertThat(step.position()).isEqualTo(1);
                        shown.add(step.check());
                    });
                }
                assertThat(shown.get(0))
                        .as("both tabs show the one round stored")
                        .isEqualTo(shown.get(1));
            }
        } finally {
            tabs.shutdownNow();
        }
    }

    @Test
    void a_blank_name_means_anonymous() {
        assertThat(learning.register("   ").anonymous()).isTrue();
    }

    @Test
    void answering_every_check_gives_a_lesson_result_and_retry_asks_only_the_missed_ones() {
        Lesson first = course.lessons().getFirst();
        learning.startChecks(learner.id(), COURSE, first.id());
        int total = answerRound(2);

        CourseState afterRound = learning.state(learner.id(), COURSE);
        var finished = (Step.LessonFinished) afterRound.step();
        assertThat(finished.result().correct()).isEqualTo(total - 2);
        assertThat(finished.result().missed()).hasSize(2);
        assertThat(finished.next()).contains(course.lessons().get(1));

        learning.retryMissed(learner.id(), COURSE, first.id());
        var retry = (Step.Answering) learning.state(learner.id(), COURSE).step();
        assertThat(retry.round()).isEqualTo(2);
        assertThat(retry.count()).isEqualTo(2);
        assertThat(finished.result().missedObjectives()).contains(retry.check().objective());
        assertThat(finished.result().missed())
                .as("the retry asks a sibling of the check whose key the feedback revealed")
                .doesNotContain(retry.check());
        answerRound(0);

        var after = (Step.LessonFinished) learning.state(learner.id(), COURSE).step();
        assertThat(after.result().correct()).isEqualTo(total);
        assertThat(after.result().firstTryCorrect()).isEqualTo(total - 2);
        assertThat(after.result().mastered()).isTrue();
    }

    @Test
    void an_answer_to_a_check_that_is_not_due_is_refused_and_not_recorded() {
        Lesson first = course.lessons().getFirst();
        learning.startChecks(learner.id(), COURSE, first.id());
        var due = (Step.Answering) learning.state(learner.id(), COURSE).step();
        learning.answer(learner.id(), COURSE, due.check().id(), keys(due.check()));

        assertThatThrownBy(
                        () -> learning.answer(learner.id(), COURSE, due.check().id(), keys(due.check())))
                .isInstanceOf(StaleStepException.class);
        assertThat(learning.state(learner.id(), COURSE).lessons().getFirst().answered())
                .isEqualTo(1);
    }

    @Test
    void an_option_the_check_does_not_have_is_rejected() {
        Lesson first = course.lessons().getFirst();
        learning.startChecks(learner.id(), COURSE, first.id());
        var due = (Step.Answering) learning.state(learner.id(), COURSE).step();

        assertThatThrownBy(
                        () -> learning.answer(learner.id(), COURSE, due.check().id(), Set.of("z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> learning.answer(learner.id(), COURSE, due.check().id(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void finishing_the_last_lesson_leads_to_the_course_summary() {
        for (Lesson lesson : course.lessons()) {
            learning.startChecks(learner.id(), COURSE, lesson.id());
            answerRound(0);
            learning.continueAfter(learner.id(), COURSE, lesson.id());
        }

        CourseState state = learning.state(learner.id(), COURSE);
        assertThat(state.step()).isInstanceOf(Step.CourseFinished.class);
        assertThat(((Step.CourseFinished) state.step()).allMastered()).isTrue();
        assertThat(state.progress()).isEqualTo(1.0);
    }

    @Test
    void lessons_open_in_order() {
        Lesson third = course.lessons().get(2);

        assertThatThrownBy(() -> learning.openLesson(learner.id(), COURSE, third.id()))
                .isInstanceOf(StaleStepException.class);
    }

    @Test
    void checks_of_a_lesson_that_is_not_open_cannot_be_started() {
        Lesson third = course.lessons().get(2);

        assertThatThrownBy(() -> learning.startChecks(learner.id(), COURSE, third.id()))
                .isInstanceOf(StaleStepException.class);
        assertThat(learning.state(learner.id(), COURSE).started()).isFalse();
    }

    @Test
    void an_unknown_course_is_reported_by_name() {
        assertThatThrownBy(() -> learning.state(learner.id(), "no-such-course"))
                .isInstanceOf(UnknownCourseException.class)
                .hasMessageContaining("no-such-course");
    }

    /** Answers the rest of the current round, getting the first {@code wrong} checks wrong; returns the lesson size. */
    private int answerRound(int wrong) {
        int given = 0;
        while (learning.state(learner.id(), COURSE).step() instanceof Step.Answering due) {
            Set<String> choice = given < wrong ? distractor(due.check()) : keys(due.check());
            AnswerOutcome outcome =
                    learning.answer(learner.id(), COURSE, due.check().id(), choice);
            assertThat(outcome.correct()).isEqualTo(given >= wrong);
            given++;
        }
        // A round asks one check per objective; the lesson is scored by objective.
        return (int) course.lessons().getFirst().courseChecks().stream()
                .map(Check::objective)
                .distinct()
                .count();
    }

    private static Set<String> keys(Check check) {
        return check.keyIds();
    }

    private static Set<String> distractor(Check check) {
        return check.options().stream()
                .filter(o -> !o.key())
                .map(Option::id)
                .limit(1)
                .collect(Collectors.toSet());
    }
}
