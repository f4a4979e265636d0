package org.oncolearn.delivery;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.oncolearn.attempt.CourseState;
import org.oncolearn.attempt.LessonStatus;
import org.oncolearn.course.Lesson;

/** The list of lessons with each one's status; lessons the learner has reached can be opened from here. */
class LessonOutline extends Nav {

    /**
     * What decides the outline's elements: the lessons' labels and language, which lesson is current, which can be
     * opened, and whether the summary link shows.
     */
    private record Shape(
            String language, List<String> labels, List<String> current, List<String> openable, boolean summary) {}

    private final Shape shape;
    /** Each lesson's status line, in lesson order, so that an answer changes a text instead of the whole outline. */
    private final List<Span> details = new ArrayList<>();

    LessonOutline(
            CourseState state, Lesson current, Predicate<Lesson> reachable, Consumer<Lesson> open, Runnable summary) {
        this.shape = shape(state, current, reachable);
        addClassName("outline");
        getElement().setAttribute("aria-label", getTranslation("outline.title"));
        add(new H2(getTranslation("outline.title")));
        String language = state.course().language();
        OrderedList list = new OrderedList();
        for (LessonStatus status : state.lessons()) {
            Lesson lesson = status.lesson();
            ListItem item = new ListItem();
            Span label = new Span(label(lesson));
            label.getElement().setAttribute("lang", language);
            Span detail = new Span(detail(status));
            detail.addClassName("outline-status");
            details.add(detail);
            if (shape.current().contains(lesson.id())) {
                item.addClassName("current");
                item.getElement().setAttribute("aria-current", "step");
            }
            if (shape.openable().contains(lesson.id())) {
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
        if (shape.summary()) {
            NativeButton toSummary = new NativeButton(getTranslation("outline.summary"), e -> summary.run());
            toSummary.addClassName("outline-link");
            add(toSummary);
        }
    }

    /**
     * Brings the statuses up to date in place when the outline would otherwise be built with the same elements, as
     * after most answers: the browser then gets one changed text, and the server keeps the same state-tree nodes
     * instead of detaching and attaching a new outline on every step (a measurable share of a request's CPU under
     * load, BENCHMARKS.md). Returns false, changing nothing, when the outline has to be built anew.
     */
    boolean refresh(CourseState state, Lesson current, Predicate<Lesson> reachable) {
        if (!shape.equals(shape(state, current, reachable))) {
            return false;
        }
        for (int i = 0; i < details.size(); i++) {
            details.get(i).setText(detail(state.lessons().get(i)));
        }
        return true;
    }

    private static Shape shape(CourseState state, Lesson current, Predicate<Lesson> reachable) {
        List<String> labels = new ArrayList<>();
        List<String> currentIds = new ArrayList<>();
        List<String> openable = new ArrayList<>();
        for (LessonStatus status : state.lessons()) {
            Lesson lesson = status.lesson();
            labels.add(label(lesson));
            boolean isCurrent = lesson.equals(current) && !state.finished();
            if (isCurrent) {
                currentIds.add(lesson.id());
            }
            if (reachable.test(lesson) && !isCurrent) {
                openable.add(lesson.id());
            }
        }
        boolean allFinished = state.lessons().stream().allMatch(l -> l.phase() == LessonStatus.Phase.FINISHED);
        return new Shape(
                state.course().language(),
                List.copyOf(labels),
                List.copyOf(currentIds),
                List.copyOf(openable),
                allFinished && !state.finished());
    }

    private static String label(Lesson lesson) {
        return lesson.number() + ". " + lesson.title();
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
