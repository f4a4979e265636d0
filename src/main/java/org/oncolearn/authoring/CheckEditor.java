package org.oncolearn.authoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.course.Source;

/**
 * Edits one check: id, level, type, objective, stem, two to six options with key and rationale, sources and, for
 * patients, the question to ask. Every change is handed up as a change to the check; the editor saves it.
 */
class CheckEditor extends Div {

    static final int MAX_OPTIONS = 6;

    private final Fields fields;
    private final String prefix;
    private final Consumer<UnaryOperator<Check>> change;
    private final FindingList findings;

    CheckEditor(
            Check check,
            int position,
            List<String> objectiveCodes,
            List<Source> knownSources,
            Fields fields,
            String fieldPrefix,
            Consumer<UnaryOperator<Check>> change,
            Consumer<CheckMove> move,
            Consumer<FieldLink> go) {
        this.findings = new FindingList(go);
        this.fields = fields;
        this.prefix = fieldPrefix;
        this.change = change;
        addClassName("check-editor");
        H3 heading = new H3(getTranslation(
                check.drafted() ? "editor.check.headingProposal" : "editor.check.heading", position, check.id()));
        heading.getElement().setAttribute("tabindex", "-1");
        fields.target(prefix.substring(0, prefix.length() - 1), heading);
        add(heading);
        if (check.drafted()) {
            add(proposal(check, move));
        }

        TextField id = text(getTranslation("editor.check.id"), check.id(), "id", v -> c -> Edits.id(c, v));
        RadioButtonGroup<Level> level = new RadioButtonGroup<>(getTranslation("editor.check.level"));
        level.setItems(Level.values());
        level.setItemLabelGenerator(l -> l == Level.NURSING
                ? getTranslation("editor.check.level.nursing")
                : getTranslation("editor.check.level.patient"));
        level.setValue(check.level());
        level.addValueChangeListener(e -> change.accept(c -> Edits.level(c, e.getValue())));
        fields.register(prefix + "level", level);
        RadioButtonGroup<CheckType> type = new RadioButtonGroup<>(getTranslation("editor.check.type"));
        type.setItems(CheckType.values());
        type.setItemLabelGenerator(t -> t == CheckType.SINGLE
                ? getTranslation("editor.check.type.single")
                : getTranslation("editor.check.type.multiple"));
        type.setValue(check.type());
        type.addValueChangeListener(e -> change.accept(c -> Edits.type(c, e.getValue())));
        fields.register(prefix + "type", type);
        Select<String> objective = new Select<>();
        objective.setLabel(getTranslation("editor.check.objective"));
        List<String> codes = new ArrayList<>(objectiveCodes);
        if (!check.objective().isBlank() && !codes.contains(check.objective())) {
            codes.add(check.objective());
        }
        objective.setItems(codes);
        if (!check.objective().isBlank()) {
            objective.setValue(check.objective());
        }
        objective.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change.accept(c -> Edits.objective(c, e.getValue()));
            }
        });
        fields.register(prefix + "objective", objective);
        TextArea stem = area(getTranslation("editor.check.stem"), check.stem(), "stem", v -> c -> Edits.stem(c, v));
        add(new Div(id, objective), level, type, stem);

        for (int i = 0; i < check.options().size(); i++) {
            add(optionRow(check, i));
        }
        Checkbox shuffle = new Checkbox(getTranslation("editor.check.shuffle"), check.shuffle());
        shuffle.setHelperText(getTranslation("editor.check.shuffle.helper"));
        shuffle.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change.accept(c -> Edits.shuffle(c, e.getValue()));
            }
        });
        Button addOption = new Button(
                getTranslation("editor.check.addOption"),
                e -> change.accept(c -> {
                    List<Option> options = new ArrayList<>(c.options());
                    options.add(new Option(String.valueOf((char) ('a' + options.size())), "", false, ""));
                    return Edits.options(c, options);
                }));
        addOption.setEnabled(check.options().size() < MAX_OPTIONS);
        add(addOption, shuffle);

        MultiSelectComboBox<Source> sources = new MultiSelectComboBox<>(getTranslation("editor.check.sources"));
        sources.setItems(knownSources);
        sources.setItemLabelGenerator(s -> s.key() + ": " + s.title());
        sources.setValue(new LinkedHashSet<>(check.sources()));
        sources.setWidthFull();
        sources.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change.accept(c -> Edits.sources(c, List.copyOf(e.getValue())));
            }
        });
        fields.register(prefix + "sources", sources);
        add(sources);
        if (check.level() == Level.PATIENT) {
            add(area(getTranslation("editor.check.ask"), check.ask().orElse(""), "ask", v -> c -> Edits.ask(c, v)));
        }
        ReviewLine review = new ReviewLine(check.review());
        fields.target(prefix + "review", review);
        add(review);
        add(findings);
        Button up = new Button(getTranslation("editor.check.up", check.id()), e -> move.accept(CheckMove.UP));
        Button down = new Button(getTranslation("editor.check.down", check.id()), e -> move.accept(CheckMove.DOWN));
        Button delete =
                new Button(getTranslation("editor.check.delete", check.id()), e -> move.accept(CheckMove.DELETE));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(up, down, delete);
        actions.addClassName("check-actions");
        add(actions);
    }

    /**
     * What a drafted check is and the two ways to settle it. Accepting only removes the mark: the check still needs a
     * review like any other, so accepting never stands in for reading it against its sources.
     */
    private Component proposal(Check check, Consumer<CheckMove> move) {
        Div box = new Div();
        box.addClassName("proposal");
        box.getElement().setAttribute("role", "group");
        box.getElement().setAttribute("aria-label", getTranslation("editor.proposal.label", check.id()));
        Paragraph what = new Paragraph(getTranslation("editor.proposal.text"));
        Button accept =
                new Button(getTranslation("editor.proposal.accept", check.id()), e -> move.accept(CheckMove.ACCEPT));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fields.target(prefix + "drafted", accept);
        Button reject =
                new Button(getTranslation("editor.proposal.reject", check.id()), e -> move.accept(CheckMove.DELETE));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(accept, reject);
        actions.addClassName("check-actions");
        box.add(what, actions);
        return box;
    }

    FindingList findings() {
        return findings;
    }

    private Component optionRow(Check check, int index) {
        Option option = check.options().get(index);
        String letter = String.valueOf((char) ('A' + index));
        String path = "options." + index + ".";
        TextField text = text(
                getTranslation("editor.option.text", letter),
                option.text(),
                path + "text",
                v -> c -> withOption(c, index, o -> Edits.text(o, v)));
        Checkbox key = new Checkbox(getTranslation("editor.option.key", letter), option.key());
        key.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change.accept(c -> withOption(c, index, o -> Edits.key(o, e.getValue())));
            }
        });
        fields.target(prefix + path + "key", key);
        TextArea rationale = area(
                getTranslation("editor.option.rationale", letter),
                option.rationale(),
                path + "rationale",
                v -> c -> withOption(c, index, o -> Edits.rationale(o, v)));
        Button remove = new Button(
                getTranslation("editor.option.remove", letter),
                e -> change.accept(c -> {
                    List<Option> options = new ArrayList<>(c.options());
                    options.remove(index);
                    return Edits.options(c, options);
                }));
        remove.setEnabled(check.options().size() > 2);
        Div row = new Div(text, key, rationale, remove);
        row.addClassName("option-row");
        if (option.key()) {
            row.add(new Span(getTranslation("editor.option.isKey")));
        }
        return row;
    }

    private static Check withOption(Check check, int index, UnaryOperator<Option> edit) {
        List<Option> options = new ArrayList<>(check.options());
        options.set(index, edit.apply(options.get(index)));
        return Edits.options(check, options);
    }

    private TextField text(
            String label, String value, String path, java.util.function.Function<String, UnaryOperator<Check>> edit) {
        return register(path, LiveFields.text(label, value, v -> change.accept(edit.apply(v))));
    }

    private TextArea area(
            String label, String value, String path, java.util.function.Function<String, UnaryOperator<Check>> edit) {
        return register(path, LiveFields.area(label, value, v -> change.accept(edit.apply(v))));
    }

    private <F extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasValidation> F register(
            String path, F field) {
        fields.register(prefix + path, field);
        return field;
    }
}
