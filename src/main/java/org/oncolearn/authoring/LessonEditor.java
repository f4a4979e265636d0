package org.oncolearn.authoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Source;
import org.oncolearn.draft.EditorState;
import org.oncolearn.lint.Finding;
import org.oncolearn.readability.Readability;

/**
 * Edits one lesson: title, plain-language summary with its reading level, objectives, sources, the Markdown text
 * with a live preview as learners will see it, and the lesson's checks.
 */
class LessonEditor extends Div {

    private final Fields fields;
    private final int index;
    private final Consumer<UnaryOperator<Lesson>> change;
    private final FindingList findings;
    private final List<CheckEditor> checkEditors = new ArrayList<>();
    private final List<String> checkIds = new ArrayList<>();
    private final Span summaryGrade = new Span();
    private final Div preview = new Div();

    LessonEditor(
            Lesson lesson,
            int index,
            List<Source> knownSources,
            Fields fields,
            Consumer<UnaryOperator<Lesson>> change,
            BiConsumer<Integer, CheckMove> moveCheck,
            Runnable addCheck,
            Consumer<FieldLink> go) {
        this.findings = new FindingList(go);
        this.fields = fields;
        this.index = index;
        this.change = change;
        addClassName("lesson-editor");
        H2 heading = new H2(getTranslation("editor.lesson.heading", index + 1, lesson.title()));
        heading.getElement().setAttribute("tabindex", "-1");
        fields.target(EditorState.lessonField(index, ""), heading);
        add(heading);
        add(text(getTranslation("editor.lesson.title"), lesson.title(), "title", v -> l -> Edits.title(l, v)));
        TextArea summary = area(
                getTranslation("editor.lesson.summary"), lesson.summary(), "summary", v -> l -> Edits.summary(l, v));
        summary.addValueChangeListener(e -> showGrade(e.getValue()));
        summaryGrade.addClassName("reading-level");
        summaryGrade.getElement().setAttribute("aria-live", "polite");
        showGrade(lesson.summary());
        add(summary, summaryGrade);
        add(area(
                getTranslation("editor.lesson.objectives"),
                Edits.objectivesText(lesson),
                "objectives",
                v -> l -> Edits.objectives(l, Edits.parseObjectives(v))));
        add(sources(lesson, knownSources));
        add(new NewSourceForm(source -> change.accept(l -> {
            List<Source> sources = new ArrayList<>(l.sources());
            sources.add(source);
            return Edits.sources(l, sources);
        })));
        TextArea body = area(
                getTranslation("editor.lesson.body"), lesson.text().markdown(), "body", v -> l -> Edits.body(l, v));
        body.addClassName("markdown-source");
        preview.addClassName("markdown-preview");
        preview.getElement().setAttribute("aria-label", getTranslation("editor.lesson.preview"));
        // The preview scrolls; keyboard users must be able to reach it to scroll it (WCAG 2.1.1).
        preview.getElement().setAttribute("tabindex", "0");
        preview.getElement().setAttribute("role", "region");
        showPreview(lesson.text().safeHtml());
        body.addValueChangeListener(e -> showPreview(org.oncolearn.contentimport.LessonHtml.render(e.getValue())));
        Div markdown = new Div(body, preview);
        markdown.addClassName("markdown-editor");
        add(markdown);
        ReviewLine review = new ReviewLine(lesson.review());
        fields.target(EditorState.lessonField(index, "review"), review);
        add(review, findings);

        H3 checksHeading = new H3(getTranslation("editor.lesson.checks", index + 1));
        checksHeading.getElement().setAttribute("tabindex", "-1");
        fields.target(EditorState.lessonField(index, "checks"), checksHeading);
        add(checksHeading);
        List<String> codes = new ArrayList<>(lesson.objectives().keySet());
        for (int i = 0; i < lesson.checks().size(); i++) {
            int position = i;
            Check check = lesson.checks().get(i);
            CheckEditor editor = new CheckEditor(
                    check,
                    i + 1,
                    codes,
                    knownSources,
                    fields,
                    EditorState.lessonField(index, "checks." + i + "."),
                    edit -> change.accept(l -> {
                        List<Check> checks = new ArrayList<>(l.checks());
                        checks.set(position, edit.apply(checks.get(position)));
                        return l.withChecks(checks);
                    }),
                    move -> moveCheck.accept(position, move),
                    go);
            checkEditors.add(editor);
            checkIds.add(check.id());
            add(editor);
        }
        if (lesson.checks().isEmpty()) {
            add(new Paragraph(getTranslation("editor.lesson.noChecks")));
        }
        add(new Button(getTranslation("editor.lesson.addCheck", index + 1), e -> addCheck.run()));
    }

