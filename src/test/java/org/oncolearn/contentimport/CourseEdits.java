package org.oncolearn.contentimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Small edits of the kind a hurried author, a bad merge or a broken editor makes to real course files: lines lost,
 * doubled or moved, indentation changed, values of the wrong kind, stray characters and fields.
 */
final class CourseEdits {

    static final FuzzedCourse BUNDLED = FuzzedCourse.of("immunotherapy", read(Path.of("quizzes", "immunotherapy")));
    static final FuzzedCourse DEMO = FuzzedCourse.of("demo", demoFiles());

    /** Characters that mean something to YAML, or to a terminal, or are not text at all. */
    static final List<String> ODD_CHARACTERS = List.of(
            "\u0000", "\u0001", "\u0007", "\b", "\t", "\u000B", "\f", "\r", "\n", "\u001B", "\u007F", "\u0085",
            "\u00A0", "\u2028", "\u2029", "\uFEFF", "\uD800", "\uDC00", "\uFFFE", "\uFFFF", "\u202E", "😀", "ä", ":",
            "-", "#", "&", "*", "!", "|", ">", "\"", "'", "{", "}", "[", "]", ",", "%", "@", "`", "?", " ", "\\");

    /** Values of every wrong kind for a field: collections, numbers, nulls, dates, tags, anchors, broken syntax. */
    static final List<String> ODD_VALUES = List.of(
            "[a, b]",
            "[]",
            "{}",
            "{x: 1}",
            "{id: a1, level: nursing}",
            "- item",
            "42",
            "-1",
            "0",
            "101",
            "80%",
            "99999999999999999999",
            "1e400",
            "0x1F",
            ".nan",
            "-.inf",
            "null",
            "~",
            "''",
            "\"\"",
            "",
            "true",
            "yes",
            "2026-02-30",
            "2026-13-01",
            "+999999999-01-01",
            "0000-00-00",
            "2026-1-1",
            "2026-11-26T10:00:00Z",
            "!!binary aGVsbG8=",
            "!!java.lang.Object {}",
            "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]",
            "!custom x",
            "!<tag:evil.example,2000:x> y",
            "!!set {a, b}",
            "!!omap [a: 1]",
            "!!int x",
            "!!str",
            "&anchor value",
            "*undefined",
            "*anchor",
            "<<: *anchor",
            "|",
            ">-",
            "|+9",
            "[",
            "{",
            "\"unterminated",
            "'bad''",
            "\"\\x00\\uD800\\U0010FFFF\\N\"",
            "https://[::1",
            "http://",
            "https:///path",
            "https://exa mple.org",
            "https://%zz",
            "http://a:b@host:99999999999/",
            "https://-.-",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "mailto:x@example.org",
            "UPPER-Case",
            "a".repeat(65),
            "-leading-dash",
            "../x.yaml",
            "/etc/passwd",
            "lesson-1.yaml",
            "course.yaml",
            "lesson-9.yaml",
            "nursing",
            "patient",
            "multiple",
            "SINGLE",
            "A1",
            "? key",
            "#comment",
            "@reserved",
            "`backtick",
            "%directive",
            "x: y: z",
            "\t",
            "\u0000",
            "\u202Eevil",
            "😀",
            "ü".repeat(3000),
            "x ".repeat(20_000));

    /** Lines that do not belong: misspelt or unknown fields, merge keys, directives, document markers, tags. */
    static final List<String> STRAY_LINES = List.of(
            "rationle: misspelt",
            "unknown: field",
            "id: again",
            "key: true",
            "key: maybe",
            "text: extra",
            "<<: *a",
            "<<: {title: merged}",
            "<<: [*a, *b]",
            "? [complex, key]\n: value",
            "? |\n  block key\n: value",
            "!!java.lang.Runtime x: y",
            "%YAML 1.1",
            "%TAG ! tag:evil.example,2000:",
            "---",
            "...",
            "&a anchored: value",
            "*a : value",
            "- stray item",
            "\tid: tabbed",
            "review:\n  reviewer: X\n  review-by: 2027-01-01",
            "review: {reviewer: X, review-by: nope}",
            "review: []",
            "checks: []",
            "options:",
            "  - text: only",
            "lessons: [../secret.yaml]",
            "sources: {}",
            "objectives: {A1: }",
            "# comment",
            "",
            "   ",
            "\u0000",
            "id: &x a1\nother: *x");

