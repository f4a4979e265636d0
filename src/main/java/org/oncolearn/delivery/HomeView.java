package org.oncolearn.delivery;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.oncolearn.account.Roles;
import org.oncolearn.attempt.Learner;
import org.oncolearn.attempt.LearningService;
import org.oncolearn.attempt.ReviewService;
import org.oncolearn.ui.MainLayout;

/** The start page: who is learning, and the courses with each one's progress. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

    private final LearningService learning;
    private final CurrentLearner currentLearner;
    private final ReviewService reviews;
    private final boolean educator;
    private final Div body = new Div();

    public HomeView(
            LearningService learning,
            ReviewService reviews,
            CurrentLearner currentLearner,
            AuthenticationContext authentication) {
        this.learning = learning;
        this.reviews = reviews;
        this.currentLearner = currentLearner;
        this.educator = authentication.hasRole(Roles.EDUCATOR);
        addClassName("home-view");
        add(new H1(getTranslation("home.title")));
        add(new Paragraph(getTranslation("home.intro")));
        add(patientEntry());
        add(body);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.pageTitle");
    }

    private void render() {
        body.removeAll();
        Optional<Learner> learner = currentLearner.get();
        if (learner.isEmpty()) {
            WelcomePanel welcome = new WelcomePanel();
            welcome.addStartListener(event -> {
                try {
                    currentLearner.start(event.displayName());
                    render();
                } catch (IllegalArgumentException e) {
                    // The only name the service refuses is one that is too long.
                    welcome.showNameProblem(getTranslation("welcome.nameTooLong", Learner.MAX_NAME_LENGTH));
                }
            });
            body.add(welcome);
            return;
        }
        body.add(greeting(learner.get()));
        Div cards = new Div();
        cards.addClassName("course-cards");
        learning.courses().forEach(course -> {
            CourseCard card = new CourseCard(
                    course,
                    learning.state(learner.get().id(), course.id()),
                    reviews.dueCount(learner.get().id(), course.id()),
                    educator);
            card.addOpenListener(event -> getUI().ifPresent(ui -> ui.navigate(CourseView.class, course.id())));
            card.addReviewListener(event -> getUI().ifPresent(ui -> ui.navigate(ReviewView.class, course.id())));
            cards.add(card);
        });
        if (learning.courses().isEmpty()) {
            cards.add(new Paragraph(getTranslation("home.noCourse")));
        }
        body.add(cards);
    }

    private Div greeting(Learner learner) {
        Paragraph who = new Paragraph(learner.displayName()
                .map(name -> getTranslation("home.learningAs", name))
                .orElseGet(() -> getTranslation("home.learningAnonymously")));
        Button switchLearner = new Button(getTranslation("home.switchLearner"), e -> {
            currentLearner.forget();
            render();
        });
        switchLearner.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div greeting = new Div(who, switchLearner);
        greeting.addClassName("greeting");
        return greeting;
    }

    /** Patients reach the self-check without giving a name: it stores nothing. */
    private Div patientEntry() {
        Div entry = new Div();
        entry.addClassName("patient-entry");
        entry.add(new H2(getTranslation("patient.entry.title")));
        entry.add(new Paragraph(getTranslation("patient.entry.text")));
        // A plain link: the self-check is a static page, not a view of this app.
        entry.add(new Anchor("/self-check", getTranslation("patient.entry.link")));
        return entry;
    }
}
