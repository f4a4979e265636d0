package org.oncolearn.draft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.oncolearn.attempt.CoursePreviews;
import org.oncolearn.contentimport.ContentProblem;
import org.oncolearn.contentimport.CourseFileSet;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.contentimport.CourseWriter;
import org.oncolearn.contentimport.InvalidCourseException;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Option;
import org.oncolearn.course.Review;
import org.oncolearn.course.WarningSigns;
import org.oncolearn.draft.internal.DraftJson;
import org.oncolearn.draft.internal.DraftStore;
import org.oncolearn.draft.internal.PublishedCatalog;
import org.oncolearn.draft.internal.VersionStore;
import org.oncolearn.drafting.ImportedCourse;
import org.oncolearn.drafting.KnowledgeLexicon;
import org.oncolearn.export.CourseExporter;
import org.oncolearn.export.ExportFormat;
import org.oncolearn.export.ExportedFile;
import org.oncolearn.factcheck.DrugClassFlag;
import org.oncolearn.factcheck.FactChecker;
import org.oncolearn.lint.Finding;
import org.oncolearn.lint.Lint;
import org.oncolearn.lint.LintRule;
import org.oncolearn.lint.Severity;
import org.oncolearn.message.Message;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the course editor does: open and save a draft (any state is saved, valid or not), record reviews,
 * publish immutable versions, compare them, export them, and save a course back to the {@code quizzes/} folder.
 */
@Service
public class EditorService implements CoursePreviews {

    /** A review is a promise to look again; more than this far ahead is not a credible promise for drug content. */
    static final int MAX_REVIEW_YEARS = 2;

    /**
     * Where the editor saves course files: inside the content folder, so it is under the same version control, but
     * never loaded, because the catalog loads only folders with a {@code course.yaml} directly under the content
     * folder, and a course id cannot contain {@code _}.
     */
    public static final String DRAFTS_FOLDER = "_drafts";

