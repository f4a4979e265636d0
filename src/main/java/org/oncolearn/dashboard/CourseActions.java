package org.oncolearn.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.oncolearn.authoring.CourseEditorView;
import org.oncolearn.authoring.ExportView;
import org.oncolearn.dashboard.CourseOverview.DraftOverview;
import org.oncolearn.dashboard.CourseOverview.Published;
import org.oncolearn.draft.EditorService;
import org.oncolearn.draft.VersionInfo;
import org.oncolearn.export.CourseExports;
import org.oncolearn.export.ExportFormat;
import org.oncolearn.export.ExportedFile;
import org.oncolearn.ui.ViewerZone;

/**
 * What an educator can do with a course from the dashboard: edit it, preview it as a learner, download it in every
 * export format, look at its versions and at its learners' results.
 */
class CourseActions extends Div {

    private final CourseOverview course;
    private final EditorService editor;
    private final CourseExports exports;

    CourseActions(
            CourseOverview course, EditorService editor, CourseExports exports, AuthenticationContext authentication) {
        this.course = course;
        this.editor = editor;
        this.exports = exports;
        addClassName("course-actions");
        Div buttons = new Div(edit(authentication));
        buttons.addClassName("course-action-row");
        preview().ifPresent(buttons::add);
        course.courseId()
                .filter(id -> course.published().isPresent())
                // By address: the results screen reads learners' progress and nothing may depend on it.
                .ifPresent(id -> buttons.add(link(
                        "educator/results/" + id,
                        getTranslation("dashboard.action.results"),
                        getTranslation("dashboard.action.resultsLabel", course.title()))));
        add(buttons, exportDetails(), versionDetails());
    }

    /** Opens the newest draft; a course without one gets a draft of what learners see (or the one reopened). */
    private Button edit(AuthenticationContext authentication) {
        Button edit = new Button(getTranslation("dashboard.action.edit"), e -> {
            UUID draft = course.drafts().stream()
                    .findFirst()
                    .map(DraftOverview::id)
                    .orElseGet(() -> editor.edit(
                            course.courseId().orElseThrow(),
                            authentication.getPrincipalName().orElseThrow()));
            e.getSource().getUI().ifPresent(ui -> ui.navigate(CourseEditorView.class, draft.toString()));
        });
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setAriaLabel(getTranslation("dashboard.action.editLabel", course.title()));
        return edit;
    }

    /**
     * The newest draft when it loads, since that is what learners would get next; else what learners get now. Both
     * keep answers in memory only, so previewing never shows up in the results.
     */
    private Optional<Anchor> preview() {
        Optional<String> target = course.drafts().stream()
                .findFirst()
                .filter(DraftOverview::exportable)
                .map(d -> d.id().toString())
                .or(() -> course.published().flatMap(p -> course.courseId()));
        return target.map(id -> link(
                "educator/preview/" + id,
                getTranslation("dashboard.action.preview"),
                getTranslation("dashboard.action.previewLabel", course.title())));
    }

    private static Anchor link(String href, String text, String label) {
        Anchor link = new Anchor(href, text);
        link.addClassName("action-link");
        link.getElement().setAttribute("aria-label", label);
        return link;
    }

    /** Every format the product exports to, for what learners get and for the newest draft that loads. */
    private Details exportDetails() {
        Details details = new Details(getTranslation("dashboard.action.export"));
        details.addClassName("export-details");
        Div content = new Div();
        course.published().ifPresent(published -> {
            String courseId = course.courseId().orElseThrow();
            content.add(new Paragraph(
                    published.version() == 0
                            ? getTranslation("dashboard.export.files")
                            : getTranslation("dashboard.export.published", published.version())));
            content.add(downloads(format -> () -> exports.export(courseId, format)
                    .orElseThrow(() -> new IllegalStateException("The course " + courseId + " is gone."))));
            RouterLink more = new RouterLink(getTranslation("dashboard.export.more"), ExportView.class, courseId);
            more.addClassName("export-more");
            content.add(new Paragraph(more));
        });
        course.drafts().stream().findFirst().ifPresent(draft -> {
            if (draft.exportable()) {
                content.add(new Paragraph(getTranslation("dashboard.export.draft", draft.version())));
                content.add(downloads(format -> () -> editor.exportDraft(draft.id(), format)
                        .orElseThrow(() -> new IllegalStateException("The draft no longer loads."))));
            } else {
                content.add(new Paragraph(getTranslation("dashboard.export.draftBroken", draft.version())));
            }
        });
        details.add(content);
        return details;
    }

    private UnorderedList downloads(java.util.function.Function<ExportFormat, Supplier<ExportedFile>> files) {
        UnorderedList list = new UnorderedList();
        list.addClassName("export-formats");
        for (ExportFormat format : ExportFormat.all()) {
            Supplier<ExportedFile> file = files.apply(format);
            Anchor download = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        ExportedFile built = file.get();
                        return new DownloadResponse(built.open(), built.fileName(), built.mediaType(), built.size());
                    }),
                    AttachmentType.DOWNLOAD,
                    format.label());
            download.addClassName("download-link");
            list.add(new ListItem(download));
        }
        return list;
    }

    private Details versionDetails() {
        Details details = new Details(getTranslation("dashboard.action.versions"));
        details.addClassName("version-details");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ViewerZone.current());
        UnorderedList list = new UnorderedList();
        course.drafts().stream()
                .findFirst()
                .ifPresent(d -> list.add(new ListItem(getTranslation(
                        "dashboard.versions.draft", d.version(), when.format(d.savedAt()), d.savedBy()))));
        for (VersionInfo version : course.published().map(Published::versions).orElse(java.util.List.of())) {
            list.add(new ListItem(getTranslation(
                    "dashboard.versions.published",
                    version.version(),
                    when.format(version.publishedAt()),
                    version.publishedBy())));
        }
        course.published()
                .filter(p -> p.versions().isEmpty())
                .ifPresent(p -> list.add(new ListItem(getTranslation("dashboard.versions.files"))));
        if (course.published().isEmpty()) {
            list.add(new ListItem(getTranslation("dashboard.versions.none")));
        }
        details.add(list);
        return details;
    }
}
