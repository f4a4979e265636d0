package org.oncolearn.contentimport.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Lesson and check ids, which must each be unique in a course because progress and exports refer to them. A second
 * use is reported on the line of the id that repeats, naming the file that used it first.
 */
final class UniqueIds {

    private final Map<String, String> lessons = new HashMap<>();
    private final Map<String, String> checks = new HashMap<>();

    void claimLesson(YamlMap lesson, String id) {
        String first = lessons.putIfAbsent(id, fileName(lesson));
        if (first != null) {
            report(lesson, "lesson id \"" + id + "\" is already used by " + first);
        }
    }

    void claimCheck(YamlMap check, String id) {
        String first = checks.putIfAbsent(id, fileName(check));
        if (first != null) {
            report(
                    check,
                    "check id \"" + id + "\" is already used in " + first + "; check ids must be unique in a course");
        }
    }

    private static void report(YamlMap owner, String message) {
        owner.problems().add(owner.file(), owner.line("id"), message);
    }

    private static String fileName(YamlMap map) {
        return map.file().substring(map.file().lastIndexOf('/') + 1);
    }
}
