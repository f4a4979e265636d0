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

    /** The learner wants to review the checks due. */
    static class ReviewEvent extends ComponentEvent<CourseCard> {
        ReviewEvent(CourseCard source) {
            super(source, true);
        }
    }

    /**
     * @param reviewDue how many checks of this course are due for spaced review now
     */
    CourseCard(Course course, CourseState state, int reviewDue, boolean educator) {
        addClassName("course-card");
        H2 title = new H2(course.title());
        Paragraph summary = new Paragraph(course.summary());
        title.getElement().setAttribute("lang", course.language());
        summary.getElement().setAttribute("lang", course.language());
        add(title, summary);
        int checks = state.lessons().stream().mapToInt(LessonStatus::total).sum();
        Paragraph facts =
                new Paragraph(getTranslation("card.facts", course.lessons().size(), checks, course.masteryPercent()));
        facts.addClassName("course-facts");
        add(facts);

        ProgressBar bar = new ProgressBar();
        bar.setValue(state.progress());
        String status = status(state);
        bar.getElement().setAttribute("aria-label", getTranslation("card.progress", course.title()));
        bar.getElement().setAttribute("aria-valuetext", status);
        Paragraph statusText = new Paragraph(status);
        statusText.addClassName("progress-text");
        add(bar, statusText);
        Button review = null;
        if (reviewDue > 0) {
            Paragraph due = new Paragraph(getTranslation("card.reviewDue", reviewDue));
            due.addClassName("review-due");
            add(due);
            review = new Button(getTranslation("card.reviewNow"), e -> fireEvent(new ReviewEvent(this)));
            review.getElement()
                    .setAttribute("aria-label", getTranslation("card.reviewNow.label", reviewDue, course.title()));
        }

        String action = state.finished() ? "card.review" : state.started() ? "card.continue" : "card.start";
        Button open = new Button(getTranslation(action), e -> fireEvent(new OpenEvent(this)));
        open.getElement().setAttribute("aria-label", getTranslation(action + ".label", course.title()));
        Div actions = new Div();
        // Once the course is finished, what is left to do is the review that is due, so it comes first and stands out;
        // while the course goes on, going on stays the main action and a due review comes second.
        if (review != null && state.finished()) {
            review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(review, open);
        } else {
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(open);
            if (review != null) {
                actions.add(review);
            }
        }
        if (educator) {
            RouterLink export = new RouterLink(getTranslation("card.export"), ExportView.class, course.id());
            export.addClassName("export-link");
            export.getElement().setAttribute("aria-label", getTranslation("card.export.label", course.title()));
            actions.add(export);
        }
        actions.addClassName("card-actions");
        add(actions);
    }

    private String status(CourseState state) {
        if (state.finished()) {
            long mastered =
                    state.lessons().stream().filter(LessonStatus::mastered).count();
            return getTranslation("card.finished", mastered, state.lessons().size());
        }
        if (!state.started()) {
            return getTranslation("card.notStarted");
        }
        return getTranslation("card.done", Math.round(state.progress() * 100));
    }

    Registration addOpenListener(ComponentEventListener<OpenEvent> listener) {
        return addListener(OpenEvent.class, listener);
    }

    Registration addReviewListener(ComponentEventListener<ReviewEvent> listener) {
        return addListener(ReviewEvent.class, listener);
    }
}
