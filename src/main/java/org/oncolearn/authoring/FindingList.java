package org.oncolearn.authoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Problems and lint findings as sentences. Each starts with where it is, in words, as a link: following it (click or
 * Enter) moves the focus to that field. Findings also link to the guideline behind their rule.
 */
class FindingList extends Div {

    private final Consumer<FieldLink> go;

    /** @param go moves the focus to a finding's field, opening its lesson first when another one is shown */
    FindingList(Consumer<FieldLink> go) {
        this.go = go;
        addClassName("finding-list");
    }

    void show(List<FieldLink> links) {
        removeAll();
        if (links.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        links.forEach(link -> list.add(item(link)));
        add(list);
    }

    private ListItem item(FieldLink link) {
        Button place = new Button(link.place(), e -> go.accept(link));
        place.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        place.addClassName("field-link");
        place.setTooltipText(getTranslation("editor.goTo"));
        ListItem item = new ListItem(place, new Span(": " + link.sentence() + " "));
        item.addClassName(link.blocking() ? "error" : "warning");
        link.guideline().ifPresent(uri -> {
            Anchor guideline = new Anchor(uri.toString(), getTranslation("editor.guideline"));
            guideline.setTarget(AnchorTarget.BLANK);
            guideline.getElement().setAttribute("rel", "noopener noreferrer");
            item.add(guideline);
        });
        return item;
    }
}
