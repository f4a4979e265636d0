package org.oncolearn.delivery;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import org.oncolearn.attempt.CourseState;
import org.oncolearn.attempt.LessonStatus;
import org.oncolearn.authoring.ExportView;
import org.oncolearn.course.Course;

/** A course in the catalog, with the learner's progress in it and the button to start or continue. */
class CourseCard extends Article {

    /** The learner wants to open the course. */
    static class OpenEvent extends ComponentEvent<CourseCard> {
        OpenEvent(CourseCard source) {
            super(source, true);
        }
    }

    CourseCard(Course course, CourseState state, boolean educator) {
        addClassName("course-card");
        add(new H2(course.title()));
        add(new Paragraph(course.summary()));
        int checks = state.lessons().stream().mapToInt(LessonStatus::total).sum();
        Paragraph facts = new Paragraph(course.lessons().size() + " lessons · " + checks + " checks · mastery "
                + course.masteryPercent() + " % per lesson");
        facts.addClassName("course-facts");
        add(facts);

        ProgressBar bar = new ProgressBar();
        bar.setValue(state.progress());
        String status = status(state);
        bar.getElement().setAttribute("aria-label", "Progress in " + course.title());
        bar.getElement().setAttribute("aria-valuetext", status);
        Paragraph statusText = new Paragraph(status);
        statusText.addClassName("progress-text");
        add(bar, statusText);

        String action = state.finished() ? "Review " : state.started() ? "Continue " : "Start ";
        Button open = new Button(action + "course", e -> fireEvent(new OpenEvent(this)));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.getElement().setAttribute("aria-label", action + "the course " + course.title());
        Div actions = new Div(open);
        if (educator) {
            RouterLink export = new RouterLink("Export for LMS", ExportView.class, course.id());
            export.addClassName("export-link");
            export.getElement().setAttribute("aria-label", "Export " + course.title() + " for an LMS");
            actions.add(export);
        }
        actions.addClassName("card-actions");
        add(actions);
    }

    private static String status(CourseState state) {
        if (state.finished()) {
            long mastered =
                    state.lessons().stream().filter(LessonStatus::mastered).count();
            return "Finished: " + mastered + " of " + state.lessons().size() + " lessons mastered";
        }
        if (!state.started()) {
            return "Not started";
        }
        return Math.round(state.progress() * 100) + " % done";
    }

    Registration addOpenListener(ComponentEventListener<OpenEvent> listener) {
        return addListener(OpenEvent.class, listener);
    }
}