    /** Whole files that hold nothing or next to nothing. */
    static final List<String> NEARLY_EMPTY =
            List.of("", " ", "\n", "---\n", "...\n", "~\n", "null", "# comment only\n", "[]", "{}", "\uFEFF", "- ");

    private static final Pattern FIELD_LINE = Pattern.compile("^(\\s*(?:- )?[^\\s:#][^:#]*:)(?:\\s.*)?$");

    private CourseEdits() {}

    /** One to {@code most} text edits, each to one of the course's files, sometimes after a change of the file set. */
    static Arbitrary<FuzzedCourse> edited(Arbitrary<FuzzedCourse> courses, int most) {
        Arbitrary<FuzzedCourse> bases =
                Arbitraries.frequencyOf(Tuple.of(9, courses), Tuple.of(1, fileSetChanges(courses)));
        Arbitrary<Tuple.Tuple2<Integer, TextEdit>> placedEdits = Combinators.combine(
                        Arbitraries.integers().greaterOrEqual(0), textEdits())
                .as(Tuple::of);
        return Combinators.combine(bases, placedEdits.list().ofMinSize(1).ofMaxSize(most))
                .as((course, edits) -> {
                    FuzzedCourse edited = course;
                    for (Tuple.Tuple2<Integer, TextEdit> edit : edits) {
                        edited = applyTo(edited, edit.get1(), edit.get2());
                    }
                    return edited;
                });
    }

    static FuzzedCourse applyTo(FuzzedCourse course, int pick, TextEdit edit) {
        List<String> names = new ArrayList<>(course.files().keySet());
        if (names.isEmpty()) {
            return course;
        }
        String name = names.get(pick % names.size());
        return course.with(
                name + ": " + edit.how(), files -> files.computeIfPresent(name, (n, text) -> edit.apply(text)));
    }

    /** Changes to the set of files rather than to their text. */
    static Arbitrary<FuzzedCourse> fileSetChanges(Arbitrary<FuzzedCourse> courses) {
        Arbitrary<Integer> pick = Arbitraries.integers().greaterOrEqual(0);
        return Arbitraries.oneOf(
                Combinators.combine(courses, pick).as(CourseEdits::dropFile),
                Combinators.combine(courses, pick).as(CourseEdits::renameFile),
                Combinators.combine(courses, Arbitraries.of("other", "Immunotherapy", "", "x".repeat(70), "demo"))
                        .as(FuzzedCourse::inFolder));
    }

    private static FuzzedCourse dropFile(FuzzedCourse course, int pick) {
        List<String> names = new ArrayList<>(course.files().keySet());
        String name = names.get(pick % names.size());
        return course.with("drop " + name, files -> files.remove(name));
    }

    private static FuzzedCourse renameFile(FuzzedCourse course, int pick) {
        List<String> names = new ArrayList<>(course.files().keySet());
        String name = names.get(pick % names.size());
        return course.with("rename " + name, files -> files.put(name.toUpperCase(), files.remove(name)));
    }

    static Arbitrary<TextEdit> textEdits() {
        Arbitrary<Integer> at = Arbitraries.integers().greaterOrEqual(0);
        Arbitrary<String> character = Arbitraries.of(ODD_CHARACTERS);
        return Arbitraries.oneOf(
                at.map(CourseEdits::deleteLine),
                at.map(CourseEdits::duplicateLine),
                Combinators.combine(at, at).as(CourseEdits::swapLines),
                Combinators.combine(at, Arbitraries.integers().between(0, 12)).as(CourseEdits::reindent),
                at.map(CourseEdits::indentWithTab),
                at.map(CourseEdits::truncate),
                Combinators.combine(at, character).as(CourseEdits::replaceCharacter),
                Combinators.combine(at, character).as(CourseEdits::insertCharacter),
                Combinators.combine(at, Arbitraries.of(ODD_VALUES)).as(CourseEdits::replaceValue),
                Combinators.combine(at, Arbitraries.of(STRAY_LINES)).as(CourseEdits::insertLine),
                Arbitraries.of("\r\n", "\r", "\u2028", "\u0085").map(CourseEdits::lineEndings),
                Arbitraries.just(new TextEdit("byte order mark in front", text -> "\uFEFF" + text)),
                Arbitraries.of(NEARLY_EMPTY).map(CourseEdits::replaceWhole));
    }

