package org.oncolearn.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.oncolearn.account.Roles;
import org.oncolearn.authoring.ChangePasswordView;
import org.oncolearn.authoring.EducatorsView;
import org.oncolearn.authoring.ImportView;
import org.oncolearn.draft.EditorService;
import org.oncolearn.export.CourseExports;
import org.oncolearn.ui.MainLayout;

/**
 * {@code /educator}: every course as a card with its state, its learners and its actions (edit, preview, export,
 * versions, results), and the educators' tools (import, educators, password) above them.
 */
@Route(value = "educator", layout = MainLayout.class)
@RolesAllowed(Roles.EDUCATOR)
public class EducatorDashboardView extends Div implements HasDynamicTitle {

    public EducatorDashboardView(
            CourseOverviews overviews,
            EditorService editor,
            CourseExports exports,
            AuthenticationContext authentication) {
        addClassName("educator-view");
        addClassName("dashboard");
        add(new H1(getTranslation("dashboard.title")));
        add(new Paragraph(getTranslation("dashboard.intro")));
        add(tools());

        H2 heading = new H2(getTranslation("dashboard.courses"));
        heading.setId("dashboard-courses");
        add(heading);
        List<CourseOverview> courses = overviews.all();
        if (courses.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.noCourses"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        Div cards = new Div();
        cards.addClassName("dashboard-cards");
        cards.getElement().setAttribute("role", "list");
        cards.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        for (CourseOverview course : courses) {
            CourseCard card = new CourseCard(course, editor, exports, authentication);
            card.getElement().setAttribute("role", "listitem");
            cards.add(card);
        }
        add(cards);
    }

    private Nav tools() {
        RouterLink importLink = new RouterLink(getTranslation("dashboard.import"), ImportView.class);
        importLink.addClassName("primary-link");
        RouterLink educators = new RouterLink(getTranslation("dashboard.educators"), EducatorsView.class);
        RouterLink password = new RouterLink(getTranslation("dashboard.password"), ChangePasswordView.class);
        Nav tools = new Nav(importLink, educators, password);
        tools.addClassName("dashboard-tools");
        tools.getElement().setAttribute("aria-label", getTranslation("dashboard.tools"));
        return tools;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · OncoLearn";
    }
}
