package org.oncolearn.authoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.oncolearn.course.Course;
import org.oncolearn.draft.Change;
import org.oncolearn.draft.EditorState;
import org.oncolearn.draft.VersionInfo;
import org.oncolearn.export.CourseExporter;
import org.oncolearn.export.ExportFormat;
import org.oncolearn.export.ExportedFile;
import org.oncolearn.ui.ViewerZone;

/** The published versions of the course, each with its exports and the changes from the version before. */
class VersionList extends Div {

    /** What the list needs from the editor service. */
    interface Versions {
        ExportedFile export(VersionInfo version, ExportFormat format);

        List<Change> changes(VersionInfo version, int from);
    }

    private final Versions versions;

    VersionList(Versions versions) {
        this.versions = versions;
        addClassName("version-section");
    }

    /** @param live the version learners get: 0 for the course in the {@code quizzes/} folder, or empty */
    void show(EditorState state, Optional<Integer> live) {
        removeAll();
        add(new H2(getTranslation("editor.versions.heading")));
        if (state.versions().isEmpty()) {
            add(new Paragraph(getTranslation(
                    live.isPresent() ? "editor.versions.folder" : "editor.versions.none",
                    state.course().id())));
            return;
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ViewerZone.current());
        Course named = state.course();
        for (VersionInfo version : state.versions()) {
            Div row = new Div();
            row.addClassName("version-row");
            row.add(new Paragraph(getTranslation(
                            "editor.versions.row",
                            version.version(),
                            version.title(),
                            version.publishedBy(),
                            when.format(version.publishedAt()))
                    + version.overrideReason()
                            .map(r -> " · " + getTranslation("editor.versions.override", r))
                            .orElse("")));
            Course ofVersion = named.withId(version.courseId()).withVersion(version.version());
            row.add(new ExportLinks(
                    format -> getTranslation("editor.versions.export", version.version(), format.label()),
                    format -> CourseExporter.fileName(ofVersion, format),
                    format -> versions.export(version, format)));
            int previous = version.version() - 1;
            if (previous >= 1) {
                Div changes = new Div();
                row.add(
                        new Button(
                                getTranslation("editor.versions.changes", previous),
                                e -> showChanges(changes, version, previous)),
                        changes);
            }
            add(row);
        }
    }

    private void showChanges(Div target, VersionInfo version, int previous) {
        target.removeAll();
        List<Change> changes = versions.changes(version, previous);
        if (changes.isEmpty()) {
            target.add(new Paragraph(getTranslation("editor.versions.noChanges")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Change change : changes) {
            ListItem item = new ListItem(
                    change.where().in(getLocale()) + " · " + change.what().in(getLocale()) + ": ");
            item.addClassName("change");
            Div before = new Div(getTranslation(
                    "editor.versions.before", abbreviate(change.before().in(getLocale()))));
            before.addClassName("before");
            Div after = new Div(getTranslation(
                    "editor.versions.after", abbreviate(change.after().in(getLocale()))));
            after.addClassName("after");
            item.add(before, after);
            list.add(item);
        }
        target.add(list);
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
