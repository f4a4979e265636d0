package org.oncolearn.authoring;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** Short, LMS-neutral instructions; each LMS names its SCORM tool differently. */
class LmsHelp extends Details {

    LmsHelp() {
        super("How to add the package to your LMS");
        add(new UnorderedList(
                new ListItem("Moodle: add an activity of the type \"SCORM package\" and upload the zip file."),
                new ListItem("Canvas, Blackboard and others: use the SCORM tool your institution has enabled and "
                        + "upload the zip file; ask your LMS administrator if you cannot find it."),
                new ListItem("To try the package without an LMS, unzip it and open index.html: it runs as an "
                        + "offline self-check that reports nothing.")));
        add(new Paragraph("When you change the course, export again and replace the package in your LMS. Learners "
                + "who had started the old version begin the new one from the start."));
    }
}
