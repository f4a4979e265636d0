package org.oncolearn.authoring;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.oncolearn.contentimport.ContentProblem;
import org.oncolearn.course.Course;
import org.oncolearn.draft.EditorState;
import org.oncolearn.draft.PlacedFlag;
import org.oncolearn.factcheck.DrugClassFlag;
import org.oncolearn.lint.Severity;

/**
 * What stands in the way across the whole course, above the lessons: the loader's problems and the lint errors, each
 * linked to its field, and the fact-check flags with their sources as links that open in a new tab.
 */
class ProblemOverview extends Div {

    /** A freshly imported long document can have hundreds; nobody reads past the first screenful before fixing some. */
    static final int MAX_LISTED = 100;

    private final Consumer<FieldLink> go;

    ProblemOverview(Consumer<FieldLink> go) {
        this.go = go;
        addClassName("editor-overview");
    }

    void show(EditorState state) {
        removeAll();
        Course course = state.course();
        List<FieldLink> blocking = Stream.concat(
                        state.problems().stream().map(p -> problem(course, state, p)),
                        state.findings().stream()
                                .filter(f -> f.severity() == Severity.ERROR)
                                .map(f -> Sentences.finding(course, f, this::getTranslation)))
                .toList();
        if (!blocking.isEmpty()) {
            add(new H2(getTranslation("editor.problems.heading", blocking.size())));
            FindingList list = new FindingList(go);
            list.show(blocking.stream().limit(MAX_LISTED).toList());
            add(list);
            if (blocking.size() > MAX_LISTED) {
                add(new Paragraph(getTranslation("editor.problems.more", blocking.size() - MAX_LISTED)));
            }
        }
        if (!state.flags().isEmpty()) {
            add(new H2(getTranslation("editor.flags.heading", state.flags().size())));
            UnorderedList list = new UnorderedList();
            state.flags().forEach(flag -> list.add(flag(course, flag)));
            list.addClassName("flag-list");
            add(list);
        }
    }

    private FieldLink problem(Course course, EditorState state, ContentProblem problem) {
        return Sentences.problem(
                course, problem, Optional.ofNullable(state.problemFields().get(problem)), this::getTranslation);
    }

    /** "Lesson 2, check b3: cisplatin is platinum chemotherapy, not an immunotherapy. Source: … “sentence”". */
    private ListItem flag(Course course, PlacedFlag placed) {
        DrugClassFlag flag = placed.flag();
        String key = placed.checkId()
                .map(id -> Places.fieldKey(
                        course, course.lessons().get(placed.lessonNumber() - 1).id(), Optional.of(id), "stem"))
                .orElse(EditorState.lessonField(placed.lessonNumber() - 1, ""));
        String where = Places.of(course, key, this::getTranslation);
        NativeButton place = FindingList.fieldLink(
                where,
                () -> go.accept(
                        new FieldLink(placed.lessonNumber() - 1, key, where, flag.drug(), true, Optional.empty())));
        Anchor source = new Anchor(flag.source().url().toString(), flag.source().title());
        source.setTarget(AnchorTarget.BLANK);
        source.getElement().setAttribute("rel", "noopener noreferrer");
        ListItem item = new ListItem(
                place,
                new Span(
                        ": " + getTranslation("editor.flag", flag.drug(), flag.drugClass(), flag.claimedClass()) + " "),
                new Span(getTranslation("editor.flag.source") + " "),
                source,
                new Paragraph("“" + flag.sentence() + "”"));
        item.addClassName("flag");
        return item;
    }
}
