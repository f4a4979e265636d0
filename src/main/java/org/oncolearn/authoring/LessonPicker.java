package org.oncolearn.authoring;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.shared.Registration;

/** One button per lesson; the open one is marked for screen readers with aria-current. */
class LessonPicker extends Nav {

    /** The educator chose a lesson to edit (from 0). */
    static class LessonChosen extends ComponentEvent<LessonPicker> {
        private final int index;

        LessonChosen(LessonPicker source, int index) {
            super(source, true);
            this.index = index;
        }

        int index() {
            return index;
        }
    }

    LessonPicker() {
        addClassName("lesson-picker");
        getElement().setAttribute("aria-label", getTranslation("editor.lessons"));
    }

    void show(int lessons, int open) {
        removeAll();
        for (int i = 0; i < lessons; i++) {
            int index = i;
            Button lesson = new Button(
                    getTranslation("editor.place.lesson", i + 1), e -> fireEvent(new LessonChosen(this, index)));
            if (i == open) {
                lesson.getElement().setAttribute("aria-current", "true");
                lesson.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            add(lesson);
        }
    }

    Registration addLessonChosenListener(ComponentEventListener<LessonChosen> listener) {
        return addListener(LessonChosen.class, listener);
    }
}
