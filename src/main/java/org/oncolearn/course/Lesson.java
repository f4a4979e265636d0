package org.oncolearn.course;

import java.util.List;
import java.util.SequencedMap;

/** One lesson: text to read, the objectives it teaches, and the checks that test them. */
public record Lesson(
        String id,
        int number,
        String title,
        String summary,
        LessonText text,
        SequencedMap<String, String> objectives,
        List<Source> sources,
        List<Check> checks) {

    public Lesson {
        sources = List.copyOf(sources);
        checks = List.copyOf(checks);
    }

    public List<Check> checks(Level level) {
        return checks.stream().filter(c -> c.level() == level).toList();
    }

    /**
     * The checks of the course flow, in the app and in exported packages alike: the nursing track, or every check
     * when a lesson has no nursing checks.
     */
    public List<Check> courseChecks() {
        List<Check> nursing = checks(Level.NURSING);
        return nursing.isEmpty() ? checks : nursing;
    }
}
