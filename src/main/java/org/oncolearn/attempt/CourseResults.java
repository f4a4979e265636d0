package org.oncolearn.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.oncolearn.analysis.CheckOptions;
import org.oncolearn.analysis.ItemAnalysis;
import org.oncolearn.analysis.ItemStatistics;
import org.oncolearn.analysis.Response;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;

/**
 * Every learner's results in a course, and their lesson answers in the order given, for item analysis.
 *
 * @param course the version shown, whose lessons are the columns: the one chosen, else the current one
 * @param versions every version some learner started, whether shown or not, for choosing one
 * @param answers each learner's lesson answers (not review answers), by pseudonym, oldest first
 */
public record CourseResults(
        Course course, List<Integer> versions, List<LearnerResult> learners, List<Response> answers) {

    public CourseResults {
        versions = List.copyOf(versions);
        learners = List.copyOf(learners);
        answers = List.copyOf(answers);
    }

    /** Item analysis of the learners' first answers, with the options and order of the version shown. */
    public List<ItemStatistics> itemAnalysis() {
        return ItemAnalysis.of(answers, CheckOptions.of(course));
    }

    public long finished() {
        return learners.stream().filter(l -> l.completed().isPresent()).count();
    }

    public long mastered() {
        return learners.stream().filter(LearnerResult::mastered).count();
    }

    /**
     * The results as CSV (RFC 4180, UTF-8): one row per learner, a score, a first-try score (percent) and a mastery
     * mark per lesson of the current version, empty while a lesson is not finished; dates in UTC (ISO 8601).
     */
    public String csv() {
        StringBuilder csv =
                new StringBuilder("learner,name,course_version,started,last_activity,completed,course_mastered");
        for (Lesson lesson : course.lessons()) {
            String prefix = "lesson_" + lesson.number();
            csv.append(',').append(prefix).append("_score");
            csv.append(',').append(prefix).append("_first_try");
            csv.append(',').append(prefix).append("_mastered");
        }
        csv.append("\r\n");
        for (LearnerResult learner : learners) {
            csv.append(learner.pseudonym())
                    .append(',')
                    .append(field(learner.name().orElse("")))
                    .append(',')
                    .append(learner.courseVersion())
                    .append(',')
                    .append(learner.started())
                    .append(',')
                    .append(learner.lastActivity())
                    .append(',')
                    .append(learner.completed().map(Instant::toString).orElse(""))
                    .append(',')
                    .append(learner.mastered() ? "yes" : "no");
            for (Lesson lesson : course.lessons()) {
                Optional<LessonResult> result = learner.lesson(lesson.id()).flatMap(LessonStatus::result);
                csv.append(',')
                        .append(result.map(r -> String.valueOf(r.percent())).orElse(""));
                csv.append(',')
                        .append(result.map(r -> String.valueOf(r.firstTryPercent()))
                                .orElse(""));
                csv.append(',')
                        .append(result.map(r -> r.mastered() ? "yes" : "no").orElse(""));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /**
     * A learner's name as a CSV field: quoted when it needs to be, and never read as a formula by a spreadsheet (a
     * name is typed by the learner, and "=HYPERLINK(...)" would otherwise run when the educator opens the file).
     */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
