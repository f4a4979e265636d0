package org.oncolearn.delivery;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.oncolearn.attempt.CourseState;
import org.oncolearn.attempt.LessonStatus;
import org.oncolearn.course.Lesson;

/** The list of lessons with each one's status; lessons the learner has reached can be opened from here. */
class LessonOutline extends Nav {

    LessonOutline(
            CourseState state, Lesson current, Predicate<Lesson> reachable, Consumer<Lesson> open, Runnable summary) {
        addClassName("outline");
        getElement().setAttribute("aria-label", "Lessons");
        add(new H2("Lessons"));
        OrderedList list = new OrderedList();
        for (LessonStatus status : state.lessons()) {
            Lesson lesson = status.lesson();
            ListItem item = new ListItem();
            Span label = new Span(lesson.number() + ". " + lesson.title());
            Span detail = new Span(detail(status));
            detail.addClassName("outline-status");
            if (lesson.equals(current) && !state.finished()) {
                item.addClassName("current");
                item.getElement().setAttribute("aria-current", "step");
            }
            if (reachable.test(lesson) && !(lesson.equals(current) && !state.finished())) {
                NativeButton button = new NativeButton(label.getText(), e -> open.accept(lesson));
                button.addClassName("outline-link");
                item.add(button, detail);
            } else {
                item.add(label, detail);
            }
            list.add(item);
        }
        add(list);
        boolean allFinished = state.lessons().stream().allMatch(l -> l.phase() == LessonStatus.Phase.FINISHED);
        if (allFinished && !state.finished()) {
            NativeButton toSummary = new NativeButton("Course summary", e -> summary.run());
            toSummary.addClassName("outline-link");
            add(toSummary);
        }
    }

    private static String detail(LessonStatus status) {
        return switch (status.phase()) {
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> status.answered() + " of " + status.total() + " checks answered";
            case FINISHED ->
                status.result()
                        .map(r -> r.percent() + " % · " + (r.mastered() ? "mastered" : "not mastered yet"))
                        .orElse("");
        };
    }
}
