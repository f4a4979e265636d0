package org.oncolearn.draft;

import java.time.Instant;
import java.util.Optional;

/** A published, immutable version of a course: who published it, when, and why if fact-check flags were open. */
public record VersionInfo(
        String courseId,
        int version,
        String title,
        String publishedBy,
        Instant publishedAt,
        String openFlags,
        Optional<String> overrideReason) {}
