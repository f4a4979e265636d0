package org.oncolearn.attempt;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oncolearn.attempt.internal.Enrolment;
import org.oncolearn.attempt.internal.LessonProgress;
import org.oncolearn.attempt.internal.MemoryProgressStore;
import org.oncolearn.attempt.internal.ProgressStore;
import org.oncolearn.attempt.internal.ReviewSchedule;
import org.oncolearn.attempt.internal.Round;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.CourseCatalog;
import org.oncolearn.course.Lesson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner's side of a course: who they are, where they are, and what happens when they read, answer, retry and
 * move on. Every state change is stored at once; the next step is always derived from what is stored.
 */
@Service
public class LearningService {

    private final CourseCatalog catalog;
    private final ProgressStore store;
    private final Clock clock;
    private final CoursePreviews previews;
    private final RoundSeeds seeds;

    public LearningService(
            CourseCatalog catalog, ProgressStore store, Clock clock, CoursePreviews previews, RoundSeeds seeds) {
        this.catalog = catalog;
        this.store = store;
        this.clock = clock;
        this.previews = previews;
        this.seeds = seeds;
    }

    /** The same rules over one course with progress in memory: for previews and for the behaviour vectors. */
    public static LearningService inMemory(Course course, Clock clock, RoundSeeds seeds) {
        return new LearningService(
                () -> List.of(course), new MemoryProgressStore(), clock, draftId -> Optional.empty(), seeds);
    }

    /**
     * A learning service for previewing a draft as a learner: the same rules, with progress kept in memory only, so
     * nothing is recorded. Empty when the draft does not exist or does not load yet.
     */
    public Optional<LearningService> preview(String draftId) {
        return previews.draftForPreview(draftId)
                .map(course ->
                        new LearningService(() -> List.of(course), new MemoryProgressStore(), clock, previews, seeds));
    }

    public List<Course> courses() {
        return catalog.courses();
    }

