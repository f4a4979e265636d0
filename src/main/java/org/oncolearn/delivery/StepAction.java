package org.oncolearn.delivery;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/** A learner's request to move on in a course, fired by the step components and handled by the course view. */
class StepAction extends ComponentEvent<Component> {

    enum Kind {
        START_CHECKS,
        NEXT,
        RETRY_MISSED,
        CONTINUE,
        REVIEW_LESSON,
        BACK_TO_RESULT,
        OPEN_LESSON
    }

    private final Kind kind;
    private final String lessonId;

    StepAction(Component source, Kind kind, String lessonId) {
        super(source, true);
        this.kind = kind;
        this.lessonId = lessonId;
    }

    Kind kind() {
        return kind;
    }

    String lessonId() {
        return lessonId;
    }
}
