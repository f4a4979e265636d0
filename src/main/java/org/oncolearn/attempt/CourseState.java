package org.oncolearn.attempt;

import java.util.List;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;

/**
 * A learner's whole position in a course: each lesson's status, the next step, the overall progress, and how sure
 * the learner said they were over the whole course.
 */
public record CourseState(Course course, List<LessonStatus> lessons, Step step, Calibration calibration) {

    public CourseState {
        lessons = List.copyOf(lessons);
    }

    /** Share of the course done, from 0 to 1: answered checks over all checks, and 1 once the course is finished. */
    public double progress() {
        if (step instanceof Step.CourseFinished) {
            return 1;
        }
        int total = lessons.stream().mapToInt(LessonStatus::total).sum();
        int answered = lessons.stream().mapToInt(LessonStatus::answered).sum();
        return total == 0 ? 0 : (double) answered / total;
    }

    /** Lessons open in order: any lesson already started, and the first one not yet started. */
    public boolean canOpen(Lesson lesson) {
        for (LessonStatus status : lessons) {
            if (status.lesson().equals(lesson)) {
                return true;
            }
            if (status.phase() == LessonStatus.Phase.NOT_STARTED) {
                return false;
            }
        }
        return false;
    }

    /** Objectives right over objectives in the whole course: the score a package reports to the LMS. */
    public int correct() {
        return lessons.stream()
                .mapToInt(s -> s.result().map(LessonResult::correct).orElse(0))
                .sum();
    }

    public int total() {
        return lessons.stream().mapToInt(LessonStatus::total).sum();
    }

    public boolean passed() {
        return total() > 0 && correct() * 100 >= course.masteryPercent() * total();
    }

    public boolean started() {
        return lessons.stream().anyMatch(l -> l.phase() != LessonStatus.Phase.NOT_STARTED);
    }

    public boolean finished() {
        return step instanceof Step.CourseFinished;
    }
}
