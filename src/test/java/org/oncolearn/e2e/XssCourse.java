package org.oncolearn.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.stream.Collectors;
import org.oncolearn.contentimport.CourseWriter;
import org.oncolearn.contentimport.LessonHtml;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.course.Source;
import org.oncolearn.e2e.XssVectors.Vector;

/**
 * A valid course in which every authored field carries XSS vectors. Each kind of field (course title, lesson
 * summaries, option texts, ...) has a number of slots across the course; the vectors are dealt round those slots, so
 * that every kind of field carries every vector once. Ids, levels, keys and source addresses stay valid, because the
 * loader checks them: a source address is an https address with the vectors percent-encoded in its query.
 */
final class XssCourse {

    static final String ID = "xss-vectors";
    static final int LESSONS = 3;
    static final int OBJECTIVES_PER_LESSON = 2;
    static final int NURSING_CHECKS_PER_LESSON = 3;
    static final int PATIENT_CHECKS_PER_LESSON = 2;
    static final int OPTIONS = 6;
    static final int SOURCES = 2 * LESSONS;

    /** The kinds of authored field, with how many of each the course has. */
    enum Field {
        COURSE_TITLE(1, true, true),
        COURSE_SUMMARY(1, true, false),
        LESSON_TITLE(LESSONS, true, true),
        LESSON_SUMMARY(LESSONS, true, true),
        LESSON_BODY(LESSONS, true, true),
        OBJECTIVE(LESSONS * OBJECTIVES_PER_LESSON, true, true),
        STEM(LESSONS * NURSING_CHECKS_PER_LESSON, true, true),
        OPTION(LESSONS * NURSING_CHECKS_PER_LESSON * OPTIONS, true, true),
        RATIONALE(LESSONS * NURSING_CHECKS_PER_LESSON * OPTIONS, true, true),
        PATIENT_STEM(LESSONS * PATIENT_CHECKS_PER_LESSON, true, false),
        PATIENT_OPTION(LESSONS * PATIENT_CHECKS_PER_LESSON * OPTIONS, true, false),
        PATIENT_RATIONALE(LESSONS * PATIENT_CHECKS_PER_LESSON * OPTIONS, true, false),
        ASK(LESSONS * PATIENT_CHECKS_PER_LESSON, true, false),
        SOURCE_TITLE(SOURCES, true, true),
        SOURCE_URL(SOURCES, true, true);

        final int slots;
        /** Whether the app shows this field to learners or patients. */
        final boolean inApp;
        /** Whether an exported package holds this field: it has no course summary and only the nursing checks. */
        final boolean inPackage;

        Field(int slots, boolean inApp, boolean inPackage) {
            this.slots = slots;
            this.inApp = inApp;
            this.inPackage = inPackage;
        }
    }

    private final List<Vector> vectors;

    private XssCourse(List<Vector> vectors) {
        this.vectors = vectors;
    }

    /** Writes the course as quizzes/ files into {@code contentRoot/xss-vectors/} and returns that folder. */
    static Path writeInto(Path contentRoot) throws IOException {
        return CourseWriter.write(build()).writeInto(contentRoot);
    }

    static Course build() {
        return new XssCourse(XssVectors.ALL).course();
    }

    /** The vectors of one slot of a kind of field: one or more, so that the slots of a kind hold them all. */
    List<Vector> slot(Field field, int index) {
        int n = vectors.size();
        if (field.slots >= n) {
            return List.of(vectors.get(index % n));
        }
        List<Vector> dealt = new ArrayList<>();
        for (int i = index; i < n; i += field.slots) {
            dealt.add(vectors.get(i));
        }
        return dealt;
    }

    private String text(Field field, int index) {
        return slot(field, index).stream().map(Vector::text).collect(Collectors.joining(" "));
    }

    private Course course() {
        List<Source> sources = new ArrayList<>();
        for (int s = 0; s < SOURCES; s++) {
            sources.add(new Source("source-" + (s + 1), text(Field.SOURCE_TITLE, s), address(s)));
        }
        List<Lesson> lessons = new ArrayList<>();
        for (int l = 0; l < LESSONS; l++) {
            lessons.add(lesson(l, sources.subList(2 * l, 2 * l + 2)));
        }
        return new Course(
                ID,
                text(Field.COURSE_TITLE, 0),
                "en",
                Course.DEFAULT_MASTERY_PERCENT,
                text(Field.COURSE_SUMMARY, 0),
                Optional.empty(),
                lessons,
                Course.FILE_VERSION);
    }

