package org.oncolearn.delivery;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.oncolearn.course.Lesson;

/** Shows a lesson to read: what it teaches, its text and its sources, then the way into its checks. */
class LessonReader extends StepComponent {

    LessonReader(Lesson lesson, int checkCount, boolean reviewing, String language) {
        addClassName("lesson");
        H2 title = new H2(getTranslation("lesson.heading", lesson.number(), lesson.title()));
        Headings.focusable(title);
        add(title);

        Span summary = new Span(lesson.summary());
        summary.getElement().setAttribute("lang", language);
        Paragraph inShort = new Paragraph(getTranslation("lesson.inShort") + " ");
        inShort.add(summary);
        inShort.addClassName("in-short");
        add(inShort);

        Div objectives = new Div(new H3(getTranslation("lesson.objectives")));
        UnorderedList goals = new UnorderedList();
        goals.getElement().setAttribute("lang", language);
        lesson.objectives().values().forEach(goal -> goals.add(new ListItem(goal)));
        objectives.add(goals);
        objectives.addClassName("objectives");
        add(objectives);

        Div body = new Div();
        body.addClassName("lesson-text");
        body.getElement().setAttribute("lang", language);
        // The importer escaped raw HTML and dropped unsafe links when it rendered the Markdown.
        body.getElement().setProperty("innerHTML", lesson.text().safeHtml());
        add(body);
        add(new SourceList(lesson.sources(), language));

        if (reviewing) {
            add(actionButton(getTranslation("lesson.backToResult"), StepAction.Kind.BACK_TO_RESULT, lesson.id(), true));
        } else {
            add(new Paragraph(getTranslation("lesson.checksFollow", checkCount)));
            String start = getTranslation("lesson.startChecks", checkCount);
            add(actionButton(start, StepAction.Kind.START_CHECKS, lesson.id(), true));
        }
    }
}
