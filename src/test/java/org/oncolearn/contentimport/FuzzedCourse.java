package org.oncolearn.contentimport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.Consumer;

/**
 * A generated course held in memory, with an account of how it was made: a failing try then shows what was done to
 * which file rather than a megabyte of YAML.
 */
record FuzzedCourse(String how, String folderName, SequencedMap<String, String> files) {

    /** Longer texts are cut in failure reports; the seed jqwik prints regenerates them in full. */
    private static final int SHOWN_CHARS = 300;

    FuzzedCourse {
        files = new LinkedHashMap<>(files);
    }

    static FuzzedCourse of(String folderName, SequencedMap<String, String> files) {
        return new FuzzedCourse("", folderName, files);
    }

    /** A copy with one more change, so a chain of edits never alters a course another try still uses. */
    FuzzedCourse with(String change, Consumer<SequencedMap<String, String>> edit) {
        SequencedMap<String, String> changed = new LinkedHashMap<>(files);
        edit.accept(changed);
        return new FuzzedCourse(how.isEmpty() ? change : how + "; " + change, folderName, changed);
    }

    FuzzedCourse inFolder(String otherFolderName) {
        return new FuzzedCourse(how + "; folder " + otherFolderName, otherFolderName, files);
    }

    CourseFileSet fileSet() {
        return new CourseFileSet(folderName, files);
    }

    @Override
    public String toString() {
        StringBuilder shown = new StringBuilder("[" + how + "] in folder \"" + folderName + "\"");
        for (Map.Entry<String, String> file : files.entrySet()) {
            String text = file.getValue();
            shown.append("\n--- ")
                    .append(file.getKey())
                    .append(" (")
                    .append(text.length())
                    .append(" chars) ---\n")
                    .append(text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "…" : text);
        }
        return shown.toString();
    }
}
