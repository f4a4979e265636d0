package org.oncolearn.authoring;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.oncolearn.draft.EditorState;
import org.oncolearn.lint.Finding;
import org.oncolearn.lint.LintRule;
import org.oncolearn.lint.Severity;

/** What still stands in the way of publishing the next version, the publish button, and the draft's exports. */
class PublishSection extends Div {

    /** The educator asked to publish, with a reason when fact-check flags are open. */
    static class PublishRequested extends ComponentEvent<PublishSection> {
        private final Optional<String> overrideReason;

        PublishRequested(PublishSection source, Optional<String> overrideReason) {
            super(source, true);
            this.overrideReason = overrideReason;
        }

        Optional<String> overrideReason() {
            return overrideReason;
        }
    }

    private final Paragraph outcome = new Paragraph();

    PublishSection() {
        addClassName("publish-section");
        outcome.getElement().setAttribute("role", "status");
    }

    /** @param exports the draft's export links, shown while the draft loads as a course */
    void show(EditorState state, int next, Optional<ExportLinks> exports) {
        removeAll();
        add(new H2(getTranslation("editor.publish.heading")));
        if (!state.canPublish()) {
            add(new Paragraph(getTranslation("editor.publish.before", next)));
            UnorderedList blockers = new UnorderedList();
            blockers(state).forEach(b -> blockers.add(new ListItem(b)));
            add(blockers);
        }
        Checkbox override = new Checkbox(
                getTranslation("editor.publish.override", state.flags().size()));
        TextArea reason = new TextArea(getTranslation("editor.publish.reason"));
        reason.setWidthFull();
        reason.setVisible(false);
        override.addValueChangeListener(e -> reason.setVisible(e.getValue()));
        Button publish = new Button(
                getTranslation("editor.publish.button", next),
                e -> fireEvent(new PublishRequested(
                        this, override.getValue() ? Optional.of(reason.getValue()) : Optional.empty())));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setEnabled(state.canPublish());
        if (!state.flags().isEmpty()) {
            add(override, reason);
        }
        outcome.setText("");
        add(publish, outcome);
        exports.ifPresent(links -> add(
                new Paragraph(getTranslation("editor.publish.exports", next)),
                links,
                new Paragraph(new Anchor(
                        TryPackageView.forDraft(state.draftId().toString()), getTranslation("try.link.draft")))));
    }

    void said(String text) {
        outcome.setText(text);
    }

    /** The same blockers the service enforces, in the educator's words. */
    private List<String> blockers(EditorState state) {
        List<String> blockers = new ArrayList<>();
        if (!state.problems().isEmpty()) {
            blockers.add(
                    getTranslation("editor.blocker.problems", state.problems().size()));
        }
        count(state, f -> f.severity() == Severity.ERROR && f.rule() != LintRule.REVIEW_LAPSED)
                .ifPresent(n -> blockers.add(getTranslation("editor.blocker.errors", n)));
        count(state, f -> f.rule() == LintRule.DRAFTED)
                .ifPresent(n -> blockers.add(getTranslation("editor.blocker.drafted", n)));
        count(state, f -> f.rule() == LintRule.NOT_REVIEWED)
                .ifPresent(n -> blockers.add(getTranslation("editor.blocker.unreviewed", n)));
        count(state, f -> f.rule() == LintRule.REVIEW_LAPSED)
                .ifPresent(n -> blockers.add(getTranslation("editor.blocker.lapsed", n)));
        return blockers;
    }

    private static Optional<Long> count(EditorState state, Predicate<Finding> which) {
        long n = state.findings().stream().filter(which).count();
        return n == 0 ? Optional.empty() : Optional.of(n);
    }

    Registration addPublishRequestedListener(ComponentEventListener<PublishRequested> listener) {
        return addListener(PublishRequested.class, listener);
    }
}
