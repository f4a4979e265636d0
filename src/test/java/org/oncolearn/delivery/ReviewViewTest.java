package org.oncolearn.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.CourseCatalog;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.testing.DaysPass;
import org.oncolearn.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Spaced review as a learner meets it: nothing due at first, then due checks on the start page days later. */
@Import(DaysPass.class)
@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class ReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    CourseCatalog catalog;

    @Autowired
    MovableClock clock;

    @Test
    void checks_of_a_finished_lesson_come_back_for_review_days_later_from_the_start_page() {
        navigate(HomeView.class);
        test($(Button.class).withText("Continue without a name").single()).click();
        test($(Button.class).withText("Start course").single()).click();
        test($(Button.class)
                        .withCondition(b -> b.getText().startsWith("Start the "))
                        .single())
                .click();
        int objectives = objectivesOfFirstLesson();
        for (int i = 0; i < objectives; i++) {
            answer(dueCheck(), true);
            test($(Button.class)
                            .withText(i == objectives - 1 ? "See your lesson result" : "Next check")
                            .single())
                    .click();
        }
        navigate(HomeView.class);
        assertThat($(Paragraph.class).withTextContaining("due for review").exists())
                .isFalse();

        clock.advance(Duration.ofDays(3));
        // Days later the learner opens the app again: a new start page.
        navigate(CourseView.class, "immunotherapy");
        navigate(HomeView.class);

        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText).toList())
                .contains(objectives + " checks are due for review.");
        List<Button> actions = $(
                        Button.class, $(Div.class).withClassName("card-actions").single())
                .all();
        assertThat(actions)
                .as("while the course goes on, going on is the main action and the review comes second")
                .extracting(Button::getText)
                .containsExactly("Continue course", "Review now");
        assertThat(actions.getFirst().getThemeNames()).contains("primary");
        assertThat(actions.getLast().getThemeNames()).doesNotContain("primary");
        test($(Button.class).withText("Review now").single()).click();
        assertThat($(H2.class).withText("Review check 1 of " + objectives).exists())
                .isTrue();

        answer(dueCheck(), true);

        assertThat($(Paragraph.class)
                        .withText("This point comes back in 7 days.")
                        .exists())
                .isTrue();
        for (int i = 1; i < objectives; i++) {
            test($(Button.class).withText("Next review check").single()).click();
            answer(dueCheck(), false);
        }
        assertThat($(Paragraph.class)
                        .withText("This point comes back tomorrow.")
                        .exists())
                .isTrue();
        test($(Button.class).withText("Finish the review").single()).click();
        assertThat($(H2.class).withText("Review done").exists()).isTrue();
        assertThat($(Paragraph.class)
                        .withText("The next check is due tomorrow.")
                        .exists())
                .isTrue();
    }

    private int objectivesOfFirstLesson() {
        return (int) course().lessons().getFirst().checks(Level.NURSING).stream()
                .map(Check::objective)
                .distinct()
                .count();
    }

    private Course course() {
        return catalog.find("immunotherapy").orElseThrow();
    }

    private Check dueCheck() {
        return course().lessons().stream()
                .flatMap(l -> l.checks().stream())
                .filter(c -> $(RadioButtonGroup.class).withLabel(c.stem()).exists()
                        || $(CheckboxGroup.class).withLabel(c.stem()).exists())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check on screen"));
    }

    @SuppressWarnings("unchecked")
    private void answer(Check check, boolean correctly) {
        List<String> keys =
                check.options().stream().filter(Option::key).map(Option::text).toList();
        List<String> wrong =
                check.options().stream().filter(o -> !o.key()).map(Option::text).toList();
        if (check.type() == CheckType.MULTIPLE) {
            test($(CheckboxGroup.class).withLabel(check.stem()).single())
                    .selectItems(correctly ? keys : wrong.subList(0, 1));
        } else {
            test($(RadioButtonGroup.class).withLabel(check.stem()).single())
                    .selectItem(correctly ? keys.getFirst() : wrong.getFirst());
        }
        test($(Button.class).withText("Check answer").single()).click();
    }
}
