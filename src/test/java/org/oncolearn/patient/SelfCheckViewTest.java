package org.oncolearn.patient;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oncolearn.course.Check;
import org.oncolearn.course.CourseCatalog;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class SelfCheckViewTest extends SpringBrowserlessTest {

    @Autowired
    CourseCatalog catalog;

    @Test
    void the_start_screen_says_learning_only_and_that_nothing_is_stored() {
        navigate(SelfCheckView.class);

        assertThat($(H1.class)
                        .withText("Check what you know about your treatment")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class)
                        .withTextContaining("It does not replace advice from your doctor or nurse")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class)
                        .withTextContaining("Nothing you enter is saved")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class)
                        .withTextContaining("12 short questions in 4 topics")
                        .exists())
                .isTrue();
        assertThat($(RouterLink.class).withText("When to get help right away").exists())
                .isTrue();
    }

    @Test
    void a_wrong_answer_gets_kind_feedback_that_explains_and_ends_with_what_to_ask() {
        navigate(SelfCheckView.class);
        test($(Button.class).withText("Start").single()).click();
        assertThat($(H2.class).single().getElement().getTextRecursively()).startsWith("Topic 1 of 4: ");
        test($(Button.class).withText("Go to the questions").single()).click();

        Check first = patientChecks().getFirst();
        Option wrong =
                first.options().stream().filter(o -> !o.key()).findFirst().orElseThrow();
        choose(first, wrong);
        test($(Button.class).withText("Check my answer").single()).click();

        assertThat($(Paragraph.class)
                        .withText("Not quite, and that’s OK. Here is how it works.")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class).withText(wrong.rationale()).exists()).isTrue();
        Paragraph ask = $(Paragraph.class).withClassName("ask").single();
        assertThat(ask.getElement().getTextRecursively())
                .isEqualTo("Ask your care team: " + first.ask().orElseThrow());
        assertThat(ask.getElement()
                        .getParent()
                        .getChildren()
                        .reduce((a, b) -> b)
                        .orElseThrow())
                .as("the feedback ends with what to ask")
                .isEqualTo(ask.getElement());
        assertThat($(RouterLink.class).withText("When to get help right away").exists())
                .isTrue();
    }

    @Test
    void the_summary_lists_what_was_right_and_the_questions_to_ask_and_offers_print_and_download() {
        navigate(SelfCheckView.class);
        test($(Button.class).withText("Start").single()).click();
        List<Check> checks = patientChecks();
        for (int i = 0; i < checks.size(); i++) {
            if ($(Button.class).withText("Go to the questions").exists()) {
                test($(Button.class).withText("Go to the questions").single()).click();
            }
            Check check = checks.get(i);
            boolean right = i % 3 != 0;
            choose(
                    check,
                    check.options().stream()
                            .filter(o -> o.key() == right)
                            .findFirst()
                            .orElseThrow());
            test($(Button.class).withText("Check my answer").single()).click();
            String next = i == checks.size() - 1
                    ? "See my summary"
                    : $(Button.class).withText("Next topic").exists() ? "Next topic" : "Next question";
            test($(Button.class).withText(next).single()).click();
        }

        assertThat($(H2.class).withText("Your summary").exists()).isTrue();
        assertThat($(Paragraph.class)
                        .withTextContaining("You got 8 of 12 questions right")
                        .exists())
                .isTrue();
        List<String> items =
                $(ListItem.class).all().stream().map(ListItem::getText).toList();
        assertThat(items)
                .contains(checks.get(0).ask().orElseThrow(), checks.get(3).ask().orElseThrow());
        assertThat(items.indexOf(checks.get(0).ask().orElseThrow()))
                .as("questions about missed answers come first")
                .isLessThan(items.indexOf(checks.get(1).ask().orElseThrow()));
        assertThat($(Button.class).withText("Print").exists()).isTrue();
        assertThat($(Anchor.class).withText("Download as a file").single().getHref())
                .isNotBlank();
    }

    @Test
    void the_urgent_help_page_lists_the_warning_signs() {
        navigate(UrgentHelpView.class);

        assertThat($(H1.class).withText("When to get help right away").exists()).isTrue();
        assertThat($(ListItem.class).all()).hasSizeGreaterThanOrEqualTo(UrgentHelpView.SYMPTOM_GROUPS + 3);
        assertThat($(ListItem.class)
                        .withTextContaining("After CAR-T cell therapy, a fever or confusion is an " + "emergency")
                        .exists())
                .isTrue();
    }

    @Test
    void the_self_check_speaks_german_when_the_browser_does() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(SelfCheckView.class);

        assertThat($(H1.class)
                        .withText("Prüfen Sie, was Sie über Ihre Behandlung wissen")
                        .exists())
                .isTrue();
        assertThat($(RouterLink.class)
                        .withText("Wann Sie sofort Hilfe brauchen")
                        .exists())
                .isTrue();
        assertThat($(Button.class).withText("Los geht’s").exists()).isTrue();
    }

    private List<Check> patientChecks() {
        return catalog.find("immunotherapy").orElseThrow().lessons().stream()
                .flatMap(l -> l.checks(Level.PATIENT).stream())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private void choose(Check check, Option option) {
        if ($(RadioButtonGroup.class).exists()) {
            RadioButtonGroup<Option> group = $(RadioButtonGroup.class).single();
            test(group).selectItem(option.text());
        } else {
            CheckboxGroup<Option> group = $(CheckboxGroup.class).single();
            test(group).selectItem(option.text());
        }
    }
}
