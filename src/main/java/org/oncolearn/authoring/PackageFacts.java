package org.oncolearn.authoring;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.oncolearn.course.Course;

/** What goes into a package and what the LMS will be told, so an educator knows what to expect in its reports. */
class PackageFacts extends Div {

    PackageFacts(Course course) {
        int checks =
                course.lessons().stream().mapToInt(l -> l.courseChecks().size()).sum();
        add(new Paragraph("One package holds the " + course.lessons().size() + " lessons and their " + checks
                + " checks, with a rationale for every option. It works offline and loads nothing from other sites."));
        UnorderedList reports = new UnorderedList(
                new ListItem("Every answer, as an interaction: the check, the options chosen, the correct options, "
                        + "right or wrong, and the time taken."),
                new ListItem("The score from 0 to 100, and passed or failed against the course mastery level of "
                        + course.masteryPercent() + " %."),
                new ListItem("A bookmark, so learners who leave come back to where they stopped, with their answers."));
        reports.setId("lms-reports");
        add(new Paragraph("Your LMS receives:"), reports);
    }
}
