package org.oncolearn.draft.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import org.oncolearn.contentimport.LessonHtml;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.course.Review;
import org.oncolearn.course.Source;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft as stored: plain JSON that holds any state the editor can produce, valid or not, so unfinished work is
 * always saved. Validity is judged separately, by writing the draft as course files and loading them.
 */
public final class DraftJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DraftJson() {}

    public static String write(Course course) {
        return JSON.writeValueAsString(CourseDoc.of(course));
    }

    public static Course read(String json) {
        return JSON.readValue(json, CourseDoc.class).toCourse();
    }

    record CourseDoc(
            String id,
            String title,
            String language,
            int mastery,
            String summary,
            String reviewed,
            List<LessonDoc> lessons,
            Boolean confidence) {

        static CourseDoc of(Course c) {
            return new CourseDoc(
                    c.id(),
                    c.title(),
                    c.language(),
                    c.masteryPercent(),
                    c.summary(),
                    c.reviewed().map(LocalDate::toString).orElse(null),
                    c.lessons().stream().map(LessonDoc::of).toList(),
                    c.confidence());
        }

        Course toCourse() {
            List<Lesson> read = new ArrayList<>();
            for (LessonDoc lesson : lessons) {
                read.add(lesson.toLesson(read.size() + 1));
            }
            return new Course(
                    id,
                    title,
                    language,
                    mastery,
                    summary,
                    Optional.ofNullable(reviewed).map(LocalDate::parse),
                    read,
                    Course.FILE_VERSION,
                    Boolean.TRUE.equals(confidence));
        }
    }

    record LessonDoc(
            String id,
            String title,
            String summary,
            String body,
            List<ObjectiveDoc> objectives,
            List<SourceDoc> sources,
            List<CheckDoc> checks,
            ReviewDoc review) {

        static LessonDoc of(Lesson l) {
            List<ObjectiveDoc> objectives = new ArrayList<>();
            l.objectives().forEach((code, text) -> objectives.add(new ObjectiveDoc(code, text)));
            return new LessonDoc(
                    l.id(),
                    l.title(),
                    l.summary(),
                    l.text().markdown(),
                    objectives,
                    l.sources().stream().map(SourceDoc::of).toList(),
                    l.checks().stream().map(CheckDoc::of).toList(),
                    l.review().map(ReviewDoc::of).orElse(null));
        }

        Lesson toLesson(int number) {
            SequencedMap<String, String> objectiveMap = new LinkedHashMap<>();
            objectives.forEach(o -> objectiveMap.put(o.code(), o.text()));
            return new Lesson(
                    id,
                    number,
                    title,
                    summary,
                    new LessonText(body, LessonHtml.render(body)),
                    objectiveMap,
                    sources.stream().map(SourceDoc::toSource).toList(),
                    checks.stream().map(CheckDoc::toCheck).toList(),
                    Optional.ofNullable(review).map(ReviewDoc::toReview));
        }
    }

    record CheckDoc(
            String id,
            String level,
            String type,
            String objective,
            String stem,
            List<OptionDoc> options,
            List<SourceDoc> sources,
            String ask,
            ReviewDoc review,
            Boolean shuffle,
            Boolean drafted) {

        static CheckDoc of(Check c) {
            return new CheckDoc(
                    c.id(),
                    c.level().name(),
                    c.type().name(),
                    c.objective(),
                    c.stem(),
                    c.options().stream()
                            .map(o -> new OptionDoc(o.text(), o.key(), o.rationale()))
                            .toList(),
                    c.sources().stream().map(SourceDoc::of).toList(),
                    c.ask().orElse(null),
                    c.review().map(ReviewDoc::of).orElse(null),
                    c.shuffle(),
                    c.drafted() ? Boolean.TRUE : null);
        }

        Check toCheck() {
            List<Option> read = new ArrayList<>();
            for (OptionDoc option : options) {
                read.add(new Option(
                        String.valueOf((char) ('a' + read.size())), option.text(), option.key(), option.rationale()));
            }
            return new Check(
                    id,
                    Level.valueOf(level),
                    CheckType.valueOf(type),
                    objective,
                    stem,
                    read,
                    sources.stream().map(SourceDoc::toSource).toList(),
                    Optional.ofNullable(ask),
                    Optional.ofNullable(review).map(ReviewDoc::toReview),
                    // Drafts saved before shuffling existed have no value: shuffle, as new checks do.
                    !Boolean.FALSE.equals(shuffle),
                    Boolean.TRUE.equals(drafted));
        }
    }

    record OptionDoc(String text, boolean key, String rationale) {}

    record ObjectiveDoc(String code, String text) {}

    record SourceDoc(String key, String title, String url) {
        static SourceDoc of(Source s) {
            return new SourceDoc(s.key(), s.title(), s.url().toString());
        }

        Source toSource() {
            return new Source(key, title, URI.create(url));
        }
    }

    record ReviewDoc(String reviewer, String reviewBy) {
        static ReviewDoc of(Review r) {
            return new ReviewDoc(r.reviewer(), r.reviewBy().toString());
        }

        Review toReview() {
            return new Review(reviewer, LocalDate.parse(reviewBy));
        }
    }
}
