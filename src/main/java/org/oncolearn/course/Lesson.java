package org.oncolearn.course;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.stream.Collectors;

/** One lesson: text to read, the objectives it teaches, and the checks that test them. */
public record Lesson(
        String id,
        int number,
        String title,
        String summary,
        LessonText text,
        SequencedMap<String, String> objectives,
        List<Source> sources,
        List<Check> checks,
        Optional<Review> review) {

    public Lesson {
        sources = List.copyOf(sources);
        checks = List.copyOf(checks);
    }

    public Lesson withChecks(List<Check> newChecks) {
        return new Lesson(id, number, title, summary, text, objectives, sources, newChecks, review);
    }

    public Lesson withNumber(int newNumber) {
        return new Lesson(id, newNumber, title, summary, text, objectives, sources, checks, review);
    }

    public Lesson withReview(Optional<Review> newReview) {
        return new Lesson(id, number, title, summary, text, objectives, sources, checks, newReview);
    }

    /**
     * The lesson without its drafted checks, and without the objectives that only those checks test: learners are not
     * told they will learn what nothing in the lesson checks yet.
     */
    public Lesson forLearners() {
        List<Check> accepted = checks.stream().filter(c -> !c.drafted()).toList();
        Set<String> draftedOnly = checks.stream()
                .filter(Check::drafted)
                .map(Check::objective)
                .filter(o -> accepted.stream().noneMatch(c -> c.objective().equals(o)))
                .collect(Collectors.toSet());
        SequencedMap<String, String> kept = new LinkedHashMap<>(objectives);
        kept.keySet().removeAll(draftedOnly);
        return new Lesson(id, number, title, summary, text, kept, sources, accepted, review);
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
