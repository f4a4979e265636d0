package org.oncolearn.delivery;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.oncolearn.account.Roles;
import org.oncolearn.attempt.Learner;
import org.oncolearn.attempt.LearningService;
import org.oncolearn.ui.MainLayout;

/**
 * "Preview as learner": the learner's course views on a draft, with progress kept in memory so nothing is recorded.
 * A reload starts the preview afresh.
 */
@Route(value = "educator/preview", layout = MainLayout.class)
@RolesAllowed(Roles.EDUCATOR)
public class PreviewView extends CourseView {

    public PreviewView(LearningService learning, CurrentLearner currentLearner) {
        super(learning, currentLearner);
        addClassName("preview");
    }

    @Override
    public void setParameter(BeforeEvent event, String draftId) {
        Optional<LearningService> preview = service().preview(draftId);
        Paragraph banner = new Paragraph();
        banner.addClassName("preview-banner");
        banner.getElement().setAttribute("role", "note");
        // The dashboard previews a published course by its id; drafts have UUIDs and come from their editor.
        boolean ofDraft = isDraftId(draftId);
        Anchor back = ofDraft
                ? new Anchor("educator/drafts/" + draftId, getTranslation("preview.back"))
                : new Anchor("educator", getTranslation("preview.backToDashboard"));
        if (preview.isEmpty()) {
            removeAll();
            banner.setText(getTranslation("preview.unavailable"));
            add(banner, back);
            return;
        }
        LearningService learning = preview.get();
        Learner learner = learning.register("");
        run(learning, learner.id(), learning.courses().getFirst().id());
        banner.setText(getTranslation(ofDraft ? "preview.banner" : "preview.banner.published"));
        addComponentAsFirst(new com.vaadin.flow.component.html.Div(banner, back));
    }

    private static boolean isDraftId(String id) {
        try {
            java.util.UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }
}
