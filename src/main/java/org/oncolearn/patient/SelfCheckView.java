package org.oncolearn.patient;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.List;
import org.oncolearn.patient.SelfCheck.Question;
import org.oncolearn.ui.MainLayout;

/**
 * The patient self-check: a stable address that care teams can print on a leaflet. No account, no name, nothing
 * stored; the run lives in this page only.
 */
@Route(value = "self-check", layout = MainLayout.class)
@AnonymousAllowed
public class SelfCheckView extends Div implements HasDynamicTitle {

    private final SelfCheckCourses courses;
    private final Clock clock;
    private final Div stage = new Div();
    private SelfCheck run;

    public SelfCheckView(SelfCheckCourses courses, Clock clock) {
        this.courses = courses;
        this.clock = clock;
        addClassName("patient-view");
        add(new HelpBar(), stage);
        showStart();
    }

    private void showStart() {
        var course = courses.course();
        if (course.isEmpty()) {
            show(new Div(
                    new H1(getTranslation("patient.start.title")),
                    new Paragraph(getTranslation("patient.start.none"))));
            return;
        }
        run = new SelfCheck(course.get());
        StartPanel start = new StartPanel(run);
        ComponentUtil.addListener(
                start,
                StartPanel.StartEvent.class,
                e -> showTopic(run.questions().getFirst()));
        show(start);
    }

    private void showTopic(Question first) {
        TopicPanel topic = new TopicPanel(first, run.topicCount(), run.course().language());
        ComponentUtil.addListener(topic, TopicPanel.ContinueEvent.class, e -> showQuestion(first));
        show(topic);
    }

    private void showQuestion(Question question) {
        QuestionPanel panel = new QuestionPanel(run, question);
        ComponentUtil.addListener(panel, QuestionPanel.NextEvent.class, e -> next(question));
        show(panel);
    }

    private void next(Question done) {
        List<Question> questions = run.questions();
        if (done.number() == questions.size()) {
            showSummary();
            return;
        }
        Question following = questions.get(done.number());
        if (following.topicNumber() != done.topicNumber()) {
            showTopic(following);
        } else {
            showQuestion(following);
        }
    }

    private void showSummary() {
        SummaryPanel summary = new SummaryPanel(run, clock);
        ComponentUtil.addListener(summary, SummaryPanel.AgainEvent.class, e -> showStart());
        show(summary);
    }

    private void show(Component screen) {
        stage.removeAll();
        stage.add(screen);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("patient.start.title") + " · OncoLearn";
    }
}
