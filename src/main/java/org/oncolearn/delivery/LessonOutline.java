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
        getElement().setAttribute("aria-label", getTranslation("outline.title"));
        add(new H2(getTranslation("outline.title")));
        String language = state.course().language();
        OrderedList list = new OrderedList();
        for (LessonStatus status : state.lessons()) {
            Lesson lesson = status.lesson();
            ListItem item = new ListItem();
            Span label = new Span(lesson.number() + ". " + lesson.title());
            label.getElement().setAttribute("lang", language);
            Span detail = new Span(detail(status));
            detail.addClassName("outline-status");
            if (lesson.equals(current) && !state.finished()) {
                item.addClassName("current");
                item.getElement().setAttribute("aria-current", "step");
            }
            if (reachable.test(lesson) && !(lesson.equals(current) && !state.finished())) {
                NativeButton button = new NativeButton(label.getText(), e -> open.accept(lesson));
                button.addClassName("outline-link");
                button.getElement().setAttribute("lang", language);
                item.add(button, detail);
            } else {
                item.add(label, detail);
            }
            list.add(item);
        }
        add(list);
        boolean allFinished = state.lessons().stream().allMatch(l -> l.phase() == LessonStatus.Phase.FINISHED);
        if (allFinished && !state.finished()) {
            NativeButton toSummary = new NativeButton(getTranslation("outline.summary"), e -> summary.run());
            toSummary.addClassName("outline-link");
            add(toSummary);
        }
    }

    private String detail(LessonStatus status) {
        return switch (status.phase()) {
            case NOT_STARTED -> getTranslation("outline.notStarted");
            case IN_PROGRESS -> getTranslation("outline.answered", status.answered(), status.total());
            case FINISHED ->
                status.result()
                        .map(r ->
                                getTranslation(r.mastered() ? "outline.mastered" : "outline.notMastered", r.percent()))
                        .orElse("");
        };
    }
}
