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

    LessonResultPanel(Lesson lesson, LessonResult result, Optional<Lesson> next) {
        addClassName("lesson-result");
        H2 heading = new H2("Lesson " + lesson.number() + " result");
        Headings.focusable(heading);
        add(heading);

        Paragraph score = new Paragraph(Texts.score(result.correct(), result.total(), result.percent()));
        score.addClassName("score");
        add(score);
        Paragraph mastery = new Paragraph(
                result.mastered()
                        ? "Mastered: you reached the mastery level of " + result.masteryPercent() + " %."
                        : "Not mastered yet: mastery needs " + result.masteryPercent() + " %.");
        mastery.addClassName(result.mastered() ? "mastered" : "not-mastered");
        add(mastery);
        if (result.firstTryCorrect() != result.correct()) {
            add(new Paragraph("On your first try: "
                    + Texts.score(result.firstTryCorrect(), result.total(), result.firstTryPercent()) + "."));
        }

        if (!result.missed().isEmpty()) {
            Div missed = new Div(new H3("Checks to look at again"));
            UnorderedList list = new UnorderedList();
            for (Check check : result.missed()) {
                list.add(new ListItem(check.stem()));
            }
            missed.add(list);
            missed.addClassName("missed");
            add(missed);
        }

        Div actions = new Div();
        actions.addClassName("actions");
        boolean retryFirst = !result.mastered() && !result.missed().isEmpty();
        if (!result.missed().isEmpty()) {
            int n = result.missed().size();
            actions.add(actionButton(
                    n == 1 ? "Retry the check you missed" : "Retry the " + n + " checks you missed",
                    StepAction.Kind.RETRY_MISSED,
                    lesson.id(),
                    retryFirst));
        }
        String onwards = next.map(l -> "Continue to lesson " + l.number() + ": " + l.title())
                .orElse("See the course summary");
        actions.add(actionButton(onwards, StepAction.Kind.CONTINUE, lesson.id(), !retryFirst));
        actions.add(actionButton("Read the lesson again", StepAction.Kind.REVIEW_LESSON, lesson.id(), false));
        add(actions);
    }
}
