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

/**
 * Fact-check flags with their line, reason and source, announced to screen readers when they change. The drug and its
 * classes are said as the lexicon names them, like all course content; the sentence around them is translated.
 */
class FlagList extends Div {

    FlagList() {
        addClassName("flag-list");
        getElement().setAttribute("role", "status");
    }

    void show(List<DrugClassFlag> flags, String where) {
        removeAll();
        if (flags.isEmpty()) {
            add(new Paragraph(getTranslation("import.flags.none", where)));
            removeClassName("has-flags");
            return;
        }
        addClassName("has-flags");
        add(new H3(getTranslation("import.flags.heading", flags.size(), where)));
        UnorderedList list = new UnorderedList();
        for (DrugClassFlag flag : flags) {
            // The source is a link that opens beside the editor, not an address to copy.
            ListItem item = new ListItem(new Span(
                    getTranslation("import.flag", flag.line(), flag.drug(), flag.drugClass(), flag.claimedClass())
                            + " "));
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
