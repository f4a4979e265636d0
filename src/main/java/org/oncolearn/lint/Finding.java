package org.oncolearn.lint;

import java.util.List;
import java.util.Optional;

/**
 * One lint finding, placed where the author fixes it.
 *
 * @param lessonId the lesson the finding is in
 * @param checkId the check, when the finding is about one
 * @param field the field within the lesson or check, e.g. {@code stem}, {@code options.2.text} or {@code review}
 * @param detail what was found, e.g. the word or the grade, as the command line prints it
 * @param values what the educator's sentence for the rule names, in the order its translation numbers them
 *     ({@code {0}}, {@code {1}}, …): words and letters as text, counts and grades as numbers
 */
public record Finding(
        LintRule rule, String lessonId, Optional<String> checkId, String field, String detail, List<Object> values) {

    public Finding {
        values = List.copyOf(values);
    }

    public Severity severity() {
        return rule.severity();
    }

    /** The line the CLI prints, e.g. {@code WARNING lesson-2 check b3 options.1.text [absolute-words] "never"}. */
    public String describe() {
        return rule.severity() + " " + lessonId
                + checkId.map(id -> " check " + id).orElse("") + " " + field + " [" + rule.code() + "] " + detail;
    }
}
