package org.oncolearn.results;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.oncolearn.attempt.CourseResults;
import org.oncolearn.attempt.LearnerResult;
import org.oncolearn.attempt.LessonResult;
import org.oncolearn.attempt.LessonStatus;
import org.oncolearn.course.Lesson;

/** One row per learner: version, dates, each lesson's score with the first-try score, and mastery. */
class LearnerTable extends NativeTable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    LearnerTable(CourseResults results) {
        addClassName("results-table");
        setCaptionText(getTranslation("results.caption", results.course().masteryPercent()));
        NativeTableRow head = getHead().addRow();
        head.addHeaderCell().setText(getTranslation("results.col.learner"));
        head.addHeaderCell().setText(getTranslation("results.col.version"));
        head.addHeaderCell().setText(getTranslation("results.col.started"));
        head.addHeaderCell().setText(getTranslation("results.col.last"));
        head.addHeaderCell().setText(getTranslation("results.col.completed"));
        for (Lesson lesson : results.course().lessons()) {
            head.addHeaderCell().setText(getTranslation("results.col.lesson", lesson.number()));
        }
        head.addHeaderCell().setText(getTranslation("results.col.mastery"));
        for (LearnerResult learner : results.learners()) {
            NativeTableRow row = getBody().addRow();
            row.addHeaderCell()
                    .setText(learner.name()
                            .map(name -> name + " (" + learner.pseudonym() + ")")
                            .orElse(learner.pseudonym()));
            row.addDataCell().setText(String.valueOf(learner.courseVersion()));
            row.addDataCell().setText(day(learner.started()));
            row.addDataCell().setText(day(learner.lastActivity()));
            finished(row.addDataCell(), learner.completed());
            for (Lesson lesson : results.course().lessons()) {
                row.addDataCell().setText(lesson(learner.lesson(lesson.id())));
            }
            row.addDataCell().setText(getTranslation(learner.mastered() ? "results.mastered" : "results.notMastered"));
        }
    }

    /**
     * A learner still at work has no finishing date. The dash is only drawn: read aloud it says nothing, so screen
     * readers hear the words instead.
     */
    private void finished(NativeTableCell cell, Optional<Instant> completed) {
        if (completed.isPresent()) {
            cell.setText(day(completed.get()));
            return;
        }
        Span dash = new Span("–");
        dash.getElement().setAttribute("aria-hidden", "true");
        Span words = new Span(getTranslation("results.notFinished"));
        words.addClassName("visually-hidden");
        cell.add(dash, words);
    }

    private String lesson(Optional<LessonStatus> status) {
        if (status.isEmpty() || status.get().phase() == LessonStatus.Phase.NOT_STARTED) {
            return getTranslation("results.notStarted");
        }
        Optional<LessonResult> result = status.get().result();
        if (status.get().phase() == LessonStatus.Phase.IN_PROGRESS || result.isEmpty()) {
            return getTranslation(
                    "results.inProgress", status.get().answered(), status.get().total());
        }
        return getTranslation(
                result.get().mastered() ? "results.lessonScore.mastered" : "results.lessonScore",
                result.get().percent(),
                result.get().firstTryPercent());
    }

    private static String day(Instant instant) {
        return DAY.format(instant);
    }
}
