package org.oncolearn.authoring;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.oncolearn.lint.Finding;

/** Lint findings with the rule's one-line reason and a link to its guideline; announced when they change. */
class FindingList extends Div {

    FindingList() {
        addClassName("finding-list");
        getElement().setAttribute("role", "status");
    }

    void show(List<Finding> findings) {
        removeAll();
        if (findings.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Finding finding : findings) {
            ListItem item = new ListItem(label(finding) + ": " + finding.detail() + ". "
                    + finding.rule().explanation() + " ");
            item.addClassName(finding.severity().name().toLowerCase(java.util.Locale.ROOT));
            Anchor guideline = new Anchor(finding.rule().guideline().toString(), "Guideline");
            guideline.setTarget("_blank");
            guideline.getElement().setAttribute("rel", "noopener noreferrer");
            item.add(guideline);
            list.add(item);
        }
        add(list);
    }

    private static String label(Finding finding) {
        String severity = switch (finding.severity()) {
            case ERROR -> "Error";
            case WARNING -> "Warning";
        };
        return severity + " (" + finding.rule().code() + ", " + finding.field() + ")";
    }
}
