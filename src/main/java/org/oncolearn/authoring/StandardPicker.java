package org.oncolearn.authoring;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;
import org.oncolearn.export.ExportFormat;
import org.oncolearn.export.ScormStandard;

/** The choice of export format, with a hint on when to pick which: the SCORM packages, then the question banks. */
class StandardPicker extends Composite<RadioButtonGroup<ExportFormat>> {

    /** The educator picked another format. */
    static class ChangeEvent extends ComponentEvent<StandardPicker> {
        private final ExportFormat format;

        ChangeEvent(StandardPicker source, ExportFormat format) {
            super(source, true);
            this.format = format;
        }

        ExportFormat format() {
            return format;
        }
    }

    StandardPicker() {
        RadioButtonGroup<ExportFormat> group = getContent();
        group.setLabel(getTranslation("export.standard"));
        group.setItems(ExportFormat.all());
        group.setItemLabelGenerator(format -> getTranslation("export.format." + format.key()));
        group.setValue(ScormStandard.SCORM12);
        group.setRequired(true);
        group.setHelperText(getTranslation("export.standard.helper"));
        group.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                fireEvent(new ChangeEvent(this, event.getValue()));
            }
        });
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }
}
