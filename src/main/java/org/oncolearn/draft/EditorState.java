package org.oncolearn.draft;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.oncolearn.contentimport.ContentProblem;
import org.oncolearn.course.Course;
import org.oncolearn.lint.Finding;
import org.oncolearn.lint.Severity;
import org.oncolearn.message.Message;

/**
 * A draft as the editor shows it after each save: the course, what the file loader says about it (with the field
 * each problem is about), the lint, the fact-check flags, and what still stands in the way of publishing.
 *
 * @param fieldProblems field key (see {@link #lessonField}) → the loader's messages about that field
 * @param problemFields each problem whose line names a field → that field's key, so the editor can link to it
 * @param flags fact-check flags, each with where it was found
 */
public record EditorState(
        UUID draftId,
        Course course,
        Instant savedAt,
        List<ContentProblem> problems,
        Map<String, List<String>> fieldProblems,
        Map<ContentProblem, String> problemFields,
        List<Finding> findings,
        List<PlacedFlag> flags,
        List<Message> publishBlockers,
        List<VersionInfo> versions) {

    public EditorState {
        problems = List.copyOf(problems);
        fieldProblems = Map.copyOf(fieldProblems);
        problemFields = Map.copyOf(problemFields);
        findings = List.copyOf(findings);
        flags = List.copyOf(flags);
        publishBlockers = List.copyOf(publishBlockers);
        versions = List.copyOf(versions);
    }

    /** The key of a field of lesson {@code lessonIndex} (from 0), e.g. {@code checks.2.options.1.text}. */
    public static String lessonField(int lessonIndex, String path) {
        return "lesson-" + (lessonIndex + 1) + ".yaml#" + path;
    }

    public static String courseField(String path) {
        return "course.yaml#" + path;
    }

    /** The loader's messages for a field and anything inside it. */
    public List<String> problemsAt(String fieldKey) {
        return fieldProblems.entrySet().stream()
                .filter(e -> e.getKey().equals(fieldKey) || e.getKey().startsWith(fieldKey + "."))
                .flatMap(e -> e.getValue().stream())
                .toList();
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public boolean canPublish() {
        return publishBlockers.isEmpty();
    }

    public long errorCount() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public Optional<VersionInfo> latestVersion() {
        return versions.stream().findFirst();
    }
}
