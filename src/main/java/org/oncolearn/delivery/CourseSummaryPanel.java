package org.oncolearn.delivery;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.oncolearn.attempt.Calibration;
import org.oncolearn.attempt.LessonResult;
import org.oncolearn.attempt.LessonStatus;

/** The end of a course: each lesson's score and mastery, with ways back into lessons not yet mastered. */
class CourseSummaryPanel extends StepComponent {

    CourseSummaryPanel(List<LessonStatus> lessons, boolean allMastered, Calibration calibration) {
        addClassName("course-summary");
        H2 heading = new H2(getTranslation("summary.heading"));
        Headings.focusable(heading);
        add(heading);
        long mastered = lessons.stream().filter(LessonStatus::mastered).count();
        add(new Paragraph(
                allMastered
                        ? getTranslation("summary.allMastered", lessons.size())
                        : getTranslation("summary.someMastered", mastered, lessons.size())));
        int correct = lessons.stream()
                .mapToInt(l -> l.result().map(LessonResult::correct).orElse(0))
                .sum();
        int total = lessons.stream().mapToInt(LessonStatus::total).sum();
        Paragraph overall = new Paragraph(getTranslation(
                "summary.wholeCourse", score(correct, total, total == 0 ? 0 : Math.round(100f * correct / total))));
        overall.addClassName("score");
        add(overall);
        if (!calibration.isEmpty()) {
            add(new CalibrationPanel(calibration));
        }
        lessons.forEach(status -> add(row(status)));
    }

    private Div row(LessonStatus status) {
        Div row = new Div();
        row.addClassName("summary-row");
        row.add(new H3(getTranslation(
                "lesson.heading", status.lesson().number(), status.lesson().title())));
        status.result().ifPresent(result -> {
            row.add(new Paragraph(score(result.correct(), result.total(), result.percent())
                    + (result.firstTryCorrect() != result.correct()
                            ? getTranslation("summary.firstTry", result.firstTryPercent())
                            : "")));
            Span badge = new Span(getTranslation(result.mastered() ? "summary.mastered" : "summary.notMastered"));
            badge.addClassName(result.mastered() ? "mastered" : "not-mastered");
            row.add(badge);
            Div actions = new Div();
            actions.addClassName("actions");
            if (!result.missed().isEmpty()) {
                actions.add(actionButton(
                        getTranslation("summary.retry", status.lesson().number()),
                        StepAction.Kind.RETRY_MISSED,
                        status.lesson().id(),
                        !result.mastered()));
            }
            actions.add(actionButton(
                    getTranslation("summary.review", status.lesson().number()),
                    StepAction.Kind.OPEN_LESSON,
                    status.lesson().id(),
                    false));
            row.add(actions);
        });
        return row;
    }
}
