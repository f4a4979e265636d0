package org.oncolearn.authoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.oncolearn.account.Roles;
import org.oncolearn.draft.DraftCourse;
import org.oncolearn.draft.DraftService;
import org.oncolearn.draft.EditorService;
import org.oncolearn.export.CourseExports;
import org.oncolearn.ui.MainLayout;

/** The educator's start page: import a document, open a draft, export a published course, manage educators. */
@Route(value = "educator", layout = MainLayout.class)
@PageTitle("Educator area · OncoLearn")
@RolesAllowed(Roles.EDUCATOR)
public class EducatorHomeView extends Div {

    public EducatorHomeView(
            DraftService drafts, CourseExports exports, EditorService editor, AuthenticationContext authentication) {
        addClassName("educator-view");
        add(new H1("Educator area"));
        add(new UnorderedList(
                new ListItem(new RouterLink("Import a document", ImportView.class)),
                new ListItem(new RouterLink("Educators", EducatorsView.class)),
                new ListItem(new RouterLink("Change your password", ChangePasswordView.class))));

        add(new H2("Draft courses"));
        if (drafts.drafts().isEmpty()) {
            add(new Paragraph("No drafts yet. Import a patient leaflet or lecture notes to start one."));
        } else {
            UnorderedList list = new UnorderedList();
            for (DraftCourse draft : drafts.drafts()) {
                list.add(new ListItem(
                        new RouterLink(
                                draft.title(),
                                CourseEditorView.class,
                                draft.id().toString()),
                        new Paragraph(status(draft) + " · from " + draft.sourceFile())));
            }
            add(list);
        }

        add(new H2("Published courses"));
        UnorderedList courses = new UnorderedList();
        exports.courses()
                .forEach(course -> courses.add(new ListItem(
                        new RouterLink("Export " + course.title() + " for LMS", ExportView.class, course.id()),
                        // By address: the results screen reads learners' progress, which this package must not know.
                        new Anchor("educator/results/" + course.id(), "Results of " + course.title()),
                        new Button("Edit " + course.title(), e -> {
                            UUID draft = editor.edit(
                                    course.id(),
                                    authentication.getPrincipalName().orElseThrow());
                            e.getSource()
                                    .getUI()
                                    .ifPresent(ui -> ui.navigate(CourseEditorView.class, draft.toString()));
                        }))));
        add(courses);
    }

    private static String status(DraftCourse draft) {
        return draft.status() == DraftCourse.Status.PUBLISHED ? "published" : "draft";
    }
}