    static TextEdit deleteLine(int at) {
        return onLines("delete line", at, (lines, i) -> lines.remove(i));
    }

    static TextEdit duplicateLine(int at) {
        return onLines("duplicate line", at, (lines, i) -> lines.add(i, lines.get(i)));
    }

    static TextEdit swapLines(int at, int other) {
        return new TextEdit("swap lines " + at + " and " + other, text -> {
            List<String> lines = lines(text);
            int i = at % lines.size();
            int j = other % lines.size();
            String kept = lines.get(i);
            lines.set(i, lines.get(j));
            lines.set(j, kept);
            return String.join("\n", lines);
        });
    }

    static TextEdit reindent(int at, int spaces) {
        return onLines(
                "indent by " + spaces + " spaces",
                at,
                (lines, i) -> lines.set(i, " ".repeat(spaces) + lines.get(i).stripLeading()));
    }

    static TextEdit indentWithTab(int at) {
        return onLines(
                "indent with a tab", at, (lines, i) -> lines.set(i, lines.get(i).replaceFirst("^ {1,4}", "\t")));
    }

    static TextEdit truncate(int at) {
        return new TextEdit("truncate at " + at, text -> text.substring(0, at % (text.length() + 1)));
    }

    static TextEdit replaceCharacter(int at, String character) {
        return new TextEdit("replace character " + at + " by " + escaped(character), text -> {
            if (text.isEmpty()) {
                return character;
            }
            int i = at % text.length();
            return text.substring(0, i) + character + text.substring(i + 1);
        });
    }

    static TextEdit insertCharacter(int at, String character) {
        return new TextEdit("insert " + escaped(character) + " at " + at, text -> {
            int i = at % (text.length() + 1);
            return text.substring(0, i) + character + text.substring(i);
        });
    }

    /** Replaces what follows "field:" on a line, or the whole line when it holds no field. */
    static TextEdit replaceValue(int at, String value) {
        return onLines("set value " + escaped(value), at, (lines, i) -> {
            Matcher field = FIELD_LINE.matcher(lines.get(i));
            lines.set(i, field.matches() ? field.group(1) + " " + value : indentOf(lines.get(i)) + value);
        });
    }

    static TextEdit insertLine(int at, String line) {
        return onLines("insert line " + escaped(line), at, (lines, i) -> lines.add(i, indentOf(lines.get(i)) + line));
    }

    static TextEdit lineEndings(String ending) {
        return new TextEdit("line endings " + escaped(ending), text -> text.replace("\n", ending));
    }

    static TextEdit replaceWhole(String text) {
        return new TextEdit("replace whole file by " + escaped(text), old -> text);
    }

    private static TextEdit onLines(String how, int at, LineEdit edit) {
        return new TextEdit(how + " at " + at, text -> {
            List<String> lines = lines(text);
            edit.apply(lines, at % lines.size());
            return String.join("\n", lines);
        });
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    private static String indentOf(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    /** Text as a failure report can show it: short, with invisible characters spelt out. */
    static String escaped(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + " chars)" : text;
        StringBuilder shown = new StringBuilder("\"");
        cut.codePoints().forEach(c -> shown.append(isVisible(c) ? Character.toString(c) : "\\u%04X".formatted(c)));
        return shown.append('"').toString();
    }

    private static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static SequencedMap<String, String> read(Path folder) {
        SequencedMap<String, String> files = new LinkedHashMap<>();
        for (String name : List.of("course.yaml", "lesson-1.yaml", "lesson-2.yaml", "lesson-3.yaml", "lesson-4.yaml")) {
            try {
                files.put(name, Files.readString(folder.resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static SequencedMap<String, String> demoFiles() {
        SequencedMap<String, String> files = new LinkedHashMap<>();
        files.put("course.yaml", CourseFolder.COURSE);
        files.put("lesson-1.yaml", CourseFolder.LESSON_1);
        files.put("lesson-2.yaml", CourseFolder.LESSON_2);
        return files;
    }

    /** A named change to the text of one file. */
    record TextEdit(String how, UnaryOperator<String> edit) {
        String apply(String text) {
            return edit.apply(text);
        }

        @Override
        public String toString() {
            return how;
        }
    }

    @FunctionalInterface
    private interface LineEdit {
        void apply(List<String> lines, int index);
    }
}
