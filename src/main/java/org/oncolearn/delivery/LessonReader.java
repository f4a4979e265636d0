package org.oncolearn.delivery;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.oncolearn.course.Lesson;

/** Shows a lesson to read: what it teaches, its text and its sources, then the way into its checks. */
class LessonReader extends StepComponent {

    LessonReader(Lesson lesson, int checkCount, boolean reviewing) {
        addClassName("lesson");
        H2 title = new H2("Lesson " + lesson.number() + ": " + lesson.title());
        Headings.focusable(title);
        add(title);

        Paragraph inShort = new Paragraph("In short: " + lesson.summary());
        inShort.addClassName("in-short");
        add(inShort);

        Div objectives = new Div(new H3("After this lesson you can"));
        UnorderedList goals = new UnorderedList();
        lesson.objectives().values().forEach(goal -> goals.add(new ListItem(goal)));
        objectives.add(goals);
        objectives.addClassName("objectives");
        add(objectives);

        Div body = new Div();
        body.addClassName("lesson-text");
        // The importer escaped raw HTML and dropped unsafe links when it rendered the Markdown.
        body.getElement().setProperty("innerHTML", lesson.text().safeHtml());
        add(body);
        add(new SourceList(lesson.sources()));

        if (reviewing) {
            add(actionButton("Back to your result", StepAction.Kind.BACK_TO_RESULT, lesson.id(), true));
        } else {
            add(new Paragraph(
                    checkCount + " checks follow. After each answer you see why every option is right or" + " wrong."));
            add(actionButton("Start the " + checkCount + " checks", StepAction.Kind.START_CHECKS, lesson.id(), true));
        }
    }
}
