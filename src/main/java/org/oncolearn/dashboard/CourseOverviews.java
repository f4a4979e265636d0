package org.oncolearn.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.oncolearn.attempt.CourseResults;
import org.oncolearn.attempt.ResultsService;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Review;
import org.oncolearn.dashboard.CourseOverview.DraftOverview;
import org.oncolearn.dashboard.CourseOverview.LastChange;
import org.oncolearn.dashboard.CourseOverview.LearnerFigures;
import org.oncolearn.dashboard.CourseOverview.Published;
import org.oncolearn.dashboard.CourseOverview.Stage;
import org.oncolearn.draft.DraftCourse;
import org.oncolearn.draft.DraftService;
import org.oncolearn.draft.EditorService;
import org.oncolearn.draft.EditorState;
import org.oncolearn.draft.VersionInfo;
import org.oncolearn.export.CourseExports;
import org.oncolearn.lint.Finding;
import org.oncolearn.lint.LintRule;
import org.oncolearn.lint.Severity;
import org.springframework.stereotype.Service;

/**
 * Puts together what the dashboard shows of each course from the courses learners get, the editor's drafts and
 * versions, and the learners' results. It only reads: the dashboard's actions go through the services that own them.
 */
@Service
class CourseOverviews {

    private final CourseExports courses;
    private final DraftService drafts;
    private final EditorService editor;
    private final ResultsService results;
    private final Clock clock;

    CourseOverviews(
            CourseExports courses, DraftService drafts, EditorService editor, ResultsService results, Clock clock) {
        this.courses = courses;
        this.drafts = drafts;
        this.editor = editor;
        this.results = results;
        this.clock = clock;
    }

    /** Courses learners get first, in the catalog's order; then courses that exist only as drafts, newest first. */
    List<CourseOverview> all() {
        Map<String, List<Draft>> draftsByCourse = new LinkedHashMap<>();
        List<Draft> withoutId = new ArrayList<>();
        // DraftService lists drafts saved last first, so each course's drafts keep that order.
        for (DraftCourse draft : drafts.drafts()) {
            if (unchangedSincePublished(draft)) {
                // It holds exactly the version it published: nothing for a next version yet.
                continue;
            }
            EditorState state = editor.open(draft.id());
            Draft judged = new Draft(draft, state);
            String id = state.course().id().strip();
            if (id.isEmpty()) {
                withoutId.add(judged);
            } else {
                draftsByCourse.computeIfAbsent(id, k -> new ArrayList<>()).add(judged);
            }
        }
        List<CourseOverview> overviews = new ArrayList<>();
        for (Course course : courses.courses()) {
            overviews.add(published(course, draftsByCourse.getOrDefault(course.id(), List.of())));
            draftsByCourse.remove(course.id());
        }
        draftsByCourse.forEach((id, ofCourse) -> overviews.add(unpublished(Optional.of(id), ofCourse)));
        withoutId.forEach(draft -> overviews.add(unpublished(Optional.empty(), List.of(draft))));
        return overviews;
    }

    private static boolean unchangedSincePublished(DraftCourse draft) {
        return draft.lastPublication()
                .map(p -> !draft.updatedAt().isAfter(p.publishedAt()))
                .orElse(false);
    }

    private CourseOverview published(Course course, List<Draft> ofCourse) {
        List<VersionInfo> versions = editor.versions(course.id());
        List<DraftOverview> draftOverviews =
                ofCourse.stream().map(Draft::overview).toList();
        Optional<LearnerFigures> learners = results.results(course.id()).map(CourseOverviews::figures);
        Optional<LastChange> published = versions.stream()
                .findFirst()
                .map(v -> new LastChange(v.publishedAt(), v.publishedBy(), LastChange.Kind.PUBLISHED));
        return new CourseOverview(
                Optional.of(course.id()),
                course.title(),
                Optional.of(new Published(course.version(), versions)),
                draftOverviews,
                learners,
                reviewDue(course),
                latest(published, draftOverviews));
    }

    private CourseOverview unpublished(Optional<String> courseId, List<Draft> ofCourse) {
        List<DraftOverview> draftOverviews =
                ofCourse.stream().map(Draft::overview).toList();
        return new CourseOverview(
                courseId,
                draftOverviews.getFirst().title(),
                Optional.empty(),
                draftOverviews,
                Optional.empty(),
                Optional.empty(),
                latest(Optional.empty(), draftOverviews));
    }

    private static LearnerFigures figures(CourseResults results) {
        return new LearnerFigures(results.learners().size(), results.finished(), results.mastered());
    }

    private static Optional<LastChange> latest(Optional<LastChange> published, List<DraftOverview> drafts) {
        Stream<LastChange> saved =
                drafts.stream().map(d -> new LastChange(d.savedAt(), d.savedBy(), LastChange.Kind.DRAFT_SAVED));
        return Stream.concat(published.stream(), saved).max(Comparator.comparing(LastChange::at));
    }

    /** The earliest review-by date of what learners get, when it is close or past. */
    private Optional<LocalDate> reviewDue(Course course) {
        LocalDate notice = LocalDate.now(clock).plusDays(CourseOverview.REVIEW_NOTICE_DAYS);
        return course.lessons().stream()
                .flatMap(CourseOverviews::reviews)
                .map(Review::reviewBy)
                .min(Comparator.naturalOrder())
                .filter(date -> !date.isAfter(notice));
    }

    private static Stream<Review> reviews(Lesson lesson) {
        return Stream.concat(lesson.review().stream(), lesson.checks().stream().flatMap(c -> c.review().stream()));
    }

    /** A draft with the editor's judgement of it. */
    private record Draft(DraftCourse draft, EditorState state) {

        DraftOverview overview() {
            int drafted = (int) state.course().lessons().stream()
                    .flatMap(l -> l.checks().stream())
                    .filter(Check::drafted)
                    .count();
            int version = state.latestVersion().map(v -> v.version() + 1).orElse(1);
            return new DraftOverview(
                    draft.id(),
                    draft.title(),
                    version,
                    stage(),
                    drafted,
                    state.isValid(),
                    draft.updatedAt(),
                    draft.updatedBy());
        }

        /** Ready, or held back only by reviews: what a reviewer needs to know, apart from what an author needs. */
        private Stage stage() {
            if (state.canPublish()) {
                return Stage.READY;
            }
            boolean onlyReviewsMissing =
                    state.isValid() && state.findings().stream().noneMatch(Draft::holdsBackAuthor);
            return onlyReviewsMissing ? Stage.IN_REVIEW : Stage.DRAFT;
        }

        private static boolean holdsBackAuthor(Finding finding) {
            return finding.rule() == LintRule.DRAFTED
                    || (finding.severity() == Severity.ERROR && finding.rule() != LintRule.REVIEW_LAPSED);
        }
    }
}
