package org.oncolearn.authoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oncolearn.account.Roles;
import org.oncolearn.draft.DraftCourse;
import org.oncolearn.draft.DraftCourse.DraftLesson;
import org.oncolearn.draft.DraftService;
import org.oncolearn.draft.LessonFlags;
import org.oncolearn.draft.UnresolvedFlagsException;
import org.oncolearn.ui.MainLayout;

/**
 * A draft course: each lesson's title and Markdown text with its fact-check flags, refreshed on every save, and
 * publishing, which needs an explicit, recorded override while flags are open.
 */
@Route(value = "educator/drafts", layout = MainLayout.class)
@RolesAllowed(Roles.EDUCATOR)
public class DraftView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final DraftService drafts;
    private final AuthenticationContext authentication;
    private final Div publishArea = new Div();
    private String title = "Draft course";

    public DraftView(DraftService drafts, AuthenticationContext authentication) {
        this.drafts = drafts;
        this.authentication = authentication;
        addClassName("educator-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        Optional<DraftCourse> draft = parse(id).flatMap(drafts::draft);
        removeAll();
        if (draft.isEmpty()) {
            add(new H1("Draft not found"), new Paragraph("There is no draft with the address \"" + id + "\"."));
            return;
        }
        show(draft.get());
    }

    private void show(DraftCourse draft) {
        removeAll();
        title = draft.title();
        add(new H1(draft.title()));
        add(new Paragraph((draft.status() == DraftCourse.Status.PUBLISHED ? "Published" : "Draft") + " · from "
                + draft.sourceFile() + " · " + draft.lessons().size() + " lessons"));
        List<LessonFlags> flags = drafts.flags(draft);
        for (DraftLesson lesson : draft.lessons()) {
            add(lessonEditor(draft, lesson, flags.get(lesson.position() - 1)));
        }
        add(publishArea);
        refreshPublishing(draft);
    }

    /** The publishing controls follow the flags, which change with every save. */
    private void refreshPublishing(DraftCourse draft) {
        publishArea.removeAll();
        publishArea.add(publishSection(draft, drafts.flags(draft)));
    }

    private Div lessonEditor(DraftCourse draft, DraftLesson lesson, LessonFlags lessonFlags) {
        Div box = new Div();
        box.addClassName("draft-lesson");
        box.add(new H2("Lesson " + lesson.position() + ": " + lesson.title()));
        TextField name = new TextField("Lesson " + lesson.position() + " title", lesson.title(), "");
        name.setWidthFull();
        TextArea body = new TextArea("Lesson " + lesson.position() + " text (Markdown)");
        body.setValue(lesson.body());
        body.setWidthFull();
        FlagList flagList = new FlagList();
        flagList.show(lessonFlags.flags(), " in lesson " + lesson.position());
        Paragraph saved = new Paragraph();
        saved.getElement().setAttribute("role", "status");
        Button save = new Button("Save lesson " + lesson.position(), e -> {
            try {
                LessonFlags after = drafts.saveLesson(draft.id(), lesson.position(), name.getValue(), body.getValue());
                flagList.show(after.flags(), " in lesson " + lesson.position());
                saved.setText("Saved.");
                drafts.draft(draft.id()).ifPresent(this::refreshPublishing);
            } catch (IllegalArgumentException problem) {
                saved.setText(problem.getMessage());
            }
        });
        box.add(name, body, save, saved, flagList);
        return box;
    }

    private Div publishSection(DraftCourse draft, List<LessonFlags> flags) {
        Div box = new Div();
        box.addClassName("publish-section");
        box.add(new H2("Publish"));
        draft.lastPublication()
                .ifPresent(p -> box.add(new Paragraph("Last published by " + p.publishedBy() + " on "
                        + WHEN.format(p.publishedAt())
                        + p.overrideReason()
                                .map(r -> ", despite open flags, because: " + r)
                                .orElse("."))));
        long open = flags.stream().mapToLong(l -> l.flags().size()).sum();
        Checkbox override = new Checkbox("Publish despite " + open + " open fact-check flag" + (open == 1 ? "" : "s"));
        TextArea reason = new TextArea("Reason (recorded with your name)");
        reason.setWidthFull();
        reason.setVisible(false);
        override.addValueChangeListener(e -> reason.setVisible(e.getValue()));
        Paragraph outcome = new Paragraph();
        outcome.getElement().setAttribute("role", "status");
        Button publish = new Button("Publish", e -> {
            String educator = authentication.getPrincipalName().orElseThrow();
            try {
                drafts.publish(
                        draft.id(), educator, override.getValue() ? Optional.of(reason.getValue()) : Optional.empty());
                drafts.draft(draft.id()).ifPresent(this::show);
            } catch (UnresolvedFlagsException problem) {
                outcome.setText(problem.getMessage());
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (open > 0) {
            box.add(
                    new Paragraph("Open flags mean the text may teach a drug class error. Correct the text and save, "
                            + "or publish with a reason; the reason and your name are recorded."),
                    override,
                    reason);
        }
        box.add(publish, outcome);
        return box;
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · OncoLearn";
    }
}
