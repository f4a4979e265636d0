package org.oncolearn.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oncolearn.contentimport.ContentProblem;
import org.oncolearn.contentimport.CourseWriter;
import org.oncolearn.contentimport.WarningSignsFile;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.course.Review;
import org.oncolearn.course.Source;
import org.oncolearn.draft.EditorState;
import org.oncolearn.export.CourseExporter;
import org.oncolearn.export.ExportFormat;
import org.oncolearn.lint.Finding;
import org.oncolearn.lint.Lint;
import org.oncolearn.lint.LintRule;
import org.oncolearn.ui.Translations;

/** Lint findings and loader problems as educators read them, in English and German, each placed at its field. */
class EducatorSentencesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Source SOURCE = new Source("nci", "NCI", URI.create("https://www.cancer.gov/"));
    private static final Optional<Review> REVIEWED = Optional.of(new Review("R. Viewer", TODAY.plusYears(1)));
    private static final Optional<Review> LAPSED = Optional.of(new Review("R. Viewer", TODAY.minusDays(3)));
    private static final Translations TRANSLATIONS = new Translations();

    private static EditorWords in(Locale locale) {
        return (key, params) -> TRANSLATIONS.getTranslation(key, locale, params);
    }

    @Test
    void every_lint_rule_gives_a_sentence_that_names_lesson_check_and_field_in_words_in_english_and_german() {
        Course course = courseBreakingEveryRule();
        List<Finding> findings = Lint.of(course, TODAY, WarningSignsFile.forContent(Path.of("quizzes")));
        assertThat(findings.stream().map(Finding::rule).collect(Collectors.toSet()))
                .as("the course below breaks every rule")
                .isEqualTo(EnumSet.allOf(LintRule.class));

        for (Locale locale : List.of(Translations.ENGLISH, Translations.GERMAN)) {
            String lesson = locale == Translations.GERMAN ? "Lektion 2" : "Lesson 2";
            String check = locale == Translations.GERMAN ? "Frage " : "check ";
            for (Finding finding : findings) {
                FieldLink link = Sentences.finding(course, finding, in(locale));
                String text = link.text();
                assertThat(text)
                        .as("%s in %s", finding.describe(), locale)
                        .startsWith(lesson)
                        .doesNotContain("!editor", "{", "}", "[", finding.rule().code(), ".yaml", "#", "options.");
                assertThat(link.sentence()).as(finding.describe()).hasSizeGreaterThan(30);
                finding.checkId().ifPresent(id -> assertThat(link.place()).contains(check + id));
                assertThat(link.lessonIndex()).isEqualTo(1);
                assertThat(link.guideline()).contains(finding.rule().guideline());
            }
        }
    }

    @Test
    void every_editor_text_has_a_german_text() throws Exception {
        java.util.Properties english = new java.util.Properties();
        java.util.Properties german = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/i18n/editor.properties");
                var de = getClass().getResourceAsStream("/i18n/editor_de.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            german.load(new java.io.InputStreamReader(de, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(german.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (LintRule rule : LintRule.values()) {
            assertThat(english).containsKey("editor.lint." + rule.code());
        }
    }

    @Test
    void a_findings_place_names_the_field_and_its_link_leads_to_that_field() {
        Course course = courseBreakingEveryRule();
        Finding rationale = Lint.of(course, TODAY, WarningSignsFile.forContent(Path.of("quizzes"))).stream()
                .filter(f -> f.rule() == LintRule.MISSING_RATIONALE)
                .findFirst()
                .orElseThrow();

        FieldLink english = Sentences.finding(course, rationale, in(Translations.ENGLISH));
        FieldLink german = Sentences.finding(course, rationale, in(Translations.GERMAN));

        assertThat(english.text())
                .isEqualTo("Lesson 2, check b1, rationale for option B: option B has no rationale — explain why it is"
                        + " right or wrong, so the feedback teaches.");
        assertThat(german.text())
                .isEqualTo("Lektion 2, Frage b1, Begründung zu Antwort B: Antwort B hat keine Begründung – erklären"
                        + " Sie, warum sie richtig oder falsch ist, damit die Rückmeldung etwas lehrt.");
        assertThat(english.fieldKey()).isEqualTo(EditorState.lessonField(1, "checks.0.options.1.rationale"));
        assertThat(english.blocking()).isTrue();
    }

    @Test
    void the_fields_a_link_focuses_are_the_field_itself_the_first_inside_it_or_the_nearest_around_it() {
        Fields fields = new Fields(in(Translations.ENGLISH));
        var stem = new com.vaadin.flow.component.textfield.TextArea("Stem");
        var optionA = new com.vaadin.flow.component.textfield.TextField("Option A");
        var optionB = new com.vaadin.flow.component.textfield.TextField("Option B");
        var heading = new com.vaadin.flow.component.html.H3("Check 1: b1");
        fields.register(EditorState.lessonField(1, "checks.0.stem"), stem);
        fields.register(EditorState.lessonField(1, "checks.0.options.0.text"), optionA);
        fields.register(EditorState.lessonField(1, "checks.0.options.1.text"), optionB);
        fields.target(EditorState.lessonField(1, "checks.0"), heading);

        assertThat(fields.find(EditorState.lessonField(1, "checks.0.stem"))).containsSame(stem);
        assertThat(fields.find(EditorState.lessonField(1, "checks.0.options"))).containsSame(optionA);
        assertThat(fields.find(EditorState.lessonField(1, "checks.0.options.1")))
                .containsSame(optionB);
        assertThat(fields.find(EditorState.lessonField(1, "checks.0.shuffle"))).containsSame(heading);
        assertThat(fields.find(EditorState.lessonField(3, "checks.0.stem"))).isEmpty();
    }

    @Test
    void the_loaders_problems_become_sentences_at_their_fields_and_keep_file_and_line_for_the_command_line() {
        Lesson lesson = courseBreakingEveryRule().lessons().get(1);
        Check twoKeys = lesson.checks().getFirst();
        List<Option> options = new ArrayList<>(twoKeys.options());
        options.set(1, new Option("b", options.get(1).text(), true, "Also right."));
        Lesson broken = new Lesson(
                lesson.id(),
                2,
                lesson.title(),
                "",
                lesson.text(),
                lesson.objectives(),
                lesson.sources(),
                List.of(Edits.options(twoKeys, options)),
                lesson.review());
        Course course = courseBreakingEveryRule().withLessons(List.of(firstLesson(), broken));
        var files = CourseWriter.write(course);
        List<ContentProblem> problems = files.problems();
        Map<ContentProblem, String> fields = files.fieldsOf(problems);

        List<String> english = problems.stream()
                .map(p -> Sentences.problem(course, p, Optional.ofNullable(fields.get(p)), in(Translations.ENGLISH))
                        .text())
                .toList();
        List<String> german = problems.stream()
                .map(p -> Sentences.problem(course, p, Optional.ofNullable(fields.get(p)), in(Translations.GERMAN))
                        .text())
                .toList();

        assertThat(problems).anyMatch(p -> p.toString().matches(".*lesson-2\\.yaml:\\d+: .*summary.*empty.*"));
        assertThat(english)
                .contains("Lesson 2, summary for patients: this field is empty — fill it in.")
                .anyMatch(s -> s.startsWith("Lesson 2, check b1")
                        && s.endsWith("a single-answer check has 2 correct options — mark one, or make it “Select all"
                                + " that apply”."));
        assertThat(german)
                .contains("Lektion 2, Zusammenfassung für Patientinnen und Patienten: Dieses Feld ist leer – bitte"
                        + " ausfüllen.")
                .anyMatch(s -> s.startsWith("Lektion 2, Frage b1")
                        && s.contains("hat 2 richtige Antworten – markieren Sie eine"));
        assertThat(english).noneMatch(s -> s.contains(".yaml") || s.contains("field \""));
    }

    @Test
    void export_file_names_carry_the_version_and_a_draft_names_the_version_it_would_become() {
        Course published = courseBreakingEveryRule().withId("immunotherapy").withVersion(3);
        Map<String, String> names = new LinkedHashMap<>();
        for (ExportFormat format : ExportFormat.all()) {
            names.put(format.key(), CourseExporter.fileName(published, format));
        }
        assertThat(names)
                .containsEntry("scorm12", "immunotherapy-v3-scorm12.zip")
                .containsEntry("scorm2004", "immunotherapy-v3-scorm2004.zip")
                .containsEntry("cmi5", "immunotherapy-v3-cmi5.zip")
                .containsEntry("moodle-xml", "immunotherapy-v3-moodle.xml")
                .containsEntry("gift", "immunotherapy-v3.gift.txt")
                .containsEntry("qti3", "immunotherapy-v3-qti3.zip");
        assertThat(org.oncolearn.export.SelfCheckExporter.fileName(published))
                .isEqualTo("immunotherapy-v3-self-check.html");

        Course draft = published.withVersion(Course.FILE_VERSION);
        assertThat(ExportFormat.all().stream()
                        .map(format -> CourseExporter.draftFileName(draft, 4, format))
                        .toList())
                .containsExactly(
                        "immunotherapy-v4-draft-scorm12.zip",
                        "immunotherapy-v4-draft-scorm2004.zip",
                        "immunotherapy-v4-draft-cmi5.zip",
                        "immunotherapy-v4-draft-moodle.xml",
                        "immunotherapy-v4-draft.gift.txt",
                        "immunotherapy-v4-draft-qti3.zip");
    }

    /** Lesson 1 is clean; lesson 2 breaks every rule at least once. */
    private static Course courseBreakingEveryRule() {
        List<Check> checks = List.of(
                // A blank rationale; options that mirror each other; "never" only in a distractor.
                check(
                        "b1",
                        "B1",
                        "What does nivolumab do to T cells?",
                        option("It releases a brake on T cells", true, "Right: it blocks PD-1."),
                        option("It never touches T cells at all", false, ""),
                        option("It increases the number of red cells", false, "No."),
                        option("It decreases the number of red cells", false, "No.")),
                // "All of the above" and a NOT lead-in.
                check(
                        "b2",
                        "B1",
                        "Which is NOT a sign of colitis?",
                        option("Hair loss", true, "Right."),
                        option("Diarrhoea", false, "No."),
                        option("All of the above", false, "No.")),
                // A key much longer than the distractors, repeating a word of the stem.
                check(
                        "b3",
                        "B2",
                        "Why is monitoring of thyroid function needed?",
                        option(
                                "Because thyroid monitoring finds hormone changes caused by the drug early",
                                true,
                                "Yes."),
                        option("For allergies", false, "No."),
                        option("For tablets", false, "No.")),
                check(
                        "b4",
                        "B2",
                        "When do side effects start?",
                        option("Any time during treatment, or later", true, "Yes."),
                        option("Only on day one", false, "No."),
                        option("In week two", false, "No.")),
                proposal());
        Check patient = new Check(
                "b6",
                Level.PATIENT,
                CheckType.SINGLE,
                "B3",
                "Notwithstanding pharmacological considerations, which characteristically multifactorial"
                        + " immunological complications necessitate immediate professional consultation?",
                lettered(
                        option("Call the 24-hour number now.", true, "Mention trouble breathing at your next visit."),
                        option("Rest at home.", false, "Resting will not help.")),
                List.of(SOURCE),
                Optional.of("Which number do I call?"),
                LAPSED);
        List<Check> all = new ArrayList<>(checks);
        all.add(patient);
        Lesson lesson = new Lesson(
                "l2",
                2,
                "Side effects",
                "Short words.",
                new LessonText("Text", "<p>Text</p>"),
                new LinkedHashMap<>(Map.of("B1", "Mechanism", "B2", "Monitoring", "B3", "Calling")),
                List.of(SOURCE),
                all,
                Optional.empty());
        return new Course(
                "immunotherapy",
                "Immunotherapy",
                "en",
                80,
                "Summary",
                Optional.empty(),
                List.of(firstLesson(), lesson),
                0);
    }

    private static Lesson firstLesson() {
        return new Lesson(
                "l1",
                1,
                "Basics",
                "Short words.",
                new LessonText("Text", "<p>Text</p>"),
                new LinkedHashMap<>(Map.of("A1", "Goal")),
                List.of(SOURCE),
                List.of(),
                REVIEWED);
    }

    private static Check proposal() {
        return check(
                        "b5",
                        "B1",
                        "What is pembrolizumab?",
                        option("A checkpoint inhibitor", true, "Yes."),
                        option("A platinum drug", false, "No."))
                .withDrafted(true);
    }

    private static Check check(String id, String objective, String stem, Option... options) {
        return new Check(
                id,
                Level.NURSING,
                CheckType.SINGLE,
                objective,
                stem,
                lettered(options),
                List.of(SOURCE),
                Optional.empty(),
                id.equals("b4") ? Optional.empty() : REVIEWED);
    }

    private static Option option(String text, boolean key, String rationale) {
        return new Option("x", text, key, rationale);
    }

    private static List<Option> lettered(Option... options) {
        List<Option> list = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            Option o = options[i];
            list.add(new Option(String.valueOf((char) ('a' + i)), o.text(), o.key(), o.rationale()));
        }
        return list;
    }
}
