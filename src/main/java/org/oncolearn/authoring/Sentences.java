package org.oncolearn.authoring;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncolearn.contentimport.ContentProblem;
import org.oncolearn.course.Course;
import org.oncolearn.lint.Finding;
import org.oncolearn.lint.Severity;

/**
 * Lint findings and the loader's problems as sentences for educators: where, in words, then what is wrong and what to
 * do. The command line keeps the loader's {@code file:line} messages and the lint's rule codes.
 */
final class Sentences {

    private Sentences() {}

    static FieldLink finding(Course course, Finding finding, EditorWords words) {
        String key = Places.fieldKey(course, finding.lessonId(), finding.checkId(), finding.field());
        return new FieldLink(
                Places.lessonIndex(key),
                key,
                Places.of(course, key, words),
                words.get(
                        "editor.lint." + finding.rule().code(), finding.values().toArray()),
                finding.severity() == Severity.ERROR,
                Optional.of(finding.rule().guideline()));
    }

    /**
     * A loader problem, placed at its field when the loader's line names one. The loader writes for the command line
     * ({@code check "b3" has 2 keys but is single-answer …}); the messages an editor's fields can cause are said again
     * in the educator's words, and any other is shown as the loader says it, without the file and line.
     */
    static FieldLink problem(Course course, ContentProblem problem, Optional<String> fieldKey, EditorWords words) {
        String file = problem.file().substring(problem.file().lastIndexOf('/') + 1);
        String key = fieldKey.orElse(file.equals("course.yaml") ? "course.yaml#" : file + "#");
        return new FieldLink(
                Places.lessonIndex(key),
                key,
                Places.of(course, key, words),
                problem(problem.message(), words),
                true,
                Optional.empty());
    }

    private record Wording(Pattern pattern, String key) {}

    private static final String OWNER = "^(?:(?:lesson|course|check \"[^\"]*\"(?: option \\d+)?)(?::)? )?";

    private static final List<Wording> WORDINGS = List.of(
            new Wording(Pattern.compile(OWNER + "field \"([\\w-]+)\" is empty$"), "empty"),
            new Wording(Pattern.compile(OWNER + "missing required field \"([\\w-]+)\"$"), "missing"),
            new Wording(Pattern.compile(OWNER + "field \"([\\w-]+)\" must be text$"), "notText"),
            new Wording(
                    Pattern.compile(OWNER + "field \"([\\w-]+)\" (?:is an empty list|has no entries)$"), "emptyList"),
            new Wording(Pattern.compile(OWNER + "has no key: .*$"), "noKey"),
            new Wording(Pattern.compile(OWNER + "has (\\d+) keys but is single-answer.*$"), "tooManyKeys"),
            new Wording(Pattern.compile(OWNER + "marks every option as a key.*$"), "allKeys"),
            new Wording(
                    Pattern.compile(OWNER + "has (\\d+) option\\(s\\); a check needs (\\d+) to (\\d+)$"),
                    "optionCount"),
            new Wording(Pattern.compile(OWNER + "option (\\d+) repeats another option's text$"), "repeated"),
            new Wording(Pattern.compile(OWNER + "option (\\d+) has no text$"), "noText"),
            new Wording(Pattern.compile(OWNER + "option (\\d+) has no rationale.*$"), "noRationale"),
            new Wording(Pattern.compile(OWNER + "\"([^\"]*)\" is not a valid id.*$"), "badId"),
            new Wording(
                    Pattern.compile(
                            OWNER + "tests objective \"([^\"]*)\", which this lesson does not define \\(defined:"
                                    + " (.*)\\)$"),
                    "unknownObjective"),
            new Wording(
                    Pattern.compile(OWNER + "objective code \"([^\"]*)\" must be a short code.*$"), "objectiveCode"),
            new Wording(Pattern.compile(OWNER + "objective \"([^\"]*)\" needs a description$"), "objectiveText"),
            new Wording(Pattern.compile("^check id \"([^\"]*)\" is already used in .*$"), "duplicateCheck"),
            new Wording(Pattern.compile("^lesson id \"([^\"]*)\" is already used by .*$"), "duplicateLesson"),
            new Wording(Pattern.compile(OWNER + "url \"([^\"]*)\" is not a web address.*$"), "badUrl"));

    static String problem(String message, EditorWords words) {
        for (Wording wording : WORDINGS) {
            Matcher matcher = wording.pattern().matcher(message);
            if (matcher.matches()) {
                Object[] values = new Object[matcher.groupCount()];
                for (int i = 0; i < values.length; i++) {
                    String value = matcher.group(i + 1);
                    values[i] = value.chars().allMatch(Character::isDigit) && !value.isEmpty()
                            ? (Object) Integer.valueOf(value)
                            : value;
                }
                if (wording.key().equals("repeated")
                        || wording.key().equals("noText")
                        || wording.key().equals("noRationale")) {
                    values[0] = String.valueOf((char) ('A' + (Integer) values[0] - 1));
                }
                if (wording.key().equals("empty")
                        || wording.key().equals("missing")
                        || wording.key().equals("notText")
                        || wording.key().equals("emptyList")) {
                    values[0] = fieldName((String) values[0], words);
                }
                return words.get("editor.problem." + wording.key(), values);
            }
        }
        return words.get("editor.problem.other", message);
    }

    private static String fieldName(String field, EditorWords words) {
        String text = words.get("editor.place.field." + field);
        return text.startsWith("!") ? field : text;
    }
}
