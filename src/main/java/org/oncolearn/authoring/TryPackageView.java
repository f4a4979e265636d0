package org.oncolearn.authoring;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.WildcardParameter;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.oncolearn.account.Roles;
import org.oncolearn.course.Course;
import org.oncolearn.draft.EditorService;
import org.oncolearn.export.CourseExports;
import org.oncolearn.export.ScormStandard;
import org.oncolearn.ui.MainLayout;

/**
 * "Try the package": the course's SCORM package running inside the app under a real SCORM runtime, beside what an
 * LMS would record. {@code /educator/try/<course>} tries the published course, {@code /educator/try/draft/<id>} a
 * draft of the editor. The pages in the frame come from {@link TryPackagePages}; nothing of a try is stored.
 */
@Route(value = "educator/try", layout = MainLayout.class)
@RolesAllowed(Roles.EDUCATOR)
public class TryPackageView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final String DRAFT = "draft/";

    private final CourseExports exports;
    private final EditorService editor;
    private String title;

    public TryPackageView(CourseExports exports, EditorService editor) {
        this.exports = exports;
        this.editor = editor;
        addClassName("try-view");
        title = getTranslation("try.title");
    }

    /** The address of the screen for a course of the catalog. */
    static String forCourse(String courseId) {
        return "educator/try/" + courseId;
    }

    /** The address of the screen for a draft. */
    static String forDraft(String draftId) {
        return "educator/try/" + DRAFT + draftId;
    }

    @Override
    public void setParameter(BeforeEvent event, @WildcardParameter String parameter) {
        removeAll();
        boolean draft = parameter.startsWith(DRAFT);
        String id = draft ? parameter.substring(DRAFT.length()) : parameter;
        Optional<Course> course = draft ? editor.draftForPreview(id) : exports.course(id);
        course.ifPresentOrElse(c -> show(c, draft ? "draft" : "course", id, draft), () -> showMissing(id));
    }

    private void show(Course course, String source, String id, boolean draft) {
        title = getTranslation("try.pageTitle", course.title());
        add(new H1(getTranslation("try.heading", course.title())));
        add(new Paragraph(getTranslation(draft ? "try.intro.draft" : "try.intro")));
        add(new Paragraph(getTranslation("try.stored")));
        RadioButtonGroup<ScormStandard> standard = new RadioButtonGroup<>(getTranslation("try.standard"));
        standard.setItems(ScormStandard.values());
        standard.setItemLabelGenerator(ScormStandard::label);
        standard.setValue(ScormStandard.SCORM12);
        standard.setRequired(true);
        IFrame frame = new IFrame(address(source, id, ScormStandard.SCORM12));
        frame.addClassName("try-frame");
        frame.setTitle(getTranslation("try.frame.title"));
        standard.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                frame.setSrc(address(source, id, e.getValue()));
            }
        });
        add(standard, frame);
        if (!draft) {
            add(new Anchor("export/" + id, getTranslation("try.back.export")));
        }
    }

    private String address(String source, String id, ScormStandard standard) {
        String language = "de".equals(getLocale().getLanguage()) ? "de" : "en";
        return TryPackagePages.BASE + "/" + source + "/" + id + "/" + standard.key() + "/host.html?lang=" + language;
    }

    private void showMissing(String id) {
        add(new H1(getTranslation("try.title")));
        add(new Paragraph(getTranslation("try.missing", id)));
        add(new Anchor("educator", getTranslation("try.back.home")));
    }

    /**
     * The page in the frame reports its height, so that the screen scrolls as one page instead of a page inside a
     * page; only messages from that frame, of this origin, are heeded.
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement()
                .executeJs("const view = this; window.addEventListener('message', e => {"
                        + " const frame = view.querySelector('iframe.try-frame');"
                        + " if (!frame || e.origin !== window.location.origin || e.source !== frame.contentWindow"
                        + " || !e.data || typeof e.data.tryPackageHeight !== 'number') { return; }"
                        + " frame.style.height = Math.ceil(e.data.tryPackageHeight) + 'px'; });");
    }

    @Override
    public String getPageTitle() {
        return title + " · OncoLearn";
    }
}
