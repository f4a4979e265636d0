package org.oncolearn.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oncolearn.attempt.LearnerId;
import org.oncolearn.attempt.LearningService;
import org.oncolearn.attempt.Step;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.contentimport.internal.FolderCourseCatalog;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.CourseCatalog;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Option;
import org.oncolearn.export.Cmi5Format;
import org.oncolearn.export.ExportedFile;
import org.oncolearn.export.QuestionBankFormat;
import org.oncolearn.export.ScormStandard;
import org.oncolearn.lint.LintRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class EditorServiceTest {

    private static final Path CONTENT =
            Path.of("target", "test-content", UUID.randomUUID().toString());

    @Autowired
    EditorService editor;

    @Autowired
    DraftService drafts;

    @Autowired
    LearningService learning;

    @Autowired
    CourseCatalog catalog;

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) throws IOException {
        Path course = Files.createDirectories(CONTENT.resolve("immunotherapy"));
        try (Stream<Path> files = Files.list(Path.of("quizzes", "immunotherapy"))) {
            for (Path file : files.toList()) {
                Files.copy(file, course.resolve(file.getFileName()));
            }
        }
        Files.copy(Path.of("quizzes", "drug-lexicon.yaml"), CONTENT.resolve("drug-lexicon.yaml"));
        registry.add("oncolearn.content.dir", CONTENT::toString);
    }

    @Test
    void an_imported_document_opens_with_its_problems_next_to_the_fields_and_its_fact_check_flags() throws Exception {
        Path seed = Path.of("..", "shared", "seed", "000_3c21eb6106e5c222.txt");
        Path file = Files.exists(seed) ? seed : Path.of("/work/shared/seed/000_3c21eb6106e5c222.txt");
        UUID id = drafts.create(drafts.propose("seed.txt", Files.readAllBytes(file)), "ana");

        EditorState state = editor.open(id);

        assertThat(state.course().lessons()).hasSize(4);
        assertThat(state.flags()).hasSize(2);
        assertThat(state.problemsAt(EditorState.lessonField(0, "summary"))).isNotEmpty();
        assertThat(state.problemsAt(EditorState.courseField("summary"))).isNotEmpty();
        assertThat(state.canPublish()).isFalse();
    }

    @Test
    void publishing_is_refused_until_everything_is_reviewed_then_versions_are_kept_and_compared() {
        UUID id = editor.edit("immunotherapy", "ana");
        assertThat(editor.open(id).publishBlockers()).anyMatch(b -> b.english().contains("not reviewed"));
        assertThatThrownBy(() -> editor.publish(id, "ana", Optional.empty()))
                .isInstanceOf(PublishBlockedException.class)
                .hasMessageContaining("77 lessons or checks not reviewed");

        EditorState reviewed =
                editor.recordReview(id, Optional.empty(), "ana", LocalDate.now().plusYears(1));
        assertThat(reviewed.findings()).noneMatch(f -> f.rule() == LintRule.NOT_REVIEWED);
        VersionInfo first = editor.publish(id, "ana", Optional.empty());

        Course changed =
                changeFirstStem(reviewed.course(), "A tumour cell loses MHC class I. What follows for CD8 T cells?");
        editor.save(id, changed, "ben");
        VersionInfo second = editor.publish(id, "ben", Optional.empty());

        assertThat(second.version()).isEqualTo(first.version() + 1);
        List<Change> changes = editor.changes("immunotherapy", first.version(), second.version());
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.what().english()).isEqualTo("stem");
            // The version list says where and what in the educator's language; the course's own text stays as written.
            assertThat(change.where().in(java.util.Locale.GERMAN)).matches("Lektion 1 „.+“, Frage [a-z0-9-]+");
            assertThat(change.what().in(java.util.Locale.GERMAN)).isEqualTo("Fragetext");
            assertThat(change.after().english()).startsWith("A tumour cell loses MHC class I");
        });
        assertThat(editor.exportVersion("immunotherapy", first.version(), ScormStandard.SCORM2004)
                        .size())
                .isPositive();
        assertThat(editor.exportVersion("immunotherapy", first.version(), QuestionBankFormat.GIFT)
                        .fileName())
                .isEqualTo("immunotherapy-v" + first.version() + ".gift.txt");
        assertThat(editor.exportVersion("immunotherapy", second.version(), QuestionBankFormat.MOODLE_XML)
                        .fileName())
                .isEqualTo("immunotherapy-v" + second.version() + "-moodle.xml");
        ExportedFile cmi5 = editor.exportVersion("immunotherapy", second.version(), Cmi5Format.CMI5);
        assertThat(cmi5.fileName()).isEqualTo("immunotherapy-v" + second.version() + "-cmi5.zip");
        assertThat(cmi5.size()).isPositive();
    }

    @Test
    void a_call_now_sign_with_softer_timing_in_a_patient_answer_is_an_error_in_the_editor_and_blocks_publishing() {
        UUID id = editor.edit("immunotherapy", "ana");
        EditorState reviewed =
                editor.recordReview(id, Optional.empty(), "ana", LocalDate.now().plusYears(1));
        Course course = reviewed.course();
        Lesson lesson = course.lesson("what-are-immunotherapies").orElseThrow();
        Check pb1 = course.check("pb1").orElseThrow();
        List<Option> options = pb1.options().stream()
                .map(o -> o.key()
                        ? new Option(
                                o.id(), "Tell the nurse about the diarrhoea at your next visit.", true, o.rationale())
                        : o)
                .toList();
        Check changed = new Check(
                pb1.id(),
                pb1.level(),
                pb1.type(),
                pb1.objective(),
                pb1.stem(),
                options,
                pb1.sources(),
                pb1.ask(),
                pb1.review());
        Lesson edited = lesson.withChecks(lesson.checks().stream()
                .map(c -> c.id().equals("pb1") ? changed : c)
                .toList());
        editor.save(
                id,
                course.withLessons(course.lessons().stream()
                        .map(l -> l.id().equals(lesson.id()) ? edited : l)
                        .toList()),
                "ana");

        EditorState state = editor.open(id);

        assertThat(state.findings())
                .filteredOn(f -> f.rule() == LintRule.URGENCY_TIMING)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.checkId()).contains("pb1");
                    assertThat(f.detail()).contains("\"diarrhoea\"", "\"at your next visit\"");
                });
        assertThat(state.publishBlockers()).anyMatch(b -> b.english().contains("item-writing error"));
        assertThatThrownBy(() -> editor.publish(id, "ana", Optional.empty()))
                .isInstanceOf(PublishBlockedException.class);
        // The course's draft copy is shared by the tests of this class: put the reviewed text back.
        editor.save(id, course, "ana");
        assertThat(editor.open(id).findings()).noneMatch(f -> f.rule() == LintRule.URGENCY_TIMING);
    }

    @Test
    void a_learner_keeps_the_version_they_started_when_a_new_one_is_published() {
        UUID id = editor.edit("immunotherapy", "ana");
        EditorState reviewed =
                editor.recordReview(id, Optional.empty(), "ana", LocalDate.now().plusYears(1));
        editor.publish(id, "ana", Optional.empty());
        LearnerId learner = learning.register("Lee").id();
        String firstLesson = reviewed.course().lessons().getFirst().id();
        learning.startChecks(learner, "immunotherapy", firstLesson);
        String stemSeen = ((Step.Answering)
                        learning.state(learner, "immunotherapy").step())
                .check()
                .stem();

        editor.save(
                id,
                changeFirstStem(reviewed.course(), "Changed after the learner started: which cell reads MHC I?"),
                "ana");
        editor.publish(id, "ana", Optional.empty());

        Step.Answering step =
                (Step.Answering) learning.state(learner, "immunotherapy").step();
        assertThat(step.check().stem()).isEqualTo(stemSeen);
        assertThat(firstStem(learning.state(learner, "immunotherapy").course()))
                .doesNotStartWith("Changed after the learner started");
        LearnerId newcomer = learning.register("New").id();
        learning.startChecks(newcomer, "immunotherapy", firstLesson);
        assertThat(firstStem(learning.state(newcomer, "immunotherapy").course()))
                .startsWith("Changed after the learner started");
    }

    private static String firstStem(org.oncolearn.course.Course course) {
        return course.lessons().getFirst().checks().getFirst().stem();
    }

    @Test
    void saving_into_the_content_folder_gives_files_that_load_as_the_same_course() {
        UUID id = editor.edit("immunotherapy", "ana");
        EditorState reviewed =
                editor.recordReview(id, Optional.empty(), "cy", LocalDate.now().plusMonths(6));

        Path folder = editor.saveToContentFolder(id);

        assertThat(CourseLoader.load(folder)).isEqualTo(reviewed.course());
    }

    @Test
    void saving_an_unreviewed_draft_into_the_folder_changes_nothing_learners_get_not_even_after_a_restart() {
        String wrong = "Cisplatin is an immunotherapy that releases the brakes on T cells.";
        UUID id = editor.edit("immunotherapy", "ana");
        Course course = editor.open(id).course();
        Lesson first = course.lessons().getFirst();
        List<Lesson> lessons = new ArrayList<>(course.lessons());
        lessons.set(
                0,
                new Lesson(
                        first.id(),
                        first.number(),
                        first.title(),
                        first.summary(),
                        new org.oncolearn.course.LessonText(
                                wrong + "\n\n" + first.text().markdown(), ""),
                        first.objectives(),
                        first.sources(),
                        first.checks(),
                        first.review()));
        EditorState state = editor.save(id, course.withLessons(lessons), "ana");
        assertThat(state.flags()).anyMatch(flag -> flag.describe().toLowerCase().contains("cisplatin"));

        Path saved;
        try {
            saved = editor.saveToContentFolder(id);
        } finally {
            // The draft copy is shared with the other tests of this class.
            editor.save(id, course, "ana");
        }

        assertThat(CourseLoader.load(saved).lessons().getFirst().text().markdown())
                .contains(wrong);
        assertThat(lessonOne(catalog.find("immunotherapy").orElseThrow())).doesNotContain("Cisplatin is an");
        LearnerId learner = learning.register("After the save").id();
        assertThat(lessonOne(learning.state(learner, "immunotherapy").course())).doesNotContain("Cisplatin is an");
        // What a restart would serve: the content folder read afresh.
        assertThat(new FolderCourseCatalog(CONTENT).courses())
                .singleElement()
                .satisfies(c -> assertThat(lessonOne(c)).doesNotContain("Cisplatin is an"));
    }

    private static String lessonOne(Course course) {
        return course.lessons().getFirst().text().markdown();
    }

    @Test
    void a_review_date_in_the_past_or_too_far_ahead_is_refused() {
        UUID id = editor.edit("immunotherapy", "ana");

        assertThatThrownBy(() -> editor.recordReview(
                        id, Optional.empty(), "ana", LocalDate.now().minusDays(1)))
                .hasMessageContaining("Review-by date");
        assertThatThrownBy(() -> editor.recordReview(
                        id, Optional.empty(), "ana", LocalDate.now().plusYears(3)))
                .hasMessageContaining("Review-by date");
    }

    private static Course changeFirstStem(Course course, String stem) {
        Lesson lesson = course.lessons().getFirst();
        List<Check> checks = new ArrayList<>(lesson.checks());
        Check c = checks.getFirst();
        checks.set(
                0,
                new Check(
                        c.id(),
                        c.level(),
                        c.type(),
                        c.objective(),
                        stem,
                        c.options(),
                        c.sources(),
                        c.ask(),
                        c.review()));
        List<Lesson> lessons = new ArrayList<>(course.lessons());
        lessons.set(0, lesson.withChecks(checks));
        return course.withLessons(lessons);
    }
}
