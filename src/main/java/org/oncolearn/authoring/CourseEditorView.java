package org.oncolearn.authoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.oncolearn.account.Roles;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;
import org.oncolearn.course.Source;
import org.oncolearn.draft.Change;
import org.oncolearn.draft.EditRefusedException;
import org.oncolearn.draft.EditorService;
import org.oncolearn.draft.EditorState;
import org.oncolearn.draft.PublishBlockedException;
import org.oncolearn.draft.UnresolvedFlagsException;
import org.oncolearn.draft.VersionInfo;
import org.oncolearn.export.CourseExporter;
import org.oncolearn.export.ExportFormat;
import org.oncolearn.export.ExportedFile;
import org.oncolearn.ui.MainLayout;

/**
 * The course editor. Every change is saved at once, whatever its state, and judged afresh: the loader's problems
 * next to their fields, the item-writing lint as sentences with guideline links, the reading level of patient text,
 * the fact check, and what still stands in the way of publishing an immutable version. Every problem and finding
 * links to its field.
 */
@Route(value = "educator/drafts", layout = MainLayout.class)
@RolesAllowed(Roles.EDUCATOR)
public class CourseEditorView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final EditorService editor;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final Fields fields = new Fields(this::getTranslation);
    private final SaveStatus status = new SaveStatus();
    private final ProblemOverview overview = new ProblemOverview(this::goTo);
    private final LessonPicker lessonPicker = new LessonPicker();
    private final Div lessonArea = new Div();
    private final PublishSection publishArea = new PublishSection();
    private final VersionList versionArea;
    private UUID draftId;
    private Course course;
    private EditorState state;
    private int lessonIndex;
    private LessonEditor lessonEditor;
    private String title;

    public CourseEditorView(EditorService editor, AuthenticationContext authentication, Clock clock) {
        this.editor = editor;
        this.authentication = authentication;
        this.clock = clock;
        this.title = getTranslation("editor.title");
        this.versionArea = new VersionList(new VersionList.Versions() {
            @Override
            public ExportedFile export(VersionInfo version, ExportFormat f) {
                return editor.exportVersion(version.courseId(), version.version(), f);
            }

            @Override
            public List<Change> changes(VersionInfo version, int from) {
                return editor.changes(version.courseId(), from, version.version());
            }
        });
        addClassName("educator-view");
        addClassName("course-editor");
        lessonPicker.addLessonChosenListener(e -> {
            lessonIndex = e.index();
            rebuildLessons();
        });
        publishArea.addPublishRequestedListener(e -> publish(e.overrideReason()));
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        Optional<UUID> parsed = parse(id);
        try {
            state = editor.open(parsed.orElseThrow(IllegalArgumentException::new));
        } catch (IllegalArgumentException missing) {
            add(
                    new H1(getTranslation("editor.missing.heading")),
                    new Paragraph(getTranslation("editor.missing.text", id)));
            return;
        }
        draftId = parsed.get();
        course = state.course();
        title = course.title();
        build();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.pageTitle", title);
    }

    private void build() {
        removeAll();
        H1 heading = new H1(getTranslation("editor.heading", course.title()));
        heading.getElement().setAttribute("tabindex", "-1");
        fields.target(EditorState.courseField(""), heading);
        add(heading, status, actions(), courseFields(), overview, lessonPicker, lessonArea, reviewSection());
        add(publishArea, versionArea);
        rebuildLessons();
        refresh();
    }

    private Div actions() {
        Anchor preview = new Anchor("educator/preview/" + draftId, getTranslation("editor.preview"));
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
                getTranslation("editor.downloadFiles"));
        Paragraph saved = new Paragraph();
        saved.getElement().setAttribute("role", "status");
        Button toFolder = new Button(getTranslation("editor.saveToFolder"), e -> {
            try {
                saved.setText(getTranslation("editor.savedToFolder", editor.saveToContentFolder(draftId)));
            } catch (EditRefusedException problem) {
                saved.setText(problem.message().in(getLocale()));
            }
        });
        Div actions = new Div(preview, download, toFolder, saved);
        actions.addClassName("editor-actions");
        return actions;
    }

    private Div courseFields() {
        TextField courseTitle = LiveFields.text(
                getTranslation("editor.course.title"), course.title(), v -> apply(c -> Edits.title(c, v)));
        TextField courseId = LiveFields.text(
                getTranslation("editor.course.id"), course.id(), v -> apply(c -> Edits.id(c, v.strip())));
        TextArea summary = LiveFields.area(
                getTranslation("editor.course.summary"), course.summary(), v -> apply(c -> Edits.summary(c, v)));
        IntegerField mastery = new IntegerField(getTranslation("editor.course.mastery"));
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
        Checkbox confidence = new Checkbox(getTranslation("editor.course.confidence"), course.confidence());
        confidence.setHelperText(getTranslation("editor.course.confidence.helper"));
        confidence.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply(c -> Edits.confidence(c, e.getValue()));
            }
        });
        fields.target(EditorState.courseField("confidence"), confidence);
        Div box = new Div(courseTitle, courseId, summary, mastery, confidence);
        box.addClassName("course-fields");
        return box;
    }

    private void rebuildLessons() {
        lessonIndex = Math.min(lessonIndex, Math.max(0, course.lessons().size() - 1));
        lessonPicker.show(course.lessons().size(), lessonIndex);
        showLesson();
    }

    private void showLesson() {
        lessonArea.removeAll();
        fields.clearLessonFields();
        Button addLesson = new Button(getTranslation("editor.lesson.add"), e -> {
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
            lessonArea.add(new Paragraph(getTranslation("editor.lesson.none")), addLesson);
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
                })),
                this::goTo);
        Button removeLesson = new Button(
                getTranslation("editor.lesson.delete", lessonIndex + 1),
                e -> structural(c -> {
                    List<Lesson> lessons = new ArrayList<>(c.lessons());
                    lessons.remove(lessonIndex);
                    return c.withLessons(lessons);
                }));
        removeLesson.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div lessonActions = new Div(addLesson, removeLesson);
        lessonActions.addClassName("check-actions");
        lessonArea.add(lessonEditor, lessonActions);
        if (state != null) {
            fields.show(state);
            lessonEditor.show(course, state.findings(), lesson.id());
        }
    }

    /** Follows a link to a field: opens its lesson when another one is shown, then moves the focus to the field. */
    private void goTo(FieldLink link) {
        if (link.lessonIndex() >= 0
                && link.lessonIndex() != lessonIndex
                && link.lessonIndex() < course.lessons().size()) {
            lessonIndex = link.lessonIndex();
            rebuildLessons();
        }
        fields.focus(link.fieldKey());
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

    private ReviewSection reviewSection() {
        ReviewSection review = new ReviewSection(LocalDate.now(clock));
        review.addReviewRequestedListener(e -> {
            Optional<String> item = e.wholeCourse() ? Optional.empty() : Optional.of(currentLessonId());
            if (item.isPresent() && item.get().isEmpty()) {
                review.said(getTranslation("editor.review.noLesson"));
                return;
            }
            try {
                state = editor.recordReview(
                        draftId, item, authentication.getPrincipalName().orElseThrow(), e.reviewBy());
                course = state.course();
                review.said(getTranslation("editor.review.recorded"));
                showLesson();
                refresh();
            } catch (EditRefusedException problem) {
                review.said(problem.message().in(getLocale()));
            }
        });
        return review;
    }

    private void publish(Optional<String> overrideReason) {
        try {
            VersionInfo version =
                    editor.publish(draftId, authentication.getPrincipalName().orElseThrow(), overrideReason);
            state = editor.open(draftId);
            refresh();
            publishArea.said(getTranslation("editor.publish.done", version.version()));
        } catch (PublishBlockedException problem) {
            publishArea.said(problem.message().in(getLocale()));
        } catch (UnresolvedFlagsException problem) {
            publishArea.said(problem.message().in(getLocale()));
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
        rebuildLessons();
    }

    private void refresh() {
        fields.show(state);
        if (lessonEditor != null && lessonIndex < course.lessons().size()) {
            lessonEditor.show(
                    course, state.findings(), course.lessons().get(lessonIndex).id());
        }
        Optional<Integer> live = editor.liveVersion(course.id());
        int next = editor.nextVersion(course.id());
        status.show(state, live, next);
        overview.show(state);
        publishArea.show(state, next, state.isValid() ? Optional.of(draftExports(next)) : Optional.empty());
        versionArea.show(state, live);
    }

    private ExportLinks draftExports(int next) {
        return new ExportLinks(
                format -> getTranslation("editor.publish.export", next, format.label()),
                format -> CourseExporter.draftFileName(course, next, format),
                format -> editor.exportDraft(draftId, format).orElseThrow());
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
