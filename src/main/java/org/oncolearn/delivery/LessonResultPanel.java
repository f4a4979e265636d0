package org.oncolearn.delivery;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import org.oncolearn.attempt.LessonResult;
import org.oncolearn.course.Check;
import org.oncolearn.course.Lesson;

/** A lesson's score against the mastery threshold, the checks missed, and the ways on. */
class LessonResultPanel extends StepComponent {

    LessonResultPanel(Lesson lesson, LessonResult result, Optional<Lesson> next, String language) {
        addClassName("lesson-result");
        H2 heading = new H2(getTranslation("result.heading", lesson.number()));
        Headings.focusable(heading);
        add(heading);

        Paragraph scoreLine = new Paragraph(score(result.correct(), result.total(), result.percent()));
        scoreLine.addClassName("score");
        add(scoreLine);
        Paragraph mastery = new Paragraph(
                getTranslation(result.mastered() ? "result.mastered" : "result.notMastered", result.masteryPercent()));
        mastery.addClassName(result.mastered() ? "mastered" : "not-mastered");
        add(mastery);
        if (result.firstTryCorrect() != result.correct()) {
            add(new Paragraph(getTranslation(
                    "result.firstTry", score(result.firstTryCorrect(), result.total(), result.firstTryPercent()))));
        }

        if (!result.missed().isEmpty()) {
            Div missed = new Div(new H3(getTranslation("result.missed")));
            UnorderedList list = new UnorderedList();
            // The stems are course content.
            list.getElement().setAttribute("lang", language);
            for (Check check : result.missed()) {
                list.add(new ListItem(check.stem()));
            }
            missed.add(list);
            missed.addClassName("missed");
            add(missed);
        }

        if (!result.calibration().isEmpty()) {
            add(new CalibrationPanel(result.calibration()));
        }

        Div actions = new Div();
        actions.addClassName("actions");
        boolean retryFirst = !result.mastered() && !result.missed().isEmpty();
        if (!result.missed().isEmpty()) {
            int n = result.missed().size();
            actions.add(actionButton(
                    n == 1 ? getTranslation("result.retryOne") : getTranslation("result.retryMany", n),
                    StepAction.Kind.RETRY_MISSED,
                    lesson.id(),
                    retryFirst));
        }
        String onwards = next.map(l -> getTranslation("result.continue", l.number(), l.title()))
                .orElseGet(() -> getTranslation("result.summary"));
        actions.add(actionButton(onwards, StepAction.Kind.CONTINUE, lesson.id(), !retryFirst));
        actions.add(
                actionButton(getTranslation("result.readAgain"), StepAction.Kind.REVIEW_LESSON, lesson.id(), false));
        add(actions);
    }
}
