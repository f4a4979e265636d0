package org.oncolearn.authoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oncolearn.draft.EditorState;

/**
 * The editor's fields by content path, so that each problem the loader finds is shown next to its field, and a link
 * in a list of problems can move the keyboard focus to the field it is about.
 */
class Fields {

    private final Map<String, HasValidation> byKey = new HashMap<>();
    private final Map<String, Component> targets = new HashMap<>();
    private final EditorWords words;

    Fields(EditorWords words) {
        this.words = words;
    }

    <F extends Component & HasValidation> void register(String key, F field) {
        byKey.put(key, field);
        targets.put(key, field);
    }

    /** Something to move the focus to that is not a field: a heading, a review line, a button. */
    void target(String key, Component component) {
        targets.put(key, component);
    }

    /** Forgets the fields of the lesson shown before; the course's own fields stay. */
    void clearLessonFields() {
        byKey.keySet().removeIf(key -> !key.startsWith(EditorState.courseField("")));
        targets.keySet().removeIf(key -> !key.startsWith(EditorState.courseField("")));
    }

    void show(EditorState state) {
        byKey.forEach((key, field) -> {
            List<String> problems = state.fieldProblems().getOrDefault(key, List.of());
            field.setInvalid(!problems.isEmpty());
            field.setErrorMessage(
                    problems.isEmpty()
                            ? null
                            : String.join(
                                    " ",
                                    problems.stream()
                                            .map(p -> capitalised(Sentences.problem(p, words)))
                                            .toList()));
        });
    }

    /** Under its field a sentence stands alone, so it starts with a capital. */
    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /**
     * The component for a field key: the field itself, else the first field inside it ({@code checks.0.options} → its
     * first option), else the nearest field around it ({@code checks.0.options.9.text} of a removed option → the
     * check).
     */
    Optional<Component> find(String key) {
        if (targets.containsKey(key)) {
            return Optional.of(targets.get(key));
        }
        Optional<Component> inside = targets.keySet().stream()
                .filter(k -> k.startsWith(key + "."))
                .sorted()
                .findFirst()
                .map(targets::get);
        if (inside.isPresent()) {
            return inside;
        }
        for (String shorter = key; shorter.contains("."); shorter = shorter.substring(0, shorter.lastIndexOf('.'))) {
            String parent = shorter.substring(0, shorter.lastIndexOf('.'));
            if (targets.containsKey(parent)) {
                return Optional.of(targets.get(parent));
            }
        }
        return Optional.empty();
    }

    /**
     * Moves the focus to a field and scrolls it into view just below the sticky save status, which would otherwise
     * cover it. Radio groups get the focus on their chosen button, other components on themselves.
     */
    boolean focus(String key) {
        Optional<Component> target = find(key);
        target.ifPresent(component -> component
                .getElement()
                .executeJs("const field = $0;"
                        + "const inner = field.localName === 'vaadin-radio-group'"
                        + "  ? (field.querySelector('vaadin-radio-button[checked]')"
                        + "     || field.querySelector('vaadin-radio-button')) : field;"
                        + "const bar = document.querySelector('.save-status');"
                        + "const below = bar ? bar.getBoundingClientRect().height + 16 : 16;"
                        + "window.scrollBy({top: field.getBoundingClientRect().top - below, behavior: 'instant'});"
                        + "inner.focus({preventScroll: true});"));
        return target.isPresent();
    }
}
