package org.oncolearn.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.select.Select;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oncolearn.attempt.CourseState;
import org.oncolearn.attempt.Learner;
import org.oncolearn.attempt.LearningService;
import org.oncolearn.attempt.Step;
import org.oncolearn.draft.EditorService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Results per course version: learners who started before and after a publication are told apart. */
@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
@WithMockUser(username = "results.educator", roles = "EDUCATOR")
class ResultsByVersionViewTest extends SpringBrowserlessTest {

    private static final String COURSE = "immunotherapy";
    private static final Path CONTENT =
            Path.of("target", "test-content", UUID.randomUUID().toString());

    @Autowired
    LearningService learning;

    @Autowired
    EditorService editor;

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) throws IOException {
        Path course = Files.createDirectories(CONTENT.resolve(COURSE));
        try (Stream<Path> files = Files.list(Path.of("quizzes", COURSE))) {
            for (Path file : files.toList()) {
                Files.copy(file, course.resolve(file.getFileName()));
            }
        }
        Files.copy(Path.of("quizzes", "drug-lexicon.yaml"), CONTENT.resolve("drug-lexicon.yaml"));
        registry.add("oncolearn.content.dir", CONTENT::toString);
    }

    @Test
    void choosing_a_version_shows_only_the_learners_who_started_it() {
        Learner before = learning.register("Before");
        lessonOne(before);
        UUID draft = editor.edit(COURSE, "ana");
        editor.recordReview(draft, Optional.empty(), "ana", LocalDate.now().plusYears(1));
        int published = editor.publish(draft, "ana", Optional.empty()).version();
        Learner after = learning.register("After");
        lessonOne(after);

        navigate(ResultsView.class, COURSE);
        @SuppressWarnings("unchecked")
        Select<Integer> version = $(Select.class).withLabel("Course version").single();
        assertThat(learnerNames()).contains(name(before), name(after));

        test(version).selectItem("Version " + published);

        assertThat(learnerNames()).containsExactly(name(after));
        assertThat($(Anchor.class)
                        .withText("Download the results as CSV (immunotherapy-v" + published + "-results.csv)")
                        .exists())
                .isTrue();

        // Version 0 is the course from its files, named as the dashboard names it.
        test(version).selectItem("Course files");

        assertThat(learnerNames()).contains(name(before)).doesNotContain(name(after));
    }

    private List<String> learnerNames() {
        NativeTable table =
                $(NativeTable.class).withClassName("results-table").all().getFirst();
        return table.getBody().getRows().stream()
                .map(NativeTableRow::getHeaderCells)
                .map(cells -> cells.getFirst().getElement().getTextRecursively())
                .toList();
    }

    private static String name(Learner learner) {
        return learner.displayName().orElseThrow() + " (" + learner.id().pseudonym() + ")";
    }

    private void lessonOne(Learner learner) {
        CourseState state = learning.state(learner.id(), COURSE);
        state = learning.startChecks(
                learner.id(), COURSE, ((Step.Reading) state.step()).lesson().id());
        while (state.step() instanceof Step.Answering due) {
            learning.answer(
                    learner.id(),
                    COURSE,
                    due.check().id(),
                    Set.copyOf(due.check().keyIds()));
            state = learning.state(learner.id(), COURSE);
        }
    }
}
