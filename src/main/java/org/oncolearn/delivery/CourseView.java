package org.oncolearn.delivery;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import java.util.function.Supplier;
import org.oncolearn.attempt.AnswerOutcome;
import org.oncolearn.attempt.CourseState;
import org.oncolearn.attempt.Learner;
import org.oncolearn.attempt.LearnerId;
import org.oncolearn.attempt.LearningService;
import org.oncolearn.attempt.StaleStepException;
import org.oncolearn.attempt.Step;
import org.oncolearn.attempt.UnknownCourseException;
import org.oncolearn.course.Lesson;
import org.oncolearn.ui.MainLayout;

/**
 * A course as the learner works through it. The view holds no progress of its own: it shows the step that the
 * stored progress says is next, so a reload, a new tab or a server restart resumes in the same place.
 */
@Route(value = "course", layout = MainLayout.class)
@AnonymousAllowed
public class CourseView extends Div implements HasUrlParameter<String>, HasDynamicTitle, BeforeLeaveObserver {

    private final LearningService service;
    private final CurrentLearner currentLearner;
    /** The service the course runs on: the real one, or a preview's that records nothing. */
    private LearningService learning;

    private final H1 title = new H1();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div outline = new Div();
    private final Div stage = new Div();
    private String courseId;
    private LearnerId learner;
    private String pageTitle;
    /** Set while the learner re-reads a finished lesson, which is a view of its own and not a stored step. */
    private String reviewingLessonId;

