package org.oncolearn.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.CourseCatalog;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class LearnerFlowViewTest extends SpringBrowserlessTest {

    @Autowired
    CourseCatalog catalog;

    @Test
    void a_new_learner_is_asked_for_an_optional_name() {
        navigate(HomeView.class);

        assertThat($(TextField.class).withLabel("Your name (optional)").exists())
                .isTrue();
        assertThat($(Button.class).withText("Continue without a name").exists()).isTrue();
        assertThat($(Button.class).withText("Start course").exists()).isFalse();
    }

    @Test
    void a_learner_who_gives_a_name_sees_it_and_the_course() {
        navigate(HomeView.class);
        test($(TextField.class).withLabel("Your name (optional)").single()).setValue("Ana");
        test($(Button.class).withText("Start with this name").single()).click();

        assertThat($(Paragraph.class).withTextContaining("Learning as Ana").exists())
                .isTrue();
        assertThat($(H2.class)
                        .withText("Immunotherapies and targeted therapies")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class).withText("Not started").exists()).isTrue();
    }

    @Test
    void learner_sees_rationale_for_every_option_after_answering() {
        startCourseAnonymously();
        Lesson lesson = course().lessons().getFirst();
        assertThat($(H2.class).withText("Lesson 1: " + lesson.title()).exists()).isTrue();
        clickButtonStartingWith("Start the ");

        Check first = dueCheck();
        answer(first, false);

        assertThat($(H3.class).withText("Not quite").exists()).isTrue();
        for (Option option : first.options()) {
            assertThat($(Paragraph.class).withText(option.rationale()).exists())
                    .as("rationale of option %s", option.id())
                    .isTrue();
        }
        assertThat($(Button.class).withText("Next check").exists()).isTrue();
    }

    @Test
    void the_lesson_outline_counts_each_answer_as_it_is_given() {
        startCourseAnonymously();
        Lesson lesson = course().lessons().getFirst();
        clickButtonStartingWith("Start the ");
        int total = objectives(lesson);
        assertThat($(Span.class).withText("0 of " + total + " checks answered").exists())
                .isTrue();

        answer(dueCheck(), true);

        assertThat($(Span.class).withText("1 of " + total + " checks answered").exists())
                .as("while the feedback is showing")
                .isTrue();
        clickButton("Next check");
        answer(dueCheck(), false);
        assertThat($(Span.class).withText("2 of " + total + " checks answered").exists())
                .isTrue();
    }

    @Test
    void an_answer_changes_the_outline_in_place_and_a_finished_lesson_rebuilds_it_with_a_link() {
        startCourseAnonymously();
        Lesson lesson = course().lessons().getFirst();
        clickButtonStartingWith("Start the ");
        int total = objectives(lesson);
        LessonOutline before = $(LessonOutline.class).single();

        answer(dueCheck(), true);
        clickButton("Next check");

        // The same outline, with its text brought up to date: the server keeps its nodes instead of new ones per step.
        assertThat($(LessonOutline.class).single()).isSameAs(before);
        assertThat($(Span.class).withText("1 of " + total + " checks answered").exists())
                .isTrue();
        for (int i = 1; i < total; i++) {
            answer(dueCheck(), true);
            clickButton(i == total - 1 ? "See your lesson result" : "Next check");
        }

        assertThat($(LessonOutline.class).single())
                .as("at the lesson result the same lesson is current")
                .isSameAs(before);
        assertThat($(Span.class).withText("100\u00a0% · mastered").exists()).isTrue();

        clickButtonStartingWith("Continue to lesson 2");

        assertThat($(LessonOutline.class).single())
                .as("the finished lesson becomes a link and another lesson is current, so the outline is built anew")
                .isNotSameAs(before);
        assertThat($(com.vaadin.flow.component.html.NativeButton.class)
                        .withText("1. " + lesson.title())
                        .exists())
                .isTrue();
    }

    @Test
    void a_reload_while_feedback_shows_shows_the_same_feedback_again() {
        startCourseAnonymously();
        clickButtonStartingWith("Start the ");
        Check first = dueCheck();
        answer(first, false);

        navigate(CourseView.class, "immunotherapy");

        assertThat($(H3.class).withText("Not quite").exists())
                .as("feedback after the reload")
                .isTrue();
        assertThat(dueCheck()).isEqualTo(first);
        clickButton("Next check");
        Check second = dueCheck();
        assertThat(second).isNotEqualTo(first);

        navigate(CourseView.class, "immunotherapy");

        assertThat(dueCheck())
                .as("once the learner went on, a reload shows the next check")
                .isEqualTo(second);
        assertThat($(H3.class).withText("Not quite").exists()).isFalse();
    }

    @Test
    void a_right_answer_is_confirmed() {
        startCourseAnonymously();
        clickButtonStartingWith("Start the ");

        answer(dueCheck(), true);

        assertThat($(H3.class).withText("Correct").exists()).isTrue();
    }

    @Test
    void a_round_asks_one_check_per_objective_and_a_retry_asks_a_sibling_of_each_missed_one() {
        startCourseAnonymously();
        Lesson lesson = course().lessons().getFirst();
        int total = objectives(lesson);
        clickButtonStartingWith("Start the ");
        List<Check> missed = new ArrayList<>();
        Set<String> objectivesAsked = new HashSet<>();
        for (int i = 0; i < total; i++) {
            Check due = dueCheck();
            objectivesAsked.add(due.objective());
            if (i < 2) {
                missed.add(due);
            }
            answer(due, i >= 2);
            clickButton(i == total - 1 ? "See your lesson result" : "Next check");
        }
        assertThat(objectivesAsked).hasSize(total);

        assertThat($(Paragraph.class)
                        .withTextContaining((total - 2) + " of " + total + " correct")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class).withTextContaining("Not mastered yet").exists())
                .isTrue();

        clickButton("Practise what you missed with 2 other checks");
        assertThat($(H2.class).withText("Retry: check 1 of 2").exists()).isTrue();
        for (int i = 0; i < 2; i++) {
            Check sibling = dueCheck();
            assertThat(sibling.objective()).isEqualTo(missed.get(i).objective());
            assertThat(sibling.id())
                    .as("a retry asks another check of the same objective, not the one whose key was just shown")
                    .isNotEqualTo(missed.get(i).id());
            answer(sibling, true);
            clickButton(i == 1 ? "See your lesson result" : "Next check");
        }

        assertThat($(Paragraph.class)
                        .withTextContaining(total + " of " + total + " correct (100\u00a0%)")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class).withTextContaining("On your first try").exists())
                .isTrue();
        assertThat($(Paragraph.class).withTextContaining("Mastered").exists()).isTrue();

        Lesson second = course().lessons().get(1);
        clickButton("Continue to lesson 2: " + second.title());
        assertThat($(H2.class).withText("Lesson 2: " + second.title()).exists()).isTrue();
        assertThat($(ProgressBar.class).withId("course-progress").single().getValue())
                .isGreaterThan(0.0)
                .isLessThan(1.0);
    }

    @Test
    void coming_back_to_the_course_resumes_at_the_next_unanswered_check() {
        startCourseAnonymously();
        Lesson lesson = course().lessons().getFirst();
        clickButtonStartingWith("Start the ");
        answer(dueCheck(), true);

        navigate(HomeView.class);
        clickButton("Continue course");

        assertThat($(H2.class).withText("Check 2 of " + objectives(lesson)).exists())
                .isTrue();
    }

    @Test
    void finishing_every_lesson_leads_to_the_course_summary() {
        startCourseAnonymously();
        List<Lesson> lessons = course().lessons();
        for (Lesson lesson : lessons) {
            clickButtonStartingWith("Start the ");
            int total = objectives(lesson);
            for (int i = 0; i < total; i++) {
                answer(dueCheck(), !(lesson.number() == 2 && i < 2));
                clickButton(i == total - 1 ? "See your lesson result" : "Next check");
            }
            clickButtonStartingWith(lesson.number() < lessons.size() ? "Continue to lesson" : "See the course summary");
        }

        assertThat($(H2.class).withText("Course summary").exists()).isTrue();
        assertThat($(Paragraph.class)
                        .withText("You mastered 3 of 4 lessons. Retry the checks you missed to master the rest.")
                        .exists())
                .isTrue();
        assertThat($(ProgressBar.class).withId("course-progress").single().getValue())
                .isEqualTo(1.0);

        clickButton("Retry missed checks in lesson 2");
        assertThat($(H2.class).withText("Retry: check 1 of 2").exists()).isTrue();
    }

    @Test
    void an_unknown_course_address_says_so() {
        navigate(HomeView.class);
        clickButton("Continue without a name");

        navigate(CourseView.class, "no-such-course");

        assertThat($(com.vaadin.flow.component.html.H1.class)
                        .withText("Course not found")
                        .exists())
                .isTrue();
    }

    @Test
    void the_learning_only_notice_is_on_every_screen() {
        navigate(HomeView.class);

        assertThat($(Paragraph.class).withTextContaining("For learning only").exists())
                .isTrue();
    }

    private void startCourseAnonymously() {
        navigate(HomeView.class);
        clickButton("Continue without a name");
        clickButton("Start course");
    }

    private Course course() {
        return catalog.find("immunotherapy").orElseThrow();
    }

    private static int objectives(Lesson lesson) {
        return (int) lesson.checks(Level.NURSING).stream()
                .map(Check::objective)
                .distinct()
                .count();
    }

    /** The check on screen, found by its stem as a learner reads it. */
    private Check dueCheck() {
        return course().lessons().stream()
                .flatMap(l -> l.checks().stream())
                .filter(c -> $(RadioButtonGroup.class).withLabel(c.stem()).exists()
                        || $(CheckboxGroup.class).withLabel(c.stem()).exists())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check on screen"));
    }

    private void clickButton(String text) {
        test($(Button.class).withText(text).single()).click();
    }

    private void clickButtonStartingWith(String prefix) {
        test($(Button.class).withCondition(b -> b.getText().startsWith(prefix)).single())
                .click();
    }

    @SuppressWarnings("unchecked")
    private void answer(Check check, boolean correctly) {
        List<String> keys =
                check.options().stream().filter(Option::key).map(Option::text).toList();
        List<String> wrong =
                check.options().stream().filter(o -> !o.key()).map(Option::text).toList();
        if (check.type() == CheckType.MULTIPLE) {
            var group = $(CheckboxGroup.class).withLabel(check.stem()).single();
            test(group).selectItems(correctly ? keys : wrong.subList(0, 1));
        } else {
            var group = $(RadioButtonGroup.class).withLabel(check.stem()).single();
            test(group).selectItem(correctly ? keys.getFirst() : wrong.getFirst());
        }
        clickButton("Check answer");
    }
}
