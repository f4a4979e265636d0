package org.oncolearn.authoring;

import com.vaadin.flow.component.HasValidation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oncolearn.draft.EditorState;

/** The editor's fields by content path, so that each problem the loader finds is shown next to its field. */
class Fields {

    private final Map<String, HasValidation> byKey = new HashMap<>();

    void register(String key, HasValidation field) {
        byKey.put(key, field);
    }

    /** Forgets the fields of the lesson shown before; the course's own fields stay. */
    void clearLessonFields() {
        byKey.keySet().removeIf(key -> !key.startsWith(EditorState.courseField("")));
    }

    void show(EditorState state) {
        byKey.forEach((key, field) -> {
            List<String> problems = state.fieldProblems().getOrDefault(key, List.of());
            field.setInvalid(!problems.isEmpty());
            field.setErrorMessage(problems.isEmpty() ? null : String.join(" ", problems));
        });
    }
}
