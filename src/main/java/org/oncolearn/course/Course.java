package org.oncolearn.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A course: an ordered list of lessons with a mastery threshold every lesson is scored against.
 *
 * @param confidence whether learners say how sure they are before each answer (confidence-based marking)
 */
public record Course(
        String id,
        String title,
        String language,
        int masteryPercent,
        String summary,
        Optional<LocalDate> reviewed,
        List<Lesson> lessons,
        int version,
        boolean confidence) {

    public static final int DEFAULT_MASTERY_PERCENT = 80;

    public Course {
        lessons = List.copyOf(lessons);
    }

    /** A course without confidence-based marking, the default. */
    public Course(
            String id,
            String title,
            String language,
            int masteryPercent,
            String summary,
            Optional<LocalDate> reviewed,
            List<Lesson> lessons,
            int version) {
        this(id, title, language, masteryPercent, summary, reviewed, lessons, version, false);
    }

    /** Courses read from files are version 0; each publication in the app gets the next number. */
    public static final int FILE_VERSION = 0;

    public Course withId(String newId) {
        return new Course(newId, title, language, masteryPercent, summary, reviewed, lessons, version, confidence);
    }

    public Course withVersion(int newVersion) {
        return new Course(id, title, language, masteryPercent, summary, reviewed, lessons, newVersion, confidence);
    }

    public Course withLanguage(String newLanguage) {
        return new Course(id, title, newLanguage, masteryPercent, summary, reviewed, lessons, version, confidence);
    }

    public Course withLessons(List<Lesson> newLessons) {
        return new Course(id, title, language, masteryPercent, summary, reviewed, newLessons, version, confidence);
    }

    /** The course as learners may see it: without checks that are still proposals (see {@link Check#drafted()}). */
    public Course forLearners() {
        if (lessons.stream().flatMap(l -> l.checks().stream()).noneMatch(Check::drafted)) {
            return this;
        }
        return withLessons(lessons.stream().map(Lesson::forLearners).toList());
    }

    public Course withConfidence(boolean newConfidence) {
        return new Course(id, title, language, masteryPercent, summary, reviewed, lessons, version, newConfidence);
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }

    public Optional<Lesson> lessonAfter(Lesson lesson) {
        int next = lessons.indexOf(lesson) + 1;
        return next > 0 && next < lessons.size() ? Optional.of(lessons.get(next)) : Optional.empty();
    }

    public Optional<Check> check(String checkId) {
        return lessons.stream()
                .flatMap(l -> l.checks().stream())
                .filter(c -> c.id().equals(checkId))
                .findFirst();
    }

    public Optional<Lesson> lessonOf(Check check) {
        return lessons.stream().filter(l -> l.checks().contains(check)).findFirst();
    }

    public int checkCount(Level level) {
        return lessons.stream().mapToInt(l -> l.checks(level).size()).sum();
    }
}
