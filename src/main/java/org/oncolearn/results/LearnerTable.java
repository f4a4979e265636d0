package org.oncolearn.results;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.oncolearn.attempt.CourseResults;
import org.oncolearn.attempt.LearnerResult;
import org.oncolearn.attempt.LessonResult;
import org.oncolearn.attempt.LessonStatus;
import org.oncolearn.course.Lesson;
import org.oncolearn.ui.ViewerZone;

/** One row per learner: version, dates, each lesson's score with the first-try score, and mastery. */
class LearnerTable extends NativeTable {

    /**
     * The day in the educator's time zone, as they write dates ("03.12.2026", "Dec 3, 2026"); the CSV keeps ISO dates
     * in UTC for sorting.
     */
    private final DateTimeFormatter day;

    LearnerTable(CourseResults results) {
        addClassName("results-table");
        day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ViewerZone.current());
        ScrollingTable.caption(
                this, getTranslation("results.caption", results.course().masteryPercent()));
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
            who(row.addHeaderCell(), learner);
            row.addDataCell().setText(version(learner.courseVersion()));
            date(row.addDataCell(), learner.started());
            date(row.addDataCell(), learner.lastActivity());
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
            date(cell, completed.get());
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

    /** The name, then the pseudonym: "(L-e37d7485e4)" must not break at its hyphen. */
    private static void who(NativeTableHeaderCell cell, LearnerResult learner) {
        Span pseudonym = new Span(learner.name().isPresent() ? "(" + learner.pseudonym() + ")" : learner.pseudonym());
        pseudonym.addClassName("no-break");
        learner.name().ifPresent(name -> cell.add(new Span(name + " ")));
        cell.add(pseudonym);
    }

    /** Version 0 is the course as its files in the quizzes folder have it, which the dashboard calls it too. */
    private String version(int version) {
        return version == 0 ? getTranslation("results.versionFiles") : String.valueOf(version);
    }

    /** A date on one line: a date that breaks at its separators reads as two values. */
    private void date(NativeTableCell cell, Instant instant) {
        cell.setText(day.format(instant));
        cell.addClassName("no-break");
    }
}
