package org.oncolearn.authoring;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;
import org.oncolearn.export.ScormStandard;

/** The choice between SCORM versions, with a hint on when to pick which. */
class StandardPicker extends Composite<RadioButtonGroup<ScormStandard>> {

    /** The educator picked another standard. */
    static class ChangeEvent extends ComponentEvent<StandardPicker> {
        private final ScormStandard standard;

        ChangeEvent(StandardPicker source, ScormStandard standard) {
            super(source, true);
            this.standard = standard;
        }

        ScormStandard standard() {
            return standard;
        }
    }

    StandardPicker() {
        RadioButtonGroup<ScormStandard> group = getContent();
        group.setLabel("Standard");
        group.setItems(ScormStandard.values());
        group.setItemLabelGenerator(StandardPicker::describe);
        group.setValue(ScormStandard.SCORM12);
        group.setRequired(true);
        group.setHelperText("Both report the same answers and result. Pick the one your LMS administrator recommends.");
        group.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                fireEvent(new ChangeEvent(this, event.getValue()));
            }
        });
    }

    private static String describe(ScormStandard standard) {
        return switch (standard) {
            case SCORM12 -> "SCORM 1.2: imports into nearly every LMS, including Moodle, Canvas and Blackboard";
            case SCORM2004 -> "SCORM 2004 4th Edition: reports completion and pass/fail separately";
        };
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }
}