    /** Fact-check results per text; the least recently used are dropped when it is full. */
    private final Map<String, List<DrugClassFlag>> factChecks = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<DrugClassFlag>> eldest) {
            return size() > 4_096;
        }
    };

    private final DraftStore drafts;
    private final VersionStore versions;
    private final PublishedCatalog catalog;
    private final CourseExporter exporter;
    private final FactChecker checker;
    private final Clock clock;
    private final Path contentRoot;
    private final WarningSigns warningSigns;

    public EditorService(
            DraftStore drafts,
            VersionStore versions,
            PublishedCatalog catalog,
            Clock clock,
            @Value("${oncolearn.content.dir:quizzes}") Path contentRoot,
            WarningSigns warningSigns) {
        this.drafts = drafts;
        this.versions = versions;
        this.catalog = catalog;
        this.exporter = new CourseExporter(clock);
        this.checker = new FactChecker(KnowledgeLexicon.forContent(contentRoot));
        this.clock = clock;
        this.contentRoot = contentRoot;
        this.warningSigns = warningSigns;
    }

    @Transactional(readOnly = true)
    public EditorState open(UUID draftId) {
        Instant savedAt = drafts.course(draftId)
                .map(DraftCourse::updatedAt)
                .orElseThrow(() -> new IllegalArgumentException("There is no draft " + draftId + "."));
        return state(draftId, course(draftId), savedAt);
    }

    /** Saves whatever the editor holds and judges it afresh; {@code educator} is recorded as the last to change it. */
    @Transactional
    public EditorState save(UUID draftId, Course course, String educator) {
        Course numbered = renumber(course);
        Instant now = clock.instant();
        drafts.saveCourseJson(draftId, titleOf(numbered), DraftJson.write(numbered), now, educator);
        return state(draftId, numbered, now);
    }

    /** Starts editing a course learners already see; an existing draft of the same course is reopened instead. */
    @Transactional
    public UUID edit(String courseId, String educator) {
        Optional<UUID> existing = drafts.draftCopyOf(courseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Course course = catalog.find(courseId)
                .orElseThrow(() -> new IllegalArgumentException("There is no course \"" + courseId + "\"."));
        if (course.version() == Course.FILE_VERSION) {
            // Learners get the folder's course without its drafted checks; the editor needs them, to accept or reject.
            course = withDraftedChecks(courseId).orElse(course);
        }
        UUID id = UUID.randomUUID();
        drafts.insertCourse(id, course.title(), courseId, DraftStore.COPY_OF_COURSE, educator, clock.instant());
        drafts.saveCourseJson(
                id,
                course.title(),
                DraftJson.write(course.withVersion(Course.FILE_VERSION)),
                clock.instant(),
                educator);
        return id;
    }

    /** Records the signed-in educator as reviewer of one lesson or check ({@code itemId}), or of everything. */
    @Transactional
    public EditorState recordReview(UUID draftId, Optional<String> itemId, String reviewer, LocalDate reviewBy) {
        LocalDate today = LocalDate.now(clock);
        if (reviewer == null || reviewer.isBlank()) {
            throw new EditRefusedException(Message.of("review.noReviewer"));
        }
        if (!reviewBy.isAfter(today) || reviewBy.isAfter(today.plusYears(MAX_REVIEW_YEARS))) {
            throw new EditRefusedException(Message.of("review.date", MAX_REVIEW_YEARS));
        }
        Optional<Review> review = Optional.of(new Review(reviewer.strip(), reviewBy));
        Course course = course(draftId);
        List<Lesson> lessons = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            boolean wholeLesson = itemId.isEmpty() || itemId.get().equals(lesson.id());
            // Reviewing a lesson covers its checks too: the reviewer has read them against the same sources.
            List<Check> checks = lesson.checks().stream()
                    .map(c -> wholeLesson || itemId.get().equals(c.id()) ? c.withReview(review) : c)
                    .toList();
            lessons.add((wholeLesson ? lesson.withReview(review) : lesson).withChecks(checks));
        }
        return save(draftId, course.withLessons(lessons), reviewer.strip());
    }

    /**
     * Publishes the draft as the next immutable version. Refused while the files have problems, lint finds errors,
     * or anything is unreviewed or past its review date; open fact-check flags need a recorded override reason.
     */
    @Transactional
    public VersionInfo publish(UUID draftId, String educator, Optional<String> overrideReason) {
        Course course = course(draftId);
        EditorState state = state(draftId, course, clock.instant());
        if (!state.canPublish()) {
            throw new PublishBlockedException(state.publishBlockers());
        }
        Optional<String> reason = overrideReason.map(String::strip).filter(r -> !r.isEmpty());
        if (!state.flags().isEmpty()
                && reason.map(r -> r.length() < DraftService.MIN_OVERRIDE_REASON)
                        .orElse(true)) {
            throw new UnresolvedFlagsException(state.flags().size());
        }
        CourseFileSet files = CourseWriter.write(course);
        VersionInfo version = new VersionInfo(
                course.id(),
                versions.nextVersion(course.id()),
                course.title(),
                educator,
                clock.instant(),
                String.join(
                        "\n", state.flags().stream().map(PlacedFlag::describe).toList()),
                state.flags().isEmpty() ? Optional.empty() : reason);
        versions.insert(version, draftId, files.files());
        drafts.insertPublication(
                UUID.randomUUID(),
                draftId,
                new DraftCourse.Publication(
                        educator, version.publishedAt(), version.openFlags(), version.overrideReason()));
        catalog.refresh();
        return version;
    }

    @Transactional(readOnly = true)
    public List<VersionInfo> versions(String courseId) {
        return versions.versions(courseId);
    }

    /** What changed from one version to another; version 0 is the course in the {@code quizzes/} folder. */
    @Transactional(readOnly = true)
    public List<Change> changes(String courseId, int from, int to) {
        return CourseDiff.between(version(courseId, from), version(courseId, to));
    }

    /** The draft's files in the {@code quizzes/} format, to download; also when they still have problems. */
    @Transactional(readOnly = true)
    public CourseFileSet files(UUID draftId) {
        return CourseWriter.write(course(draftId));
    }

    /**
     * Writes a valid draft into {@code quizzes/_drafts/<id>/}, for version control. The running catalog never serves
     * that folder, and nothing is reloaded: content reaches learners only by publishing, with its review rules.
     */
    @Transactional(readOnly = true)
    public Path saveToContentFolder(UUID draftId) {
        CourseFileSet files = files(draftId);
        List<ContentProblem> problems = files.problems();
        if (!problems.isEmpty()) {
            throw new EditRefusedException(Message.of("drafts.problems", problems.size()));
        }
        Path drafts = contentRoot.resolve(DRAFTS_FOLDER);
        try {
            return files.writeInto(drafts);
        } catch (IOException e) {
            throw new EditRefusedException(Message.of("drafts.notWritten", drafts, e.getMessage()), e);
        }
    }

    @Transactional(readOnly = true)
    public Optional<ExportedFile> exportDraft(UUID draftId, ExportFormat format) {
        CourseFileSet files = files(draftId);
        if (!files.problems().isEmpty()) {
            return Optional.empty();
        }
        Course course = files.load();
        return Optional.of(exporter.export(course, format)
                .named(CourseExporter.draftFileName(course, nextVersion(course.id()), format)));
    }

    /** The version the draft of a course would be published as. */
    @Transactional(readOnly = true)
    public int nextVersion(String courseId) {
        return courseId.isBlank() ? 1 : versions.nextVersion(courseId);
    }

    /**
     * The version learners get of a course: a published one, or 0 for a course loaded from the {@code quizzes/}
     * folder; empty when learners do not see the course at all.
     */
    @Transactional(readOnly = true)
    public Optional<Integer> liveVersion(String courseId) {
        return courseId.isBlank() ? Optional.empty() : catalog.find(courseId).map(Course::version);
    }

    @Transactional(readOnly = true)
    public ExportedFile exportVersion(String courseId, int version, ExportFormat format) {
        return exporter.export(version(courseId, version), format);
    }

    /** The draft as learners would see it, for "Preview as learner"; empty while it does not load. */
    @Transactional(readOnly = true)
    public Optional<Course> preview(UUID draftId) {
        CourseFileSet files = files(draftId);
        return files.problems().isEmpty() ? Optional.of(files.load()) : Optional.empty();
    }

    /** A draft by its id, or, by a course id, the version learners get now (from the dashboard's preview). */
    @Override
    @Transactional(readOnly = true)
    public Optional<Course> draftForPreview(String draftId) {
        try {
            UUID id = UUID.fromString(draftId);
            return drafts.course(id).isPresent() ? preview(id) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return catalog.find(draftId);
        }
    }

    private Course version(String courseId, int version) {
        return catalog.find(courseId, version)
                .orElseThrow(() ->
                        new IllegalArgumentException("Course \"" + courseId + "\" has no version " + version + "."));
    }

    private Optional<Course> withDraftedChecks(String courseId) {
        try {
            return Optional.of(CourseLoader.load(contentRoot.resolve(courseId)));
        } catch (InvalidCourseException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    Course course(UUID draftId) {
        Optional<String> json = drafts.courseJson(draftId);
        if (json.isPresent()) {
            return DraftJson.read(json.get());
        }
        DraftCourse draft = drafts.course(draftId)
                .orElseThrow(() -> new IllegalArgumentException("There is no draft " + draftId + "."));
        return ImportedCourse.of(
                draft.title(),
                draft.lessons().stream()
                        .map(l -> new ImportedCourse.Section(l.title(), l.body()))
                        .toList());
    }

    private EditorState state(UUID draftId, Course course, Instant savedAt) {
        CourseFileSet files = CourseWriter.write(course);
        List<ContentProblem> problems = files.problems();
        Map<String, List<String>> fieldProblems = new LinkedHashMap<>();
        Map<ContentProblem, String> problemFields = files.fieldsOf(problems);
        problemFields.forEach((problem, field) ->
                fieldProblems.computeIfAbsent(field, k -> new ArrayList<>()).add(problem.message()));
        List<Finding> findings = Lint.of(course, LocalDate.now(clock), warningSigns);
        List<Message> blockers = new ArrayList<>();
        if (!problems.isEmpty()) {
            blockers.add(Message.of("publish.blocker.problems", problems.size()));
        }
        count(findings, f -> f.severity() == Severity.ERROR && f.rule() != LintRule.REVIEW_LAPSED)
                .ifPresent(n -> blockers.add(Message.of("publish.blocker.errors", n)));
        count(findings, f -> f.rule() == LintRule.DRAFTED)
                .ifPresent(n -> blockers.add(Message.of("publish.blocker.drafted", n)));
        count(findings, f -> f.rule() == LintRule.NOT_REVIEWED)
                .ifPresent(n -> blockers.add(Message.of("publish.blocker.unreviewed", n)));
        count(findings, f -> f.rule() == LintRule.REVIEW_LAPSED)
                .ifPresent(n -> blockers.add(Message.of("publish.blocker.lapsed", n)));
        return new EditorState(
                draftId,
                course,
                savedAt,
                problems,
                fieldProblems,
                problemFields,
                findings,
                flags(course),
                blockers,
                course.id().isBlank() ? List.of() : versions.versions(course.id()));
    }

    private static Optional<Long> count(List<Finding> findings, java.util.function.Predicate<Finding> which) {
        long n = findings.stream().filter(which).count();
        return n == 0 ? Optional.empty() : Optional.of(n);
    }

    private List<PlacedFlag> flags(Course course) {
        List<PlacedFlag> flags = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            for (String text :
                    List.of(lesson.title(), lesson.summary(), lesson.text().markdown())) {
                checked(text).forEach(flag -> flags.add(new PlacedFlag(lesson.number(), Optional.empty(), flag)));
            }
            for (Check check : lesson.checks()) {
                List<String> texts = new ArrayList<>(List.of(check.stem()));
                check.ask().ifPresent(texts::add);
                for (Option option : check.options()) {
                    texts.add(option.text());
                    texts.add(option.rationale());
                }
                texts.forEach(text -> checked(text)
                        .forEach(flag -> flags.add(new PlacedFlag(lesson.number(), Optional.of(check.id()), flag))));
            }
        }
        return flags;
    }

    /**
     * The fact check of one text, remembered: every save checks the whole course again, and on a 1 MB draft the
     * check took half a second, although an edit changes one field. Texts are compared whole, so a changed text is
     * always checked afresh.
     */
    private List<DrugClassFlag> checked(String text) {
        synchronized (factChecks) {
            List<DrugClassFlag> known = factChecks.get(text);
            if (known != null) {
                return known;
            }
        }
        List<DrugClassFlag> flags = List.copyOf(checker.check(text));
        synchronized (factChecks) {
            factChecks.put(text, flags);
        }
        return flags;
    }

    private static Course renumber(Course course) {
        List<Lesson> lessons = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            lessons.add(lesson.withNumber(lessons.size() + 1));
        }
        return course.withLessons(lessons);
    }

    private static String titleOf(Course course) {
        return course.title().isBlank() ? "Untitled course" : course.title().strip();
    }
}
