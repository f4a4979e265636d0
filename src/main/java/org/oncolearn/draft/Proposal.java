package org.oncolearn.draft;

import java.util.ArrayList;
import java.util.List;
import org.oncolearn.contentimport.ImportedDocument;
import org.oncolearn.contentimport.ImportedDocument.Paragraph;

/**
 * The lessons proposed for an imported document, before the educator confirms them. Immutable: renaming, merging
 * and splitting each give a new proposal.
 */
public record Proposal(String fileName, String format, String title, List<ProposedLesson> lessons) {

    /** A proposed lesson: a title and the paragraphs that will become its text. */
    public record ProposedLesson(String title, List<Paragraph> paragraphs) {

        public ProposedLesson {
            paragraphs = List.copyOf(paragraphs);
        }

        public String markdown() {
            return String.join("\n\n", paragraphs.stream().map(Paragraph::text).toList());
        }
    }

    public Proposal {
        lessons = List.copyOf(lessons);
    }

    public static Proposal of(ImportedDocument document) {
        return new Proposal(
                document.fileName(),
                document.format(),
                document.title(),
                document.sections().stream()
                        .map(s -> new ProposedLesson(s.title(), s.paragraphs()))
                        .toList());
    }

    public Proposal retitle(String newTitle) {
        return new Proposal(fileName, format, newTitle, lessons);
    }

    public Proposal rename(int lesson, String newTitle) {
        List<ProposedLesson> changed = new ArrayList<>(lessons);
        changed.set(lesson, new ProposedLesson(newTitle, lessons.get(lesson).paragraphs()));
        return with(changed);
    }

    /** Joins a lesson with the one after it, under the first one's title. */
    public Proposal mergeWithNext(int lesson) {
        if (lesson + 1 >= lessons.size()) {
            throw new IllegalArgumentException("lesson " + (lesson + 1) + " is the last one");
        }
        List<ProposedLesson> changed = new ArrayList<>(lessons);
        List<Paragraph> joined = new ArrayList<>(lessons.get(lesson).paragraphs());
        joined.addAll(lessons.get(lesson + 1).paragraphs());
        changed.set(lesson, new ProposedLesson(lessons.get(lesson).title(), joined));
        changed.remove(lesson + 1);
        return with(changed);
    }

    /** Starts a new lesson at paragraph {@code paragraph} (counted from 0, at least 1) of a lesson. */
    public Proposal split(int lesson, int paragraph, String newTitle) {
        List<Paragraph> paragraphs = lessons.get(lesson).paragraphs();
        if (paragraph < 1 || paragraph >= paragraphs.size()) {
            throw new IllegalArgumentException("a lesson can be split only between two of its paragraphs");
        }
        List<ProposedLesson> changed = new ArrayList<>(lessons);
        changed.set(lesson, new ProposedLesson(lessons.get(lesson).title(), paragraphs.subList(0, paragraph)));
        changed.add(lesson + 1, new ProposedLesson(newTitle, paragraphs.subList(paragraph, paragraphs.size())));
        return with(changed);
    }

    private Proposal with(List<ProposedLesson> changed) {
        return new Proposal(fileName, format, title, changed);
    }
}