    /** Shows the findings of this lesson and of each of its checks next to them, as sentences with links. */
    void show(Course course, List<Finding> all, String lessonId) {
        findings.show(all.stream()
                .filter(f -> f.lessonId().equals(lessonId) && f.checkId().isEmpty())
                .map(f -> Sentences.finding(course, f, this::getTranslation))
                .toList());
        for (int i = 0; i < checkEditors.size(); i++) {
            String checkId = checkIds.get(i);
            checkEditors
                    .get(i)
                    .findings()
                    .show(all.stream()
                            .filter(f -> f.lessonId().equals(lessonId)
                                    && f.checkId().filter(checkId::equals).isPresent())
                            .map(f -> Sentences.finding(course, f, this::getTranslation))
                            .toList());
        }
    }

    private MultiSelectComboBox<Source> sources(Lesson lesson, List<Source> knownSources) {
        MultiSelectComboBox<Source> sources = new MultiSelectComboBox<>(getTranslation("editor.lesson.sources"));
        sources.setItems(knownSources);
        sources.setItemLabelGenerator(s -> s.key() + ": " + s.title());
        sources.setValue(new LinkedHashSet<>(lesson.sources()));
        sources.setWidthFull();
        sources.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change.accept(l -> Edits.sources(l, List.copyOf(e.getValue())));
            }
        });
        fields.register(EditorState.lessonField(index, "sources"), sources);
        return sources;
    }

    private void showGrade(String summary) {
        Readability.Score score = Readability.score(summary);
        if (score.words() == 0) {
            summaryGrade.setText("");
            return;
        }
        double grade = score.grade();
        boolean tooHard = grade > Readability.PATIENT_MAX_GRADE;
        summaryGrade.setText(getTranslation(tooHard ? "editor.grade.tooHard" : "editor.grade.fine", grade));
        summaryGrade.getElement().getClassList().set("too-hard", tooHard);
    }

    private void showPreview(String safeHtml) {
        // The HTML comes from the importer's renderer, which escapes raw HTML and drops unsafe link schemes.
        preview.getElement().setProperty("innerHTML", safeHtml);
    }

    private TextField text(
            String label, String value, String path, java.util.function.Function<String, UnaryOperator<Lesson>> edit) {
        return register(path, LiveFields.text(label, value, v -> change.accept(edit.apply(v))));
    }

    private TextArea area(
            String label, String value, String path, java.util.function.Function<String, UnaryOperator<Lesson>> edit) {
        return register(path, LiveFields.area(label, value, v -> change.accept(edit.apply(v))));
    }

    private <F extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasValidation> F register(
            String path, F field) {
        fields.register(EditorState.lessonField(index, path), field);
        return field;
    }

    /** Adds a new source to the lesson: a short key, a title and a web address. */
    static class NewSourceForm extends Div {
        NewSourceForm(Consumer<Source> added) {
            addClassName("new-source");
            TextField key = new TextField(getTranslation("editor.source.key"));
            TextField title = new TextField(getTranslation("editor.source.title"));
            TextField url = new TextField(getTranslation("editor.source.url"));
            Paragraph message = new Paragraph();
            message.getElement().setAttribute("role", "status");
            Button add = new Button(getTranslation("editor.source.add"), e -> {
                String k = key.getValue().strip();
                if (!k.matches("[a-z0-9][a-z0-9-]{0,63}") || title.getValue().isBlank()) {
                    message.setText(getTranslation("editor.source.invalid"));
                    return;
                }
                try {
                    URI uri = new URI(url.getValue().strip());
                    if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                        throw new URISyntaxException(url.getValue(), "not a web address");
                    }
                    added.accept(new Source(k, title.getValue().strip(), uri));
                    message.setText(getTranslation("editor.source.added", k));
                } catch (URISyntaxException problem) {
                    message.setText(getTranslation("editor.source.badUrl"));
                }
            });
            add(key, title, url, add, message);
        }
    }
}
