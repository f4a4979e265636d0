package org.oncolearn.authoring;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** Short, LMS-neutral instructions; each LMS names its SCORM tool and its question-bank import differently. */
class LmsHelp extends Details {

    LmsHelp() {
        setSummaryText(getTranslation("export.help.title"));
        add(new UnorderedList(
                new ListItem(getTranslation("export.help.moodle")),
                new ListItem(getTranslation("export.help.others")),
                new ListItem(getTranslation("export.help.bank")),
                new ListItem(getTranslation("export.help.offline"))));
        add(new Paragraph(getTranslation("export.help.update")));
    }
}