    /** Registers a learner; a blank name means they continue anonymously. */
    @Transactional
    public Learner register(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.length() > Learner.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A name can have at most " + Learner.MAX_NAME_LENGTH + " characters");
        }
        Learner learner = new Learner(LearnerId.random(), name.isEmpty() ? Optional.empty() : Optional.of(name));
        store.addLearner(learner, clock.instant());
        return learner;
    }

    @Transactional
    public Optional<Learner> welcomeBack(LearnerId id) {
        Optional<Learner> learner = store.learner(id);
        learner.ifPresent(l -> store.touchLearner(id, clock.instant()));
        return learner;
    }

    @Transactional(readOnly = true)
    public CourseState state(LearnerId learner, String courseId) {
        Optional<Enrolment> enrolment = store.enrolment(learner, courseId);
        Course course = course(courseId, enrolment);
        List<LessonProgress> lessons = progress(learner, course);
        return new CourseState(
                course,
                lessons.stream().map(LessonProgress::status).toList(),
                step(course, lessons, enrolment),
                lessons.stream().map(LessonProgress::calibration).reduce(Calibration.NONE, Calibration::plus));
    }

    /** Starts the first round of the open lesson's checks; does nothing when it has already started. */
    @Transactional
    public CourseState startChecks(LearnerId learner, String courseId, String lessonId) {
        Optional<Enrolment> enrolment = store.enrolment(learner, courseId);
        Course course = course(courseId, enrolment);
        List<LessonProgress> lessons = progress(learner, course);
        LessonProgress lesson = of(lessons, lesson(course, lessonId));
        if (!lesson.started()) {
            Step step = step(course, lessons, enrolment);
            if (!(step instanceof Step.Reading reading) || !reading.lesson().equals(lesson.lesson())) {
                throw new StaleStepException("That lesson is not open; the page has been brought up to date.");
            }
            int seed = seeds.next();
            store.openLesson(learner, courseId, lessonId, course.version(), clock.instant());
            store.addRound(learner, courseId, lessonId, 1, lesson.firstRound(seed), seed, clock.instant());
        }
        return state(learner, courseId);
    }

    /**
     * Records the answer to the check the learner is on.
     *
     * @throws StaleStepException when that check is not the one due (answered already, or another tab moved on)
     * @throws IllegalArgumentException when the chosen options do not fit the check, or the course asks how sure the
     *     learner is and they did not say
     */
    @Transactional
    public AnswerOutcome answer(
            LearnerId learner, String courseId, String checkId, Set<String> selected, Optional<Confidence> confidence) {
        Optional<Enrolment> enrolment = store.enrolment(learner, courseId);
        Course course = course(courseId, enrolment);
        List<LessonProgress> lessons = progress(learner, course);
        Step step = step(course, lessons, enrolment);
        if (!(step instanceof Step.Answering due) || !due.check().id().equals(checkId)) {
            throw new StaleStepException("This check is not the one due; the page has been brought up to date.");
        }
        Check check = due.check();
        validate(check, selected);
        Optional<Confidence> given = course.confidence() ? confidence : Optional.empty();
        if (course.confidence() && given.isEmpty()) {
            throw new IllegalArgumentException("Say how sure you are first.");
        }
        boolean correct = check.isAnsweredCorrectlyBy(selected);
        LessonProgress lesson = of(lessons, due.lesson());
        Round round = lesson.currentRound().orElseThrow();
        if (!store.addAnswer(round.id(), checkId, selected, correct, given, clock.instant())) {
            throw new StaleStepException("This check was already answered; the page has been brought up to date.");
        }
        if (due.position() == due.count()) {
            scheduleReviews(
                    learner,
                    course,
                    lessonProgress(learner, course, due.lesson().id()));
        }
        return new AnswerOutcome(check, selected, correct, due.options(), given);
    }

    /**
     * Puts each objective of a lesson that has just been finished into spaced review: objectives right at the first
     * try (and not said to be a guess) come back in 3 days, the others tomorrow. After a retry round only the check
     * asked last changes, so the review asks a sibling of the retry's check.
     */
    private void scheduleReviews(LearnerId learner, Course course, LessonProgress lesson) {
        if (!lesson.finished()) {
            return;
        }
        Set<String> rightFirst = lesson.rightAtFirstTryWithConfidence();
        Map<String, String> lastAnswered = lesson.lastAnswered();
        for (String objective : lesson.objectives()) {
            int box = rightFirst.contains(objective) ? 2 : 1;
            store.scheduleReview(
                    learner,
                    course.id(),
                    lesson.lesson().id(),
                    objective,
                    box,
                    ReviewSchedule.due(clock.instant(), box),
                    seeds.next(),
                    Optional.ofNullable(lastAnswered.get(objective)));
        }
    }

    /** Records an answer in a course that does not ask how sure the learner is. */
    @Transactional
    public AnswerOutcome answer(LearnerId learner, String courseId, String checkId, Set<String> selected) {
        return answer(learner, courseId, checkId, selected, Optional.empty());
    }

    /** Starts a round with only the checks the learner has not yet answered correctly. */
    @Transactional
    public CourseState retryMissed(LearnerId learner, String courseId, String lessonId) {
        Course course = course(learner, courseId);
        LessonProgress lesson = lessonProgress(learner, course, lessonId);
        if (!lesson.finished()) {
            throw new StaleStepException("This lesson's checks are not all answered yet.");
        }
        if (!lesson.result().missed().isEmpty()) {
            int seed = seeds.next();
            int next = lesson.currentRound().map(Round::number).orElse(0) + 1;
            store.openLesson(learner, courseId, lessonId, course.version(), clock.instant());
            store.addRound(learner, courseId, lessonId, next, lesson.retryRound(seed), seed, clock.instant());
        }
        return state(learner, courseId);
    }

    /** Leaves a finished lesson for the next one, or for the course summary after the last lesson. */
    @Transactional
    public CourseState continueAfter(LearnerId learner, String courseId, String lessonId) {
        Course course = course(learner, courseId);
        Lesson lesson = lesson(course, lessonId);
        if (!lessonProgress(learner, course, lessonId).finished()) {
            throw new StaleStepException("This lesson's checks are not all answered yet.");
        }
        Optional<Lesson> next = course.lessonAfter(lesson);
        if (next.isPresent()) {
            store.openLesson(learner, courseId, next.get().id(), course.version(), clock.instant());
        } else {
            completeIfAllFinished(learner, course);
        }
        return state(learner, courseId);
    }

    /** Opens a lesson the learner has reached before, e.g. from the outline or the course summary. */
    @Transactional
    public CourseState openLesson(LearnerId learner, String courseId, String lessonId) {
        Course course = course(learner, courseId);
        if (!state(learner, courseId).canOpen(lesson(course, lessonId))) {
            throw new StaleStepException("Finish the lessons before this one first.");
        }
        store.openLesson(learner, courseId, lessonId, course.version(), clock.instant());
        return state(learner, courseId);
    }

    /** Shows the course summary again once every lesson is finished. */
    @Transactional
    public CourseState showSummary(LearnerId learner, String courseId) {
        completeIfAllFinished(learner, course(learner, courseId));
        return state(learner, courseId);
    }

    private void completeIfAllFinished(LearnerId learner, Course course) {
        if (!progress(learner, course).stream().allMatch(LessonProgress::finished)) {
            throw new StaleStepException("Some lessons are not finished yet.");
        }
        store.completeCourse(learner, course.id(), clock.instant());
    }

    private static Step step(Course course, List<LessonProgress> lessons, Optional<Enrolment> enrolment) {
        Optional<LessonProgress> open = enrolment
                .flatMap(Enrolment::currentLessonId)
                .flatMap(id ->
                        lessons.stream().filter(p -> p.lesson().id().equals(id)).findFirst());
        if (open.isEmpty()
                && enrolment.map(Enrolment::completed).orElse(false)
                && lessons.stream().allMatch(LessonProgress::finished)) {
            List<LessonStatus> statuses =
                    lessons.stream().map(LessonProgress::status).toList();
            return new Step.CourseFinished(statuses, statuses.stream().allMatch(LessonStatus::mastered));
        }
        LessonProgress lesson = open.orElseGet(
                () -> lessons.stream().filter(p -> !p.finished()).findFirst().orElse(lessons.getFirst()));
        if (!lesson.started()) {
            return new Step.Reading(lesson.lesson(), lesson.objectives().size());
        }
        List<Check> pending = lesson.pending();
        if (!pending.isEmpty()) {
            Round round = lesson.currentRound().orElseThrow();
            int count = round.checkIds().size();
            Check check = pending.getFirst();
            return new Step.Answering(
                    lesson.lesson(),
                    check,
                    count - pending.size() + 1,
                    count,
                    round.number(),
                    LessonProgress.optionsShown(check, round),
                    course.confidence());
        }
        return new Step.LessonFinished(lesson.lesson(), lesson.result(), course.lessonAfter(lesson.lesson()));
    }

    static void validate(Check check, Set<String> selected) {
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("Choose an answer first.");
        }
        if (check.type() == CheckType.SINGLE && selected.size() > 1) {
            throw new IllegalArgumentException("Choose one answer.");
        }
        for (String id : selected) {
            if (check.option(id).isEmpty()) {
                throw new IllegalArgumentException("Check " + check.id() + " has no option " + id);
            }
        }
    }

    private LessonProgress lessonProgress(LearnerId learner, Course course, String lessonId) {
        return of(progress(learner, course), lesson(course, lessonId));
    }

    private static LessonProgress of(List<LessonProgress> lessons, Lesson lesson) {
        return lessons.stream()
                .filter(p -> p.lesson().equals(lesson))
                .findFirst()
                .orElseThrow();
    }

    private List<LessonProgress> progress(LearnerId learner, Course course) {
        List<Round> rounds = store.rounds(learner, course.id());
        List<LessonProgress> result = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            List<Round> ofLesson = rounds.stream()
                    .filter(r -> r.lessonId().equals(lesson.id()))
                    .toList();
            result.add(new LessonProgress(lesson, lesson.courseChecks(), ofLesson, course.masteryPercent()));
        }
        return result;
    }

    /** The version the learner started, so a newer publication never changes a course under their feet. */
    private Course course(LearnerId learner, String courseId) {
        return course(courseId, store.enrolment(learner, courseId));
    }

    private Course course(String courseId, Optional<Enrolment> enrolment) {
        return versionStarted(catalog, courseId, enrolment);
    }

    /** The version a learner enrolled in, or the current one for a learner who has not started. */
    static Course versionStarted(CourseCatalog catalog, String courseId, Optional<Enrolment> enrolment) {
        Optional<Integer> started = enrolment.map(Enrolment::courseVersion);
        return started.flatMap(version -> catalog.find(courseId, version))
                .or(() -> catalog.find(courseId))
                .orElseThrow(() -> new UnknownCourseException(courseId));
    }

    private static Lesson lesson(Course course, String lessonId) {
        return course.lesson(lessonId)
                .orElseThrow(() -> new StaleStepException("This lesson is no longer part of the course."));
    }
}
