package org.oncolearn.authoring;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * The editor's text fields: each change the educator makes is handed on after a short pause in typing, so it is
 * saved and judged while they write, without a round trip per key.
 */
final class LiveFields {

    static final int PAUSE_MILLIS = 500;

    private LiveFields() {}

    static TextField text(String label, String value, Consumer<String> changed) {
        return live(new TextField(label), value, changed);
    }

    static TextArea area(String label, String value, Consumer<String> changed) {
        return live(new TextArea(label), value, changed);
    }

    private static <F extends AbstractField<F, String> & HasValueChangeMode & HasSize> F live(
            F field, String value, Consumer<String> changed) {
        field.setValue(value);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(PAUSE_MILLIS);
        // Values set by the editor itself are not edits and must not be saved back.
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.accept(e.getValue());
            }
        });
        return field;
    }
}