    private Lesson lesson(int l, List<Source> sources) {
        SequencedMap<String, String> objectives = new LinkedHashMap<>();
        for (int o = 0; o < OBJECTIVES_PER_LESSON; o++) {
            objectives.put("O" + (o + 1), text(Field.OBJECTIVE, l * OBJECTIVES_PER_LESSON + o));
        }
        // Each check tests an objective of its own (see check()), which the lesson must define.
        for (int c = 0; c < NURSING_CHECKS_PER_LESSON; c++) {
            objectives.put("O-l" + (l + 1) + "-n" + (c + 1), "Objective of check " + (c + 1));
        }
        for (int c = 0; c < PATIENT_CHECKS_PER_LESSON; c++) {
            objectives.put("O-l" + (l + 1) + "-p" + (c + 1), "Objective of patient check " + (c + 1));
        }
        String markdown = slot(Field.LESSON_BODY, l).stream()
                .map(Vector::text)
                .collect(Collectors.joining("\n\n", "Lesson text with vectors:\n\n", ""));
        List<Check> checks = new ArrayList<>();
        for (int c = 0; c < NURSING_CHECKS_PER_LESSON; c++) {
            int n = l * NURSING_CHECKS_PER_LESSON + c;
            checks.add(check(
                    "l" + (l + 1) + "-n" + (c + 1),
                    Level.NURSING,
                    c % 2 == 0 ? CheckType.SINGLE : CheckType.MULTIPLE,
                    text(Field.STEM, n),
                    options(Field.OPTION, Field.RATIONALE, n, c % 2 == 0 ? CheckType.SINGLE : CheckType.MULTIPLE),
                    sources.get(c % 2),
                    Optional.empty()));
        }
        // Patient checks are select-all, so that a patient who picks every option sees every rationale.
        for (int c = 0; c < PATIENT_CHECKS_PER_LESSON; c++) {
            int n = l * PATIENT_CHECKS_PER_LESSON + c;
            CheckType type = CheckType.MULTIPLE;
            checks.add(check(
                    "l" + (l + 1) + "-p" + (c + 1),
                    Level.PATIENT,
                    type,
                    text(Field.PATIENT_STEM, n),
                    options(Field.PATIENT_OPTION, Field.PATIENT_RATIONALE, n, type),
                    sources.get(c % 2),
                    Optional.of(text(Field.ASK, n))));
        }
        return new Lesson(
                "lesson-" + (l + 1),
                l + 1,
                text(Field.LESSON_TITLE, l),
                text(Field.LESSON_SUMMARY, l),
                new LessonText(markdown, LessonHtml.render(markdown)),
                objectives,
                sources,
                checks,
                Optional.empty());
    }

    private static Check check(
            String id,
            Level level,
            CheckType type,
            String stem,
            List<Option> options,
            Source source,
            Optional<String> ask) {
        // One objective per check, so every check (and every vector in it) is asked in the first round, and options
        // in file order, so that the tests can pick them by position.
        String objective = "O-" + id;
        return new Check(id, level, type, objective, stem, options, List.of(source), ask, Optional.empty(), false);
    }

    /** A single-answer check has the first option as its key; a select-all check the first and the third. */
    private List<Option> options(Field texts, Field rationales, int check, CheckType type) {
        List<Option> options = new ArrayList<>();
        for (int o = 0; o < OPTIONS; o++) {
            boolean key = o == 0 || (type == CheckType.MULTIPLE && o == 2);
            options.add(new Option(
                    String.valueOf((char) ('a' + o)),
                    text(texts, check * OPTIONS + o),
                    key,
                    text(rationales, check * OPTIONS + o)));
        }
        return options;
    }

    /**
     * An https address, as the loader requires, that still carries the vectors: quote breakouts in the path and
     * fragment, a javascript: address and the percent-encoded vectors in the query.
     */
    private URI address(int index) {
        List<Vector> dealt = slot(Field.SOURCE_URL, index);
        int id = dealt.getFirst().id();
        String encoded = URLEncoder.encode(
                dealt.stream().map(Vector::text).collect(Collectors.joining(" ")), StandardCharsets.UTF_8);
        return URI.create("https://example.org/source-" + (index + 1) + "/'onmouseover='xss(" + id + ")'?q=" + encoded
                + "&next=javascript:xss(" + id + ")#'-alert(" + id + ")-'");
    }

    /** How many (field, vector) pairs the course holds, counting the fields a place shows. */
    static Map<Field, Integer> coverage(boolean inPackage) {
        XssCourse course = new XssCourse(XssVectors.ALL);
        Map<Field, Integer> pairs = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            if (inPackage ? field.inPackage : field.inApp) {
                int count = 0;
                for (int i = 0; i < field.slots; i++) {
                    count += course.slot(field, i).size();
                }
                pairs.put(field, count);
            }
        }
        return pairs;
    }

    /** The vectors of every slot of a kind of field, taken together. */
    static List<Vector> dealtTo(Field field) {
        XssCourse course = new XssCourse(XssVectors.ALL);
        List<Vector> all = new ArrayList<>();
        for (int i = 0; i < field.slots; i++) {
            all.addAll(course.slot(field, i));
        }
        return all;
    }
}
