package org.oncolearn.drafting;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import org.oncolearn.contentimport.LessonHtml;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;
import org.oncolearn.course.Level;
import org.oncolearn.course.Source;
import org.oncolearn.knowledge.Drug;

/**
 * The course an imported document starts as: its lessons' titles and text and, when a knowledge base is at hand, the
 * checks drafted for each lesson with the objectives they test. The editor then shows what is still missing
 * (summaries, sources, reviews) next to each field, and each drafted check as a proposal to accept or reject.
 */
public final class ImportedCourse {

    /** One section of the imported document, which becomes one lesson. */
    public record Section(String title, String markdown) {}

    private static final int NAMED_IN_SUMMARY = 3;
    static final int MAX_PER_LESSON = 12;
    static final int MAX_PER_COURSE = 120;

    private ImportedCourse() {}

    /** The lessons' titles and text, nothing else. */
    public static Course of(String title, List<Section> sections) {
        List<Lesson> lessons = new ArrayList<>();
        for (Section section : sections) {
            lessons.add(lesson(lessons.size() + 1, section));
        }
        return course(title, lessons, "");
    }

    /** The lessons with the checks drafted from their text, each marked as a proposal. */
    public static Course drafted(String title, List<Section> sections, CheckDrafter drafter) {
        List<Lesson> lessons = new ArrayList<>();
        Set<String> asked = new java.util.HashSet<>();
        for (Section section : sections) {
            lessons.add(withDrafts(lesson(lessons.size() + 1, section), section, drafter, asked));
        }
        // A starting point, like the lessons' summaries: the educator reviews and rewrites it with the rest.
        return course(
                title,
                lessons,
                "Lessons: " + joined(lessons.stream().map(Lesson::title).toList()) + ".");
    }

    private static Lesson lesson(int number, Section section) {
        return new Lesson(
                "lesson-" + number,
                number,
                section.title().strip(),
                "",
                new LessonText(section.markdown(), LessonHtml.render(section.markdown())),
                new LinkedHashMap<>(),
                List.of(),
                List.of(),
                Optional.empty());
    }

    private static Course course(String title, List<Lesson> lessons, String summary) {
        return new Course(
                idFor(title),
                title.strip(),
                "en",
                Course.DEFAULT_MASTERY_PERCENT,
                summary,
                Optional.empty(),
                lessons,
                Course.FILE_VERSION);
    }

    /**
     * Adds the drafted checks, the objectives they test and, as a starting point the educator reviews with the rest,
     * a summary of what the checks cover and the knowledge-base sources to check the lesson text against.
     */
    static Lesson withDrafts(Lesson lesson, Section section, CheckDrafter drafter, Set<String> asked) {
        String text = section.title() + "\n\n" + section.markdown();
        // A medicine named again in a later lesson would get the same checks again: each question is drafted once
        // per course, and a lesson gets at most a dozen, so a long handbook does not become thousands of proposals.
        List<DraftedCheck> drafts =
                asked.size() >= MAX_PER_COURSE ? List.of() : atMost(drafter.draft(text, lesson.id(), asked));
        if (drafts.isEmpty()) {
            return lesson;
        }
        SequencedMap<String, String> objectives = new LinkedHashMap<>();
        CheckDrafter.OBJECTIVES.forEach((code, goal) -> {
            if (drafts.stream().anyMatch(d -> d.objectiveCode().equals(code))) {
                objectives.put(code, goal);
            }
        });
        Set<Source> sources = new LinkedHashSet<>();
        List<Check> checks = new ArrayList<>();
        for (DraftedCheck draft : drafts) {
            checks.add(draft.check()
                    .withId(lesson.id() + "-d" + (checks.size() + 1))
                    .withDrafted(true));
            sources.addAll(draft.check().sources());
        }
        boolean testFirst = drafts.stream().anyMatch(d -> d.objectiveCode().equals(CheckDrafter.TEST_FIRST));
        return new Lesson(
                lesson.id(),
                lesson.number(),
                lesson.title(),
                summary(drafter.drugsIn(text), drafter.kindsIn(text), testFirst),
                lesson.text(),
                objectives,
                List.copyOf(sources),
                checks,
                Optional.empty());
    }

    /** The first dozen drafts, keeping a patient one when there is any: patients get at least one check per lesson. */
    static List<DraftedCheck> atMost(List<DraftedCheck> drafts) {
        if (drafts.size() <= MAX_PER_LESSON) {
            return drafts;
        }
        List<DraftedCheck> kept = new ArrayList<>(drafts.subList(0, MAX_PER_LESSON));
        boolean patient = kept.stream().anyMatch(d -> d.check().level() == Level.PATIENT);
        drafts.stream()
                .skip(MAX_PER_LESSON)
                .filter(d -> !patient && d.check().level() == Level.PATIENT)
                .findFirst()
                .ifPresent(d -> kept.set(MAX_PER_LESSON - 1, d));
        return kept;
    }

    /**
     * "Which kind of medicine cisplatin is. How immunotherapies work." Drug names and kinds of drug go in separate
     * sentences, so that the fact check never reads a drug and a kind it does not belong to as one claim.
     */
    static String summary(List<Drug> drugs, List<String> kinds, boolean testFirst) {
        List<String> sentences = new ArrayList<>();
        List<String> kindNames = kinds.stream().map(ImportedCourse::plural).toList();
        if (!drugs.isEmpty()) {
            List<String> names =
                    drugs.stream().limit(NAMED_IN_SUMMARY).map(Drug::name).toList();
            boolean one = names.size() == 1;
            sentences.add("Which kind of medicine " + joined(names) + (one ? " is" : " are")
                    + (kinds.isEmpty() ? (one ? " and how it works" : " and how they work") : ""));
        }
        List<String> parts = new ArrayList<>();
        if (kinds.size() == 1 || (!kinds.isEmpty() && !drugs.isEmpty())) {
            parts.add("how " + joined(kindNames) + " work");
        } else if (kinds.size() > 1) {
            parts.add("how " + joined(kindNames) + " differ");
            parts.add("how they work");
        }
        if (testFirst) {
            parts.add("which tumour test comes before a targeted drug");
        }
        if (!parts.isEmpty()) {
            sentences.add(joined(parts));
        }
        // Drug names are long words, and the summary is shown to patients: a short plain sentence says what follows
        // and keeps the reading level down.
        sentences.add("then you answer a few questions about it");
        return String.join(
                " ",
                sentences.stream()
                        .map(x -> Character.toUpperCase(x.charAt(0)) + x.substring(1) + ".")
                        .toList());
    }

    private static String plural(String kind) {
        return switch (kind) {
            case "immunotherapy" -> "immunotherapies";
            case "targeted" -> "targeted drugs";
            case "immunosuppressant" -> "immunosuppressants";
            default -> kind;
        };
    }

    private static String joined(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }

    /** A course id (also its folder name) from a title: lowercase ASCII words joined by "-", at most 64 long. */
    public static String idFor(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String id = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > 64) {
            id = id.substring(0, 64).replaceAll("-+$", "");
        }
        return id.isEmpty() ? "course" : id;
    }
}
