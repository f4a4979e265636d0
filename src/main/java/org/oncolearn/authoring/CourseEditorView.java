package org.oncolearn.authoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.oncolearn.account.Roles;
import org.oncolearn.contentimport.ContentProblem;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;
import org.oncolearn.course.Source;
import org.oncolearn.draft.Change;
import org.oncolearn.draft.EditorService;
import org.oncolearn.draft.EditorState;
import org.oncolearn.draft.PublishBlockedException;
import org.oncolearn.draft.UnresolvedFlagsException;
import org.oncolearn.draft.VersionInfo;
import org.oncolearn.export.ExportFormat;
import org.oncolearn.export.ExportedFile;
import org.oncolearn.ui.MainLayout;

/**
 * The course editor. Every change is saved at once, whatever its state, and judged afresh: the loader's problems
 * next to their fields, the item-writing lint with reasons and guideline links, the reading level of patient text,
 * the fact check, and what still stands in the way of publishing an immutable version.
 */
@Route(value = "educator/drafts", layout = MainLayout.class)
@RolesAllowed(Roles.EDUCATOR)
public class CourseEditorView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final EditorService editor;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final Fields fields = new Fields();
    private final Paragraph status = new Paragraph();
    private final Div overview = new Div();
    private final Nav lessonPicker = new Nav();
    private final Div lessonArea = new Div();
    private final Div publishArea = new Div();
    private final Div versionArea = new Div();
    private UUID draftId;
    private Course course;
    private EditorState state;
    private int lessonIndex;
    private LessonEditor lessonEditor;
    private String title = "Course editor";

    public CourseEditorView(EditorService editor, AuthenticationContext authentication, Clock clock) {
        this.editor = editor;
        this.authentication = authentication;
        this.clock = clock;
        addClassName("educator-view");
        addClassName("course-editor");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        Optional<UUID> parsed = parse(id);
        try {
            state = editor.open(parsed.orElseThrow(IllegalArgumentException::new));
        } catch (IllegalArgumentException missing) {
            add(new H1("Draft not found"), new Paragraph("There is no draft with the address \"" + id + "\"."));
            return;
        }
        draftId = parsed.get();
        course = state.course();
        title = course.title();
        build();
    }

    @Override
    public String getPageTitle() {
        return "Edit " + title + " · OncoLearn";
    }

    private void build() {
        removeAll();
        status.getElement().setAttribute("role", "status");
        status.addClassName("save-status");
        add(new H1("Edit course: " + course.title()), status, actions(), courseFields());
        overview.addClassName("editor-overview");
        add(overview);
        lessonPicker.addClassName("lesson-picker");
        lessonPicker.getElement().setAttribute("aria-label", "Lessons of the course");
        add(lessonPicker, lessonArea, reviewSection(), publishArea, versionArea);
        rebuildLessons();
        refresh();
    }

    private Div actions() {
        Anchor preview = new Anchor("educator/preview/" + draftId, "Preview as learner");
        preview.addClassName("preview-link");
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] zip = editor.files(draftId).zip();
                    return new DownloadResponse(
                            new ByteArrayInputStream(zip),
                            course.id() + "-course-files.zip",
                            "application/zip",
                            zip.length);
                }),
                "Download course files (.zip)");
        Paragraph saved = new Paragraph();
        saved.getElement().setAttribute("role", "status");
        Button toFolder = new Button("Save into the quizzes/_drafts/ folder", e -> {
            try {
                saved.setText("Saved into " + editor.saveToContentFolder(draftId)
                        + ", for version control. Learners do not see this copy: only publishing, after review,"
                        + " changes what they get.");
            } catch (IllegalStateException | java.io.UncheckedIOException problem) {
                saved.setText(problem.getMessage());
            }
        });
        Div actions = new Div(preview, download, toFolder, saved);
        actions.addClassName("editor-actions");
        return actions;
    }

    private Div courseFields() {
        TextField courseTitle = LiveFields.text("Course title", course.title(), v -> apply(c -> Edits.title(c, v)));
        TextField courseId =
                LiveFields.text("Course id (folder name)", course.id(), v -> apply(c -> Edits.id(c, v.strip())));
        TextArea summary = LiveFields.area("Course summary", course.summary(), v -> apply(c -> Edits.summary(c, v)));
        IntegerField mastery = new IntegerField("Mastery (% correct in each lesson)");
        mastery.setValue(course.masteryPercent());
        mastery.setMin(1);
        mastery.setMax(100);
        mastery.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply(c -> Edits.mastery(c, e.getValue() == null ? 0 : e.getValue()));
            }
        });
        fields.register(EditorState.courseField("title"), courseTitle);
        fields.register(EditorState.courseField("id"), courseId);
        fields.register(EditorState.courseField("summary"), summary);
        fields.register(EditorState.courseField("mastery"), mastery);
        Checkbox confidence = new Checkbox("Ask learners how sure they are before each answer", course.confidence());
        confidence.setHelperText("Confidence-based marking: being sure earns 3 marks when right and costs 6 when wrong;"
                + " results show how well learners' confidence matched their answers. Mastery still counts right"
                + " answers.");
        confidence.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply(c -> Edits.confidence(c, e.getValue()));
            }
        });
        Div box = new Div(courseTitle, courseId, summary, mastery, confidence);
        box.addClassName("course-fields");
        return box;
    }

    private void rebuildLessons() {
        lessonIndex = Math.min(lessonIndex, Math.max(0, course.lessons().size() - 1));
        showLessonPicker();
        showLesson();
    }

    /** One button per lesson; the open one is marked for screen readers with aria-current. */
    private void showLessonPicker() {
        lessonPicker.removeAll();
        for (int i = 0; i < course.lessons().size(); i++) {
            int index = i;
            Button lesson = new Button("Lesson " + (i + 1), e -> {
                lessonIndex = index;
                showLessonPicker();
                showLesson();
            });
            if (i == lessonIndex) {
                lesson.getElement().setAttribute("aria-current", "true");
                lesson.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            lessonPicker.add(lesson);
        }
    }

    private void showLesson() {
        lessonArea.removeAll();
        fields.clearLessonFields();
        Button addLesson = new Button("Add a lesson", e -> {
            structural(c -> {
                List<Lesson> lessons = new ArrayList<>(c.lessons());
                int number = lessons.size() + 1;
                lessons.add(new Lesson(
                        unique("lesson-" + number, c),
                        number,
                        "",
                        "",
                        new LessonText("", ""),
                        new LinkedHashMap<>(),
                        List.of(),
                        List.of(),
                        Optional.empty()));
                return c.withLessons(lessons);
            });
            lessonIndex = course.lessons().size() - 1;
            rebuildLessons();
        });
        if (course.lessons().isEmpty()) {
            lessonArea.add(new Paragraph("This course has no lessons yet."), addLesson);
            lessonEditor = null;
            return;
        }
        Lesson lesson = course.lessons().get(lessonIndex);
        lessonEditor = new LessonEditor(
                lesson,
                lessonIndex,
                knownSources(),
                fields,
                edit -> apply(c -> withLesson(c, lessonIndex, edit)),
                this::moveCheck,
                () -> structural(c -> withLesson(c, lessonIndex, l -> {
                    List<Check> checks = new ArrayList<>(l.checks());
                    checks.add(Edits.newCheck(l, unique(l.id() + "-c" + (checks.size() + 1), c)));
                    return l.withChecks(checks);
                })));
        Button removeLesson = new Button(
                "Delete lesson " + (lessonIndex + 1),
                e -> structural(c -> {
                    List<Lesson> lessons = new ArrayList<>(c.lessons());
                    lessons.remove(lessonIndex);
                    return c.withLessons(lessons);
                }));
        removeLesson.addThemeVariants(ButtonVariant.LUMO_ERROR);
        lessonArea.add(lessonEditor, new Div(addLesson, removeLesson));
        if (state != null) {
            fields.show(state);
            lessonEditor.show(state.findings(), lesson.id());
        }
    }

    private void moveCheck(int position, CheckMove move) {
        structural(c -> withLesson(c, lessonIndex, l -> {
            List<Check> checks = new ArrayList<>(l.checks());
            switch (move) {
                case UP -> {
                    if (position > 0) {
                        checks.add(position - 1, checks.remove(position));
                    }
                }
                case DOWN -> {
                    if (position < checks.size() - 1) {
                        checks.add(position + 1, checks.remove(position));
                    }
                }
                case DELETE -> checks.remove(position);
                case ACCEPT -> checks.set(position, checks.get(position).withDrafted(false));
            }
            return l.withChecks(checks);
        }));
    }

    private Div reviewSection() {
        Div box = new Div();
        box.addClassName("review-section");
        box.add(new H2("Review"));
        box.add(new Paragraph("Record that you have checked content against its sources. Each lesson and check"
                + " keeps its reviewer and a review-by date; a course cannot be published while anything is"
                + " unreviewed or past its date."));
        DatePicker reviewBy = new DatePicker("Review by");
        reviewBy.setValue(LocalDate.now(clock).plusYears(1));
        reviewBy.setMin(LocalDate.now(clock).plusDays(1));
        reviewBy.setMax(LocalDate.now(clock).plusYears(2));
        Paragraph outcome = new Paragraph();
        outcome.getElement().setAttribute("role", "status");
        Button lesson = new Button(
                "Record my review of the open lesson and its checks",
                e -> review(Optional.of(currentLessonId()), reviewBy, outcome));
        Checkbox confirm = new Checkbox("I have checked every lesson and check against its sources");
        Button all = new Button("Record my review of the whole course", e -> {
            if (!confirm.getValue()) {
                outcome.setText("Tick the box to confirm that you have checked everything.");
                return;
            }
            review(Optional.empty(), reviewBy, outcome);
        });
        box.add(reviewBy, lesson, confirm, all, outcome);
        return box;
    }

    private void review(Optional<String> itemId, DatePicker reviewBy, Paragraph outcome) {
        if (reviewBy.getValue() == null || (itemId.isPresent() && itemId.get().isEmpty())) {
            outcome.setText("Choose a review-by date first.");
            return;
        }
        try {
            state = editor.recordReview(
                    draftId, itemId, authentication.getPrincipalName().orElseThrow(), reviewBy.getValue());
            course = state.course();
            outcome.setText("Review recorded.");
            showLesson();
            refresh();
        } catch (IllegalArgumentException problem) {
            outcome.setText(problem.getMessage());
        }
    }

    /** A change to a field: saved and judged; the fields stay as they are so typing is not interrupted. */
    private void apply(UnaryOperator<Course> edit) {
        course = edit.apply(course);
        state = editor.save(draftId, course, authentication.getPrincipalName().orElseThrow());
        course = state.course();
        refresh();
    }

    /** A change to the structure (checks or options added, moved, removed): the lesson is drawn again. */
    private void structural(UnaryOperator<Course> edit) {
        apply(edit);
        rebuildLessonsKeepingPlace();
    }

    private void rebuildLessonsKeepingPlace() {
        lessonIndex = Math.min(lessonIndex, Math.max(0, course.lessons().size() - 1));
        showLessonPicker();
        showLesson();
    }

    private void refresh() {
        fields.show(state);
        if (lessonEditor != null && lessonIndex < course.lessons().size()) {
            lessonEditor.show(
                    state.findings(), course.lessons().get(lessonIndex).id());
        }
        status.setText("Saved " + WHEN.format(state.savedAt()) + " · "
                + state.problems().size() + " problem(s), "
                + state.errorCount() + " lint error(s), " + (state.findings().size() - state.errorCount())
                + " warning(s), " + state.flags().size() + " fact-check flag(s)");
        showOverview();
        showPublishing();
        showVersions();
    }

    private void showOverview() {
        overview.removeAll();
        List<String> general = new ArrayList<>();
        for (ContentProblem problem : state.problems()) {
            general.add(problem.toString());
        }
        if (!general.isEmpty()) {
            overview.add(new H2("Problems to fix (" + general.size() + ")"));
            UnorderedList list = new UnorderedList();
            // A freshly imported long document can have hundreds; drawing them all again at every keystroke made
            // the editor slow, and nobody reads past the first screenful before fixing some.
            general.stream().limit(MAX_LISTED_PROBLEMS).forEach(p -> list.add(new ListItem(p)));
            overview.add(list);
            if (general.size() > MAX_LISTED_PROBLEMS) {
                overview.add(new Paragraph("… and " + (general.size() - MAX_LISTED_PROBLEMS)
                        + " more. Each field also shows its own problems."));
            }
        }
        if (!state.flags().isEmpty()) {
            overview.add(new H2("Medical fact check: " + state.flags().size() + " flag(s)"));
            UnorderedList list = new UnorderedList();
            state.flags().forEach(f -> list.add(new ListItem(f)));
            overview.add(list);
        }
    }

    private static final int MAX_LISTED_PROBLEMS = 100;

    private void showPublishing() {
        publishArea.removeAll();
        publishArea.addClassName("publish-section");
        publishArea.add(new H2("Publish"));
        int next = state.latestVersion().map(v -> v.version() + 1).orElse(1);
        if (!state.canPublish()) {
            publishArea.add(new Paragraph("Before version " + next + " can be published:"));
            UnorderedList blockers = new UnorderedList();
            state.publishBlockers().forEach(b -> blockers.add(new ListItem(b)));
            publishArea.add(blockers);
        }
        Checkbox override = new Checkbox("Publish despite " + state.flags().size() + " open fact-check flag(s)");
        TextArea reason = new TextArea("Reason (recorded with your name)");
        reason.setWidthFull();
        reason.setVisible(false);
        override.addValueChangeListener(e -> reason.setVisible(e.getValue()));
        Paragraph outcome = new Paragraph();
        outcome.getElement().setAttribute("role", "status");
        Button publish = new Button("Publish version " + next, e -> {
            try {
                VersionInfo version = editor.publish(
                        draftId,
                        authentication.getPrincipalName().orElseThrow(),
                        override.getValue() ? Optional.of(reason.getValue()) : Optional.empty());
                state = editor.open(draftId);
                refresh();
                Paragraph done = new Paragraph("Published version " + version.version() + ". New learners get it;"
                        + " learners who started an earlier version keep theirs.");
                done.getElement().setAttribute("role", "status");
                publishArea.add(done);
            } catch (PublishBlockedException | UnresolvedFlagsException problem) {
                outcome.setText(problem.getMessage());
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setEnabled(state.canPublish());
        if (!state.flags().isEmpty()) {
            publishArea.add(override, reason);
        }
        publishArea.add(publish, outcome);
        if (state.isValid()) {
            publishArea.add(new Paragraph("Export this draft for an LMS:"), draftExports());
        }
    }

    private Div draftExports() {
        Div links = new Div();
        for (ExportFormat format : ExportFormat.all()) {
            links.add(download(
                    "Export draft as " + format.label(),
                    () -> editor.exportDraft(draftId, format).orElseThrow()));
        }
        return links;
    }

    private void showVersions() {
        versionArea.removeAll();
        versionArea.addClassName("version-section");
        versionArea.add(new H2("Published versions"));
        if (state.versions().isEmpty()) {
            versionArea.add(new Paragraph("Not published yet."));
            return;
        }
        for (VersionInfo version : state.versions()) {
            Div row = new Div();
            row.addClassName("version-row");
            row.add(new Paragraph("Version " + version.version() + " · " + version.title() + " · published by "
                    + version.publishedBy() + " on " + WHEN.format(version.publishedAt())
                    + version.overrideReason()
                            .map(r -> " · despite open flags, because: " + r)
                            .orElse("")));
            for (ExportFormat format : ExportFormat.all()) {
                row.add(download(
                        "Export version " + version.version() + " as " + format.label(),
                        () -> editor.exportVersion(version.courseId(), version.version(), format)));
            }
            int previous = version.version() - 1;
            if (previous >= 1) {
                Div changes = new Div();
                row.add(
                        new Button(
                                "Show changes from version " + previous, e -> showChanges(changes, version, previous)),
                        changes);
            }
            versionArea.add(row);
        }
    }

    private void showChanges(Div target, VersionInfo version, int previous) {
        target.removeAll();
        List<Change> changes = editor.changes(version.courseId(), previous, version.version());
        if (changes.isEmpty()) {
            target.add(new Paragraph("No content changed."));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Change change : changes) {
            ListItem item = new ListItem(change.where() + " · " + change.what() + ": ");
            item.addClassName("change");
            Div before = new Div("Before: " + abbreviate(change.before()));
            before.addClassName("before");
            Div after = new Div("After: " + abbreviate(change.after()));
            after.addClassName("after");
            item.add(before, after);
            list.add(item);
        }
        target.add(list);
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    private static Anchor download(String label, java.util.function.Supplier<ExportedFile> build) {
        Anchor link =
                new Anchor(DownloadHandler.fromInputStream(event -> PackageDownload.response(build.get())), label);
        link.addClassName("download-link");
        return link;
    }

    private String currentLessonId() {
        return course.lessons().isEmpty()
                ? ""
                : course.lessons().get(lessonIndex).id();
    }

    private List<Source> knownSources() {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Lesson lesson : course.lessons()) {
            lesson.sources().forEach(s -> sources.putIfAbsent(s.key(), s));
            lesson.checks().forEach(c -> c.sources().forEach(s -> sources.putIfAbsent(s.key(), s)));
        }
        return List.copyOf(sources.values());
    }

    private static Course withLesson(Course course, int index, UnaryOperator<Lesson> edit) {
        List<Lesson> lessons = new ArrayList<>(course.lessons());
        lessons.set(index, edit.apply(lessons.get(index)));
        return course.withLessons(lessons);
    }

    /** An id not yet used by any lesson or check of the course. */
    private static String unique(String base, Course course) {
        List<String> used = new ArrayList<>();
        course.lessons().forEach(l -> {
            used.add(l.id());
            l.checks().forEach(c -> used.add(c.id()));
        });
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
