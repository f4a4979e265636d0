package org.oncolearn.delivery;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.oncolearn.attempt.LearnerId;
import org.oncolearn.attempt.ReviewService;
import org.oncolearn.attempt.StaleStepException;
import org.oncolearn.attempt.UnknownCourseException;
import org.oncolearn.ui.MainLayout;

/**
 * Spaced review of a course: the checks due now, one at a time, each a sibling of the check answered last for its
 * objective, with feedback and when it comes back. Like the course view, it shows what the stored schedule says.
 */
@Route(value = "review", layout = MainLayout.class)
@AnonymousAllowed
public class ReviewView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final ReviewService reviews;
    private final CurrentLearner currentLearner;
    private final Clock clock;
    private final H1 title = new H1();
    private final Paragraph status = new Paragraph();
    private final Div stage = new Div();
    private String courseId;
    private LearnerId learner;
    private int answeredHere;
    private String pageTitle;

    public ReviewView(ReviewService reviews, CurrentLearner currentLearner, Clock clock) {
        this.reviews = reviews;
        this.currentLearner = currentLearner;
        this.clock = clock;
        addClassName("review-view");
        pageTitle = getTranslation("review.pageTitle");
        status.addClassName("review-status");
        stage.addClassName("stage");
        Paragraph how = new Paragraph(getTranslation("review.how"));
        how.addClassName("review-how");
        add(title, how, status, stage);
    }

    @Override
    public void setParameter(BeforeEvent event, String courseId) {
        Optional<org.oncolearn.attempt.Learner> current = currentLearner.get();
        if (current.isEmpty()) {
            event.forwardTo(HomeView.class);
            return;
        }
        this.courseId = courseId;
        this.learner = current.get().id();
        try {
            show(false);
        } catch (UnknownCourseException e) {
            title.setText(getTranslation("course.notFound"));
            status.setText(getTranslation("course.notFound.text", courseId));
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private void show(boolean moveFocus) {
        ReviewService.ReviewState state = reviews.state(learner, courseId);
        title.setText(getTranslation("review.title", state.course().title()));
        pageTitle = getTranslation("review.pageTitle.named", state.course().title());
        stage.removeAll();
        stage.getElement().setAttribute("lang", state.course().language());
        if (state.next().isPresent()) {
            status.setText(getTranslation("review.due", state.due()));
            ReviewService.ReviewCheck next = state.next().get();
            CheckCard card = new CheckCard(
                    next.lesson(),
                    next.check(),
                    next.options(),
                    getTranslation("review.heading", answeredHere + 1, answeredHere + state.due()),
                    getTranslation(state.due() > 1 ? "review.next" : "review.finish"),
                    next.askConfidence(),
                    state.course().language());
            card.addAnswerListener(event -> answer(card, next, event));
            card.addStepActionListener(action -> show(true));
            stage.add(card);
            if (moveFocus) {
                card.getChildren()
                        .filter(c -> c.getElement().getClassList().contains("step-heading"))
                        .findFirst()
                        .ifPresent(Headings::focus);
            }
        } else {
            stage.add(done(state));
        }
    }

    private void answer(CheckCard card, ReviewService.ReviewCheck shown, CheckCard.AnswerSubmitted event) {
        try {
            ReviewService.ReviewOutcome outcome =
                    reviews.answer(learner, courseId, shown.check().id(), event.optionIds(), event.confidence());
            answeredHere++;
            card.showFeedback(outcome.outcome());
            Paragraph back = new Paragraph(comesBack(outcome.dueAgain()));
            back.addClassName("review-comes-back");
            card.addComponentAtIndex(card.getComponentCount() - 1, back);
            status.setText(getTranslation("review.dueAfter", reviews.dueCount(learner, courseId)));
        } catch (StaleStepException e) {
            notify(getTranslation("course.stale"));
            show(true);
        } catch (IllegalArgumentException e) {
            notify(getTranslation("check.invalid"));
            card.allowResubmit();
        }
    }

    private String comesBack(Instant due) {
        return getTranslation("review.comesBack", daysUntil(due));
    }

    /** Whole days from now, at least one: due times are whole days ahead, give or take a request's seconds. */
    private long daysUntil(Instant due) {
        return Math.max(1, Math.round(Duration.between(clock.instant(), due).toMinutes() / 1440.0));
    }

    private Div done(ReviewService.ReviewState state) {
        Div done = new Div();
        done.addClassName("review-done");
        H2 heading = new H2(getTranslation(answeredHere > 0 ? "review.doneHeading" : "review.nothingHeading"));
        Headings.focusable(heading);
        done.add(heading);
        if (answeredHere > 0) {
            done.add(new Paragraph(getTranslation("review.doneText", answeredHere)));
        }
        if (state.scheduled() == 0) {
            done.add(new Paragraph(getTranslation("review.noneScheduled")));
        } else {
            state.nextDue().ifPresent(due -> done.add(new Paragraph(getTranslation("review.nextDue", daysUntil(due)))));
        }
        RouterLink course = new RouterLink(getTranslation("review.toCourse"), CourseView.class, courseId);
        RouterLink home = new RouterLink(getTranslation("review.toHome"), HomeView.class);
        Div links = new Div(course, home);
        links.addClassName("actions");
        done.add(links);
        status.setText("");
        return done;
    }

    private static void notify(String message) {
        Notification notification = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }
}