    public CourseView(LearningService learning, CurrentLearner currentLearner) {
        this.service = learning;
        this.learning = learning;
        this.currentLearner = currentLearner;
        addClassName("course-view");
        pageTitle = getTranslation("course.pageTitle");
        progress.setId("course-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("course.progress"));
        progressText.addClassName("progress-text");
        Div progressBox = new Div(progress, progressText);
        progressBox.addClassName("progress");
        outline.addClassName("outline-box");
        stage.addClassName("stage");
        Div columns = new Div(outline, stage);
        columns.addClassName("course-columns");
        add(title, progressBox, columns);
    }

    LearningService service() {
        return service;
    }

    /**
     * Feedback on screen that the learner has not yet moved on from. The stored step has already moved to the next
     * check, so a reload would skip the feedback; the browser session keeps it until the learner goes on.
     */
    private record PendingFeedback(LearningService on, Step.Answering step, AnswerOutcome outcome) {}

    /** Going elsewhere in the app ends the feedback; only opening this course page again shows it again. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (event.getNavigationTarget() != CourseView.class) {
            forgetFeedback();
        }
    }

    private String pendingKey() {
        return "oncolearn.pending-feedback." + courseId;
    }

    private Optional<PendingFeedback> pendingFeedback() {
        Object pending = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getAttribute(pendingKey());
        return pending instanceof PendingFeedback p && p.on() == learning ? Optional.of(p) : Optional.empty();
    }

    private void rememberFeedback(PendingFeedback pending) {
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().setAttribute(pendingKey(), pending);
        }
    }

    private void forgetFeedback() {
        if (VaadinSession.getCurrent() != null && courseId != null) {
            VaadinSession.getCurrent().setAttribute(pendingKey(), null);
        }
    }

    @Override
    public void setParameter(BeforeEvent event, String courseId) {
        Optional<Learner> current = currentLearner.get();
        if (current.isEmpty()) {
            event.forwardTo(HomeView.class);
            return;
        }
        run(service, current.get().id(), courseId);
    }

    /** Shows a course on a given service for a given learner; the preview runs the same views this way. */
    void run(LearningService on, LearnerId learnerId, String course) {
        this.learning = on;
        this.courseId = course;
        this.learner = learnerId;
        try {
            show(learning.state(learner, courseId), false);
        } catch (UnknownCourseException e) {
            title.setText(getTranslation("course.notFound"));
            title.getElement().removeAttribute("lang");
            stage.removeAll();
            stage.getElement().removeAttribute("lang");
            stage.add(new Span(getTranslation("course.notFound.text", courseId)));
            outline.removeAll();
            progress.setVisible(false);
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private void show(CourseState state, boolean moveFocus) {
        String language = state.course().language();
        title.setText(state.course().title());
        // Course content keeps the language it is written in, whatever the interface language.
        title.getElement().setAttribute("lang", language);
        stage.getElement().setAttribute("lang", language);
        pageTitle = getTranslation("course.pageTitle.named", state.course().title());
        updateProgress(state);
        updateOutline(
                state, pendingFeedback().map(p -> p.step().lesson()).orElseGet(() -> currentLesson(state.step())));
        StepComponent step = stepComponent(state);
        stage.removeAll();
        stage.add(step);
        if (moveFocus) {
            step.getChildren()
                    .filter(c -> c.getElement().getClassList().contains("step-heading"))
                    .findFirst()
                    .ifPresent(Headings::focus);
        }
    }

    /**
     * The outline of lessons with their status; redrawn after every answer too, so "2 of 6 answered" keeps up. While
     * feedback shows, the current lesson stays the one being answered even if the stored step has moved on.
     */
    private void updateOutline(CourseState state, Lesson current) {
        if (outline.getComponentCount() == 1
                && outline.getComponentAt(0) instanceof LessonOutline shown
                && shown.refresh(state, current, state::canOpen)) {
            return;
        }
        outline.removeAll();
        outline.add(new LessonOutline(
                state,
                current,
                state::canOpen,
                lesson -> {
                    reviewingLessonId = null;
                    forgetFeedback();
                    act(() -> learning.openLesson(learner, courseId, lesson.id()));
                },
                () -> {
                    forgetFeedback();
                    act(() -> learning.showSummary(learner, courseId));
                }));
    }

    private void updateProgress(CourseState state) {
        progress.setValue(state.progress());
        int percent = (int) Math.round(state.progress() * 100);
        Lesson lesson = currentLesson(state.step());
        progressText.setText(
                state.finished()
                        ? getTranslation("course.finished")
                        : getTranslation(
                                "course.done",
                                percent,
                                lesson.number(),
                                state.course().lessons().size()));
        progress.getElement().setAttribute("aria-valuetext", progressText.getText());
    }

    private static Lesson currentLesson(Step step) {
        return switch (step) {
            case Step.Reading r -> r.lesson();
            case Step.Answering a -> a.lesson();
            case Step.LessonFinished f -> f.lesson();
            case Step.CourseFinished c -> c.lessons().getLast().lesson();
        };
    }

    private StepComponent stepComponent(CourseState state) {
        String language = state.course().language();
        Optional<PendingFeedback> pending = pendingFeedback();
        if (pending.isPresent()) {
            CheckCard card = checkCard(pending.get().step(), language);
            card.showFeedback(pending.get().outcome());
            card.addStepActionListener(this::onAction);
            return card;
        }
        StepComponent component = switch (state.step()) {
            case Step.Reading r -> new LessonReader(r.lesson(), r.checkCount(), false, language);
            case Step.Answering a -> checkCard(a, language);
            case Step.LessonFinished f
            when reviewing(f.lesson()) ->
                new LessonReader(f.lesson(), f.result().total(), true, language);
            case Step.LessonFinished f -> new LessonResultPanel(f.lesson(), f.result(), f.next(), language);
            case Step.CourseFinished c -> new CourseSummaryPanel(c.lessons(), c.allMastered(), state.calibration());
        };
        component.addStepActionListener(this::onAction);
        return component;
    }

    private boolean reviewing(Lesson lesson) {
        return lesson.id().equals(reviewingLessonId);
    }

    private CheckCard checkCard(Step.Answering answering, String language) {
        CheckCard card = CheckCard.inRound(
                answering.lesson(),
                answering.check(),
                answering.options(),
                answering.position(),
                answering.count(),
                answering.round(),
                answering.askConfidence(),
                language);
        card.addAnswerListener(event -> {
            try {
                AnswerOutcome outcome = learning.answer(
                        learner, courseId, answering.check().id(), event.optionIds(), event.confidence());
                card.showFeedback(outcome);
                rememberFeedback(new PendingFeedback(learning, answering, outcome));
                CourseState after = learning.state(learner, courseId);
                updateProgress(after);
                updateOutline(after, answering.lesson());
            } catch (StaleStepException e) {
                notify(getTranslation("course.stale"));
                show(learning.state(learner, courseId), true);
            } catch (IllegalArgumentException e) {
                // The answer button stays disabled until an option is chosen, so this is an empty selection.
                notify(getTranslation("check.invalid"));
                card.allowResubmit();
            }
        });
        return card;
    }

    private void onAction(StepAction action) {
        String lessonId = action.lessonId();
        reviewingLessonId = null;
        forgetFeedback();
        switch (action.kind()) {
            case START_CHECKS -> act(() -> learning.startChecks(learner, courseId, lessonId));
            case NEXT, BACK_TO_RESULT -> act(() -> learning.state(learner, courseId));
            case RETRY_MISSED -> act(() -> learning.retryMissed(learner, courseId, lessonId));
            case CONTINUE -> act(() -> learning.continueAfter(learner, courseId, lessonId));
            case OPEN_LESSON -> act(() -> learning.openLesson(learner, courseId, lessonId));
            case REVIEW_LESSON -> {
                reviewingLessonId = lessonId;
                act(() -> learning.state(learner, courseId));
            }
        }
    }

    private void act(Supplier<CourseState> change) {
        CourseState state;
        try {
            state = change.get();
        } catch (StaleStepException e) {
            // The service explains in English; the learner needs only to know the page caught up.
            notify(getTranslation("course.stale"));
            state = learning.state(learner, courseId);
        }
        show(state, true);
        getUI().ifPresent(ui -> ui.getPage().executeJs("window.scrollTo(0, 0)"));
    }

    private static void notify(String message) {
        Notification notification = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }
}
