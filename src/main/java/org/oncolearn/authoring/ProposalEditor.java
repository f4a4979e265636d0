package org.oncolearn.authoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.oncolearn.contentimport.ImportedDocument;
import org.oncolearn.course.Check;
import org.oncolearn.course.Level;
import org.oncolearn.draft.Proposal;
import org.oncolearn.draft.Proposal.ProposedLesson;

/** The proposed lessons with rename, merge and split; re-renders itself from the new proposal after each change. */
class ProposalEditor extends Div {

    private static final int PREVIEW_LENGTH = 160;

    private final Function<Proposal, List<List<Check>>> drafts;
    private Proposal proposal;

    /** @param drafts the checks import will draft for each lesson, shown so the educator knows what to expect */
    ProposalEditor(Proposal proposal, Function<Proposal, List<List<Check>>> drafts) {
        this.drafts = drafts;
        addClassName("proposal-editor");
        show(proposal);
    }

    Proposal proposal() {
        return proposal;
    }

    private void show(Proposal changed) {
        proposal = changed;
        removeAll();
        TextField title = new TextField(getTranslation("proposal.courseTitle"));
        title.setValue(proposal.title());
        title.setRequired(true);
        title.setWidthFull();
        title.addValueChangeListener(e -> proposal = proposal.retitle(e.getValue()));
        add(title);
        add(new Paragraph(getTranslation("proposal.lessons", proposal.lessons().size())));
        List<ProposedLesson> lessons = proposal.lessons();
        List<List<Check>> drafted = drafts.apply(proposal);
        for (int i = 0; i < lessons.size(); i++) {
            add(lessonRow(i, lessons.get(i), drafted.get(i), i == lessons.size() - 1));
        }
    }

    private Div lessonRow(int index, ProposedLesson lesson, List<Check> drafted, boolean last) {
        Div row = new Div();
        row.addClassName("proposed-lesson");
        row.add(new H3(getTranslation("proposal.lesson", index + 1)));
        TextField name = new TextField(getTranslation("proposal.lessonTitle", index + 1));
        name.setValue(lesson.title());
        name.setWidthFull();
        name.addValueChangeListener(e -> proposal = proposal.rename(index, e.getValue()));
        row.add(name);
        List<ImportedDocument.Paragraph> paragraphs = lesson.paragraphs();
        row.add(new Paragraph(getTranslation(
                "proposal.paragraphs",
                paragraphs.size(),
                preview(paragraphs.getFirst().text()))));
        row.add(new Paragraph(draftsText(drafted)));
        Div actions = new Div();
        actions.addClassName("actions");
        if (!last) {
            actions.add(
                    new Button(getTranslation("proposal.merge", index + 1), e -> show(proposal.mergeWithNext(index))));
        }
        if (paragraphs.size() > 1) {
            Select<Integer> at = new Select<>();
            at.setLabel(getTranslation("proposal.splitAt", index + 1));
            at.setItems(IntStream.range(1, paragraphs.size()).boxed().toList());
            at.setItemLabelGenerator(
                    i -> (i + 1) + ": " + preview(paragraphs.get(i).text()));
            at.setValue(1);
            actions.add(
                    at,
                    new Button(
                            getTranslation("proposal.split", index + 1),
                            e -> show(proposal.split(
                                    index, at.getValue(), getTranslation("proposal.part2", lesson.title())))));
        }
        row.add(actions);
        return row;
    }

    private String draftsText(List<Check> drafted) {
        if (drafted.isEmpty()) {
            return getTranslation("proposal.noDrafts");
        }
        long patient = drafted.stream().filter(d -> d.level() == Level.PATIENT).count();
        return getTranslation("proposal.drafts", drafted.size(), drafted.size() - patient, patient);
    }

    private static String preview(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= PREVIEW_LENGTH ? flat : flat.substring(0, PREVIEW_LENGTH) + "…";
    }
}
