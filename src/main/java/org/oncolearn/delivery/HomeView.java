package org.oncolearn.delivery;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.oncolearn.account.Roles;
import org.oncolearn.attempt.Learner;
import org.oncolearn.attempt.LearningService;
import org.oncolearn.ui.MainLayout;

/** The start page: who is learning, and the courses with each one's progress. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Courses · OncoLearn")
@AnonymousAllowed
public class HomeView extends Div {

    private final LearningService learning;
    private final CurrentLearner currentLearner;
    private final boolean educator;
    private final Div body = new Div();

    public HomeView(LearningService learning, CurrentLearner currentLearner, AuthenticationContext authentication) {
        this.learning = learning;
        this.currentLearner = currentLearner;
        this.educator = authentication.hasRole(Roles.EDUCATOR);
        addClassName("home-view");
        add(new H1("Learn about cancer immunotherapies and targeted therapies"));
        add(new Paragraph("Short lessons, each followed by checks that explain every answer. For nursing students,"
                + " and for anyone who wants to understand these treatments."));
        add(body);
        render();
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
                    welcome.showNameProblem(e.getMessage());
                }
            });
            body.add(welcome);
            return;
        }
        body.add(greeting(learner.get()));
        Div cards = new Div();
        cards.addClassName("course-cards");
        learning.courses().forEach(course -> {
            CourseCard card =
                    new CourseCard(course, learning.state(learner.get().id(), course.id()), educator);
            card.addOpenListener(event -> getUI().ifPresent(ui -> ui.navigate(CourseView.class, course.id())));
            cards.add(card);
        });
        if (learning.courses().isEmpty()) {
            cards.add(new Paragraph("No course is available yet. An educator can add one to the quizzes folder."));
        }
        body.add(cards);
    }

    private Div greeting(Learner learner) {
        Paragraph who = new Paragraph(learner.displayName()
                .map(name -> "Learning as " + name + ". Your progress is saved on this device.")
                .orElse("Learning anonymously. Your progress is saved on this device."));
        Button switchLearner = new Button("Start as someone else", e -> {
            currentLearner.forget();
            render();
        });
        switchLearner.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div greeting = new Div(who, switchLearner);
        greeting.addClassName("greeting");
        return greeting;
    }
}
