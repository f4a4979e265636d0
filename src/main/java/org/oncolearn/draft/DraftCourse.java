package org.oncolearn.draft;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A course being built from an imported document, or an educator's working copy of a published course.
 *
 * @param updatedBy the educator who saved it last
 */
public record DraftCourse(
        UUID id,
        String title,
        String sourceFile,
        Status status,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        List<DraftLesson> lessons,
        Optional<Publication> lastPublication) {

    public enum Status {
        DRAFT,
        PUBLISHED
    }

    public DraftCourse {
        lessons = List.copyOf(lessons);
    }

    /** One lesson: its title and Markdown text. */
    public record DraftLesson(int position, String title, String body) {}

    /**
     * A publication, with the flags still open at the time and, if there were any, the reason given for going ahead.
     */
    public record Publication(
            String publishedBy, Instant publishedAt, String openFlags, Optional<String> overrideReason) {}
}
