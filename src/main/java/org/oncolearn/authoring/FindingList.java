package org.oncolearn.authoring;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
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
        NativeButton place = fieldLink(link.place(), () -> go.accept(link));
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

    /**
     * A place in words that moves the focus to its field. A native button, so it sits inside the sentence like a link
     * and answers Enter and Space without any script of ours; it says where it leads for screen readers.
     */
    static NativeButton fieldLink(String place, Runnable go) {
        NativeButton button = new NativeButton(place, e -> go.run());
        button.addClassName("field-link");
        button.getElement().setAttribute("title", button.getTranslation("editor.goTo"));
        return button;
    }
}
