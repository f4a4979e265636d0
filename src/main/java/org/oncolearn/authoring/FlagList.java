package org.oncolearn.authoring;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.oncolearn.factcheck.DrugClassFlag;

/** Fact-check flags with their reason and source, announced to screen readers when they change. */
class FlagList extends Div {

    FlagList() {
        addClassName("flag-list");
        getElement().setAttribute("role", "status");
    }

    void show(List<DrugClassFlag> flags, String where) {
        removeAll();
        if (flags.isEmpty()) {
            add(new Paragraph("Medical fact check: no drug is put in the wrong class" + where + "."));
            removeClassName("has-flags");
            return;
        }
        addClassName("has-flags");
        add(new H3("Medical fact check: " + flags.size() + " flag" + (flags.size() == 1 ? "" : "s") + where));
        UnorderedList list = new UnorderedList();
        for (DrugClassFlag flag : flags) {
            // The source is a link that opens beside the editor, not an address to copy.
            ListItem item = new ListItem(new Span("line " + flag.line() + ": " + flag.drug() + " is " + flag.drugClass()
                    + ", not " + flag.claimedClass() + " — "));
            Anchor source =
                    new Anchor(flag.source().url().toString(), flag.source().title());
            source.setTarget(AnchorTarget.BLANK);
            source.getElement().setAttribute("rel", "noopener noreferrer");
            item.add(source);
            item.addClassName("flag");
            item.add(new Paragraph("“" + flag.sentence() + "”"));
            list.add(item);
        }
        add(list);
    }
}
