package org.oncolearn.authoring;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.oncolearn.account.Roles;
import org.oncolearn.course.Course;
import org.oncolearn.course.Level;
import org.oncolearn.export.CourseExports;
import org.oncolearn.export.ScormStandard;
import org.oncolearn.ui.MainLayout;

/**
 * "Export for LMS": pick SCORM 1.2 or 2004, or a question bank (Moodle XML, GIFT, QTI 3.0), and download it for one
 * course; or download its patient self-check.
 */
@Route(value = "export", layout = MainLayout.class)
@RolesAllowed(Roles.EDUCATOR)
public class ExportView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final CourseExports exports;
    private String title;

    public ExportView(CourseExports exports) {
        this.exports = exports;
        addClassName("export-view");
        title = getTranslation("export.title");
    }

    @Override
    public void setParameter(BeforeEvent event, String courseId) {
        removeAll();
        exports.course(courseId).ifPresentOrElse(this::show, () -> showMissing(courseId));
    }

    private void show(Course course) {
        title = getTranslation("export.pageTitle", course.title());
        add(new H1(getTranslation("export.heading", course.title())));
        add(new PackageFacts(course));
        StandardPicker picker = new StandardPicker();
        PackageDownload download = new PackageDownload(course.id(), exports);
        picker.addChangeListener(event -> download.show(event.format()));
        download.show(ScormStandard.SCORM12);
        Anchor tryIt = new Anchor(TryPackageView.forCourse(course.id()), getTranslation("try.link"));
        tryIt.addClassName("try-link");
        add(picker, download, new Paragraph(tryIt), new LmsHelp());
        if (course.checkCount(Level.PATIENT) > 0) {
            add(new SelfCheckDownload(course, exports));
        }
    }

    private void showMissing(String courseId) {
        add(new H1(getTranslation("export.title")));
        add(new Paragraph(getTranslation("export.missing", courseId)));
        add(new Anchor("", getTranslation("export.back")));
    }

    @Override
    public String getPageTitle() {
        return title + " · OncoLearn";
    }
}
