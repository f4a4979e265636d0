package org.oncolearn.authoring;

/**
 * The editor's texts in the educator's language: a component's {@code getTranslation}, or the translations for one
 * locale in a test.
 */
@FunctionalInterface
interface EditorWords {

    String get(String key, Object... params);
}
