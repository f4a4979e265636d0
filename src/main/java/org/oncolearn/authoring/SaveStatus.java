package org.oncolearn.authoring;

import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.oncolearn.draft.EditorState;
import org.oncolearn.ui.ViewerZone;

/**
 * The editor's sticky status line: which version learners get and which one the edits make, when the draft was last
 * saved, and how much is left to fix. Announced to screen readers when it changes.
 */
class SaveStatus extends Paragraph {

    SaveStatus() {
        addClassName("save-status");
        getElement().setAttribute("role", "status");
    }

    /**
     * @param live the version learners get: a published one, 0 for the course in the {@code quizzes/} folder, or empty
     * @param next the version publishing this draft makes
     */
    void show(EditorState state, Optional<Integer> live, int next) {
        String version = live.map(v -> v == 0
                        ? getTranslation("editor.status.folder", next)
                        : getTranslation("editor.status.published", v, next))
                .orElseGet(() -> getTranslation("editor.status.unpublished", next));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ViewerZone.current());
        long errors = state.errorCount();
        setText(String.join(
                " · ",
                version,
                getTranslation("editor.status.saved", time.format(state.savedAt())),
                getTranslation("editor.status.problems", state.problems().size()),
                getTranslation("editor.status.lint", errors, state.findings().size() - errors),
                getTranslation("editor.status.flags", state.flags().size())));
    }
}
