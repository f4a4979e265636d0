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
import java.util.List;
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

        Check first = nursingChecks(lesson).getFirst();
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
        int total = nursingChecks(lesson).size();
        assertThat($(Span.class).withText("0 of " + total + " checks answered").exists())
                .isTrue();

        answer(nursingChecks(lesson).getFirst(), true);

        assertThat($(Span.class).withText("1 of " + total + " checks answered").exists())
                .as("while the feedback is showing")
                .isTrue();
        clickButton("Next check");
        answer(nursingChecks(lesson).get(1), false);
        assertThat($(Span.class).withText("2 of " + total + " checks answered").exists())
                .isTrue();
    }

    @Test
    void a_reload_while_feedback_shows_shows_the_same_feedback_again() {
        startCourseAnonymously();
        Lesson lesson = course().lessons().getFirst();
        clickButtonStartingWith("Start the ");
        Check first = nursingChecks(lesson).getFirst();
        answer(first, false);

        navigate(CourseView.class, "immunotherapy");

        assertThat($(H3.class).withText("Not quite").exists())
                .as("feedback after the reload")
                .isTrue();
        assertThat($(RadioButtonGroup.class).withLabel(first.stem()).exists()).isTrue();
        clickButton("Next check");
        Check second = nursingChecks(lesson).get(1);
        assertThat($(RadioButtonGroup.class).withLabel(second.stem()).exists()).isTrue();

        navigate(CourseView.class, "immunotherapy");

        assertThat($(RadioButtonGroup.class).withLabel(second.stem()).exists())
                .as("once the learner went on, a reload shows the next check")
                .isTrue();
        assertThat($(H3.class).withText("Not quite").exists()).isFalse();
    }

    @Test
    void a_right_answer_is_confirmed() {
        startCourseAnonymously();
        clickButtonStartingWith("Start the ");

        answer(nursingChecks(course().lessons().getFirst()).getFirst(), true);

        assertThat($(H3.class).withText("Correct").exists()).isTrue();
    }

    @Test
    void learner_scores_a_lesson_retries_only_missed_checks_and_moves_on() {
        startCourseAnonymously();
        Lesson lesson = course().lessons().getFirst();
        List<Check> checks = nursingChecks(lesson);
        clickButtonStartingWith("Start the ");
        for (int i = 0; i < checks.size(); i++) {
            answer(checks.get(i), i >= 2);
            clickButton(i == checks.size() - 1 ? "See your lesson result" : "Next check");
        }

        int total = checks.size();
        assertThat($(Paragraph.class)
                        .withTextContaining((total - 2) + " of " + total + " correct")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class).withTextContaining("Not mastered yet").exists())
                .isTrue();

        clickButton("Retry the 2 checks you missed");
        assertThat($(H2.class).withText("Retry: check 1 of 2").exists()).isTrue();
        answer(checks.get(0), true);
        clickButton("Next check");
        answer(checks.get(1), true);
        clickButton("See your lesson result");

        assertThat($(Paragraph.class)
                        .withTextContaining(total + " of " + total + " correct (100 %)")
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
        answer(nursingChecks(lesson).getFirst(), true);

        navigate(HomeView.class);
        clickButton("Continue course");

        int total = nursingChecks(lesson).size();
        assertThat($(H2.class).withText("Check 2 of " + total).exists()).isTrue();
    }

    @Test
    void finishing_every_lesson_leads_to_the_course_summary() {
        startCourseAnonymously();
        List<Lesson> lessons = course().lessons();
        for (Lesson lesson : lessons) {
            clickButtonStartingWith("Start the ");
            List<Check> checks = nursingChecks(lesson);
            for (int i = 0; i < checks.size(); i++) {
                answer(checks.get(i), !(lesson.number() == 2 && i < 2));
                clickButton(i == checks.size() - 1 ? "See your lesson result" : "Next check");
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

    private static List<Check> nursingChecks(Lesson lesson) {
        return lesson.checks(Level.NURSING);
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
