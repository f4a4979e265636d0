package org.oncolearn.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncolearn.attempt.CourseState;
import org.oncolearn.attempt.Learner;
import org.oncolearn.attempt.LearningService;
import org.oncolearn.attempt.Step;
import org.oncolearn.authoring.CourseEditorView;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.delivery.PageNotFoundView;
import org.oncolearn.draft.DraftService;
import org.oncolearn.draft.EditorService;
import org.oncolearn.export.ExportFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

// A database of its own (the extra property makes a context of its own): the learner counts are exact.
@SpringBootTest(properties = {"oncolearn.data-dir=./target/test-data/${random.uuid}", "dashboard.test=own-database"})
@WithMockUser(username = "dana", roles = "EDUCATOR")
class EducatorDashboardViewTest extends SpringBrowserlessTest {

    private static final String COURSE = "immunotherapy";
    private static final String TITLE = "Immunotherapies and targeted therapies";

    @Autowired
    EditorService editor;

    @Autowired
    DraftService drafts;

    @Autowired
    LearningService learning;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startFromTheBundledCourseAlone() {
        for (String table : List.of(
                "review_answer",
                "review_item",
                "answer",
                "lesson_round",
                "enrolment",
                "learner",
                "draft_course",
                "course_version_file",
                "course_version")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    @Test
    void the_bundled_course_is_one_card_published_from_the_course_files_with_no_learners_yet() {
        navigate(EducatorDashboardView.class);

        assertThat($(H1.class).withText("Educator area").exists()).isTrue();
        assertThat(cards()).hasSize(1);
        Div card = cards().getFirst();
        assertThat(title(card)).isEqualTo(TITLE);
        assertThat(badges(card)).containsExactly("Published from the course files");
        assertThat(figures(card))
                .contains("Learners No learner has started yet.")
                .contains("Last change None in the app: learners get the course files from the quizzes folder.");
        assertThat(versions(card))
                .containsExactly("The course files in the quizzes folder; no version published in the app yet");
    }

    @Test
    void a_draft_of_a_published_course_belongs_to_its_card_with_the_next_version_and_who_saved_it() {
        UUID draft = editor.edit(COURSE, "ana");
        editor.recordReview(draft, Optional.empty(), "ana", LocalDate.now().plusYears(1));
        editor.publish(draft, "ana", Optional.empty());
        // Changed after version 1: a draft of version 2, saved by ben.
        Course published = editor.open(draft).course();
        editor.save(draft, published.withLessons(published.lessons()), "ben");

        navigate(EducatorDashboardView.class);

        assertThat(cards()).hasSize(1);
        Div card = cards().getFirst();
        assertThat(badges(card)).containsExactly("Published version 1", "Draft version 2: ready to publish");
        assertThat(figures(card)).anyMatch(f -> f.startsWith("Last change ") && f.endsWith(", draft saved by ben"));
        assertThat(versions(card)).hasSize(2);
        assertThat(versions(card).getFirst())
                .startsWith("Version 2: draft, saved ")
                .endsWith(" by ben");
        assertThat(versions(card).get(1)).startsWith("Version 1: published ").endsWith(" by ana");
    }

    @Test
    void a_draft_waiting_only_for_its_review_is_in_review_and_drafted_checks_waiting_are_counted() {
        UUID draft = editor.edit(COURSE, "ana");
        navigate(EducatorDashboardView.class);

        assertThat(badges(cards().getFirst()))
                .containsExactly("Published from the course files", "Draft version 1: in review");

        Course course = editor.open(draft).course();
        editor.save(draft, withDraftedCopies(course, 2), "ana");
        reopenDashboard();

        assertThat(badges(cards().getFirst()))
                .containsExactly("Published from the course files", "Draft version 1", "2 drafted checks waiting");
    }

    @Test
    void learners_started_finished_and_reaching_mastery_are_counted_with_their_share() {
        finishCourse(learning.register("Right every time"), true);
        finishCourse(learning.register("Wrong every time"), false);
        startOnly(learning.register(""));

        navigate(EducatorDashboardView.class);

        assertThat(figures(cards().getFirst()))
                .contains("Learners 3 started, 2 finished, 1 reached mastery (33\u00a0%)");
    }

    @Test
    void an_imported_document_is_a_card_of_its_own_until_published_without_results_or_learners() throws Exception {
        UUID id = drafts.create(
                drafts.propose(
                        "leaflet.md",
                        "# A very long course title that keeps going to see that nothing breaks on a phone\n\nText."
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "dana");

        navigate(EducatorDashboardView.class);

        assertThat(cards()).hasSize(2);
        Div card = cards().get(1);
        assertThat(title(card)).startsWith("A very long course title");
        assertThat(badges(card)).first().isEqualTo("Draft version 1");
        assertThat(figures(card)).contains("Learners None yet: learners get the course once a version is published.");
        assertThat($(Anchor.class, card).withText("Results").exists()).isFalse();
        assertThat(versions(card))
                .containsExactly("Version 1: draft, saved " + versionDate(card) + " by dana", "Not published yet");
        test($(Button.class, card).withText("Edit").single()).click();
        assertThat(getCurrentView()).isInstanceOf(CourseEditorView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("educator/drafts/" + id);
    }

    @Test
    void edit_opens_a_copy_of_what_learners_get_and_preview_results_and_every_export_format_are_offered() {
        navigate(EducatorDashboardView.class);
        Div card = cards().getFirst();

        assertThat($(Anchor.class, card).withText("Preview").single().getHref())
                .isEqualTo("educator/preview/" + COURSE);
        Anchor results = $(Anchor.class, card).withText("Results").single();
        assertThat(results.getHref()).isEqualTo("educator/results/" + COURSE);
        assertThat(results.getElement().getAttribute("aria-label")).isEqualTo("Results of " + TITLE);
        Details export = details(card, "Export");
        List<String> formats = $(Anchor.class, export).withClassName("download-link").all().stream()
                .map(Anchor::getText)
                .toList();
        assertThat(formats)
                .containsExactlyElementsOf(
                        ExportFormat.all().stream().map(ExportFormat::label).toList());
        assertThat($(Anchor.class, export).withClassName("download-link").all())
                .allMatch(a -> !a.getHref().isBlank());

        test($(Button.class, card).withText("Edit").single()).click();

        assertThat(getCurrentView()).isInstanceOf(CourseEditorView.class);
        assertThat(drafts.drafts())
                .singleElement()
                .satisfies(d -> assertThat(d.createdBy()).isEqualTo("dana"));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo("educator/drafts/" + drafts.drafts().getFirst().id());
    }

    @Test
    void import_educators_and_password_are_reachable_from_the_dashboard() {
        navigate(EducatorDashboardView.class);

        assertThat($(RouterLink.class).all().stream().map(RouterLink::getText))
                .contains("Import a document", "Educators", "Change your password");
    }

    @Test
    void the_dashboard_speaks_german() {
        finishCourse(learning.register("Ana"), true);
        UI.getCurrent().setLocale(Locale.GERMAN);
        reopenDashboard();

        assertThat($(H1.class).withText("Bereich für Lehrende").exists()).isTrue();
        Div card = cards().getFirst();
        assertThat(badges(card)).containsExactly("Veröffentlicht aus den Kursdateien");
        assertThat(figures(card))
                .contains("Lernende 1 begonnen, 1 abgeschlossen, 1 mit Lernziel erreicht (100\u00a0%)");
        assertThat($(Button.class, card).withText("Bearbeiten").exists()).isTrue();
        assertThat(details(card, "Exportieren").getSummaryText()).isEqualTo("Exportieren");
        assertThat($(RouterLink.class).all().stream().map(RouterLink::getText))
                .contains("Dokument importieren", "Lehrende", "Passwort ändern");
    }

    /** Navigating to the route already shown keeps its view: leave first, so that the dashboard is built anew. */
    private void reopenDashboard() {
        navigate("no-such-page", PageNotFoundView.class);
        navigate(EducatorDashboardView.class);
    }

    /** A card's expandable section, by the text of its summary. */
    private Details details(Div card, String summary) {
        return $(Details.class, card)
                .withCondition(d -> summary.equals(d.getSummaryText()))
                .single();
    }

    private List<Div> cards() {
        return $(Div.class).withClassName("dashboard-card").all();
    }

    private String title(Div card) {
        return $(H3.class, card).single().getText();
    }

    private List<String> badges(Div card) {
        return $(Span.class, card).withClassName("state-badge").all().stream()
                .map(Span::getText)
                .toList();
    }

    /** Each term with its description, as a screen reader reads them. */
    private List<String> figures(Div card) {
        DescriptionList list = $(DescriptionList.class, card).single();
        List<String> terms = $(DescriptionList.Term.class, list).all().stream()
                .map(t -> t.getElement().getTextRecursively())
                .toList();
        List<String> descriptions = $(DescriptionList.Description.class, list).all().stream()
                .map(d -> d.getElement().getTextRecursively())
                .toList();
        return java.util.stream.IntStream.range(0, terms.size())
                .mapToObj(i -> terms.get(i) + " " + descriptions.get(i))
                .toList();
    }

    private List<String> versions(Div card) {
        Details versions = details(card, "Versions");
        return $(ListItem.class, versions).all().stream().map(ListItem::getText).toList();
    }

    /** The date and time as the card wrote it, taken from its "last change" line. */
    private String versionDate(Div card) {
        String last = figures(card).stream()
                .filter(f -> f.startsWith("Last change "))
                .findFirst()
                .orElseThrow();
        return last.substring("Last change ".length(), last.indexOf(", draft saved by"));
    }

    /** The course with copies of lesson 1's first checks, marked as drafted like those import proposes. */
    private static Course withDraftedCopies(Course course, int count) {
        Lesson first = course.lessons().getFirst();
        List<Check> checks = new java.util.ArrayList<>(first.checks());
        for (int i = 0; i < count; i++) {
            checks.add(first.checks().get(i).withId("proposed-" + i).withDrafted(true));
        }
        List<Lesson> lessons = new java.util.ArrayList<>(course.lessons());
        lessons.set(0, first.withChecks(checks));
        return course.withLessons(lessons);
    }

    /** Opens lesson 1's checks and answers none. */
    private void startOnly(Learner learner) {
        Step.Reading reading =
                (Step.Reading) learning.state(learner.id(), COURSE).step();
        learning.startChecks(learner.id(), COURSE, reading.lesson().id());
    }

    /** Goes through every lesson, answering every check right or every check wrong, to the course summary. */
    private void finishCourse(Learner learner, boolean right) {
        CourseState state = learning.state(learner.id(), COURSE);
        for (int steps = 0; steps < 1_000; steps++) {
            switch (state.step()) {
                case Step.Reading reading ->
                    state = learning.startChecks(
                            learner.id(), COURSE, reading.lesson().id());
                case Step.Answering due -> {
                    Set<String> chosen = right
                            ? due.check().keyIds()
                            : Set.of(due.check().options().stream()
                                    .filter(o -> !o.key())
                                    .findFirst()
                                    .orElseThrow()
                                    .id());
                    learning.answer(learner.id(), COURSE, due.check().id(), chosen);
                    state = learning.state(learner.id(), COURSE);
                }
                case Step.LessonFinished finished ->
                    state = learning.continueAfter(
                            learner.id(), COURSE, finished.lesson().id());
                case Step.CourseFinished done -> {
                    return;
                }
            }
        }
        throw new AssertionError("The course did not finish");
    }
}
