package org.oncolearn.authoring;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.oncolearn.course.Course;
import org.oncolearn.export.QuestionBankExporter;

/** What goes into a package and what the LMS will be told, so an educator knows what to expect in its reports. */
class PackageFacts extends Div {

    PackageFacts(Course course) {
        int checks =
                course.lessons().stream().mapToInt(l -> l.courseChecks().size()).sum();
        add(new Paragraph(getTranslation("export.facts", course.lessons().size(), checks)));
        UnorderedList reports = new UnorderedList(
                new ListItem(getTranslation("export.reports.answers")),
                new ListItem(getTranslation("export.reports.score", course.masteryPercent())),
                new ListItem(getTranslation("export.reports.bookmark")));
        reports.setId("lms-reports");
        add(new Paragraph(getTranslation("export.reports")), reports);
        add(new Paragraph(getTranslation("export.facts.bank", QuestionBankExporter.questions(course))));
    }
}
