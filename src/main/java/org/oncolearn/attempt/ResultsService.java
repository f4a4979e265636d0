package org.oncolearn.attempt;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.oncolearn.analysis.CheckOptions;
import org.oncolearn.analysis.InvalidReportException;
import org.oncolearn.analysis.ItemAnalysis;
import org.oncolearn.analysis.ItemStatistics;
import org.oncolearn.analysis.LmsReport;
import org.oncolearn.analysis.Response;
import org.oncolearn.attempt.internal.Enrolled;
import org.oncolearn.attempt.internal.LessonProgress;
import org.oncolearn.attempt.internal.ProgressStore;
import org.oncolearn.attempt.internal.RecordedAnswer;
import org.oncolearn.attempt.internal.Round;
import org.oncolearn.course.Course;
import org.oncolearn.course.CourseCatalog;
import org.oncolearn.course.Lesson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The educator's side of learners' progress: who started a course, how each did per lesson, and item analysis of
 * their answers or of an LMS report. Learners appear by the name they gave or by a pseudonym, never by their id.
 */
@Service
public class ResultsService {

    private final CourseCatalog catalog;
    private final ProgressStore store;

    public ResultsService(CourseCatalog catalog, ProgressStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    /** Every learner of every version; empty when there is no such course. */
    @Transactional(readOnly = true)
    public Optional<CourseResults> results(String courseId) {
        return results(courseId, OptionalInt.empty());
    }

    /**
     * The learners who started one version of the course (all when none is given), with that version's lessons as
     * the columns. Empty when there is no such course. Reads each learner's rounds in turn: fine for a school's
     * classes.
     */
    @Transactional(readOnly = true)
    public Optional<CourseResults> results(String courseId, OptionalInt version) {
        Optional<Course> current = version.isPresent()
                ? catalog.find(courseId, version.getAsInt()).or(() -> catalog.find(courseId))
                : catalog.find(courseId);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        List<Enrolled> everyone = store.enrolled(courseId);
        List<Integer> versions = everyone.stream()
                .map(Enrolled::courseVersion)
                .distinct()
                .sorted()
                .toList();
        List<LearnerResult> learners = new ArrayList<>();
        List<Response> answers = new ArrayList<>();
        for (Enrolled enrolled : everyone) {
            if (version.isPresent() && enrolled.courseVersion() != version.getAsInt()) {
                continue;
            }
            // Scored on the version the learner started, as the learner sees it.
            Course course = catalog.find(courseId, enrolled.courseVersion()).orElse(current.get());
            List<Round> rounds = store.rounds(enrolled.learner().id(), courseId);
            String pseudonym = enrolled.learner().id().pseudonym();
            List<LessonStatus> lessons = new ArrayList<>();
            for (Lesson lesson : course.lessons()) {
                List<Round> ofLesson = rounds.stream()
                        .filter(r -> r.lessonId().equals(lesson.id()))
                        .toList();
                lessons.add(
                        new LessonProgress(lesson, lesson.courseChecks(), ofLesson, course.masteryPercent()).status());
            }
            List<Map.Entry<String, RecordedAnswer>> given = rounds.stream()
                    .flatMap(r -> r.answers().entrySet().stream())
                    .sorted(Comparator.comparing(e -> e.getValue().answeredAt()))
                    .toList();
            given.forEach(e -> answers.add(new Response(
                    pseudonym,
                    e.getKey(),
                    e.getValue().selectedOptionIds(),
                    e.getValue().correct())));
            Instant lastActivity = given.stream()
                    .map(e -> e.getValue().answeredAt())
                    .reduce(enrolled.updated(), (a, b) -> a.isAfter(b) ? a : b);
            learners.add(new LearnerResult(
                    pseudonym,
                    enrolled.learner().displayName(),
                    enrolled.courseVersion(),
                    lessons,
                    enrolled.started(),
                    lastActivity,
                    enrolled.completed()));
        }
        return Optional.of(new CourseResults(current.get(), versions, learners, answers));
    }

    /**
     * Item analysis of an LMS report of the course's interactions, with the options of the version given (the
     * current one when none is given or it is gone).
     *
     * @throws InvalidReportException when the report cannot be read or is of another course
     */
    public List<ItemStatistics> analyseReport(String courseId, OptionalInt version, InputStream report)
            throws InvalidReportException, IOException {
        Optional<Course> chosen = version.isPresent() ? catalog.find(courseId, version.getAsInt()) : Optional.empty();
        Course course = chosen.or(() -> catalog.find(courseId)).orElseThrow(() -> new UnknownCourseException(courseId));
        LmsReport read = LmsReport.read(report, Optional.of(courseId));
        return ItemAnalysis.of(read.responses(), CheckOptions.of(course));
    }
}
