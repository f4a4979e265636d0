package org.oncolearn.contentimport;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Random YAML structures, either as whole files or grafted into the real course files at a random place. Grafting
 * keeps the rest of a file valid, so the parser gets past the first field and meets the wrong kind of value deep
 * inside a check or a source.
 */
final class YamlTrees {

    /** Field names of the format, so random maps often hit a field the parser reads. */
    private static final List<String> FIELD_NAMES = List.of(
            "id",
            "title",
            "language",
            "mastery",
            "summary",
            "reviewed",
            "lessons",
            "sources",
            "url",
            "objectives",
            "body",
            "checks",
            "level",
            "type",
            "objective",
            "stem",
            "options",
            "text",
            "key",
            "rationale",
            "ask",
            "review",
            "reviewer",
            "review-by",
            "A1",
            "nci",
            "<<",
            "lesson-1.yaml");

    private static final List<Object> SCALARS = List.of(
            "",
            " ",
            "null",
            "~",
            "true",
            "nursing",
            "patient",
            "multiple",
            "single",
            "A1",
            "a1",
            "nci",
            "lesson-1.yaml",
            "lesson-2.yaml",
            "../secret.yaml",
            "https://www.cancer.gov/",
            "https://[::1",
            "javascript:alert(1)",
            "2026-02-30",
            "2027-01-31",
            "80",
            "0",
            "-5",
            "1e400",
            "ÄÖÜ",
            "😀",
            "\u0000",
            "\t",
            "\uFEFF",
            "\u2028",
            "\r\n",
            "line\nbreak",
            0,
            -1,
            101,
            Long.MAX_VALUE,
            1.5,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            true,
            false,
            new byte[] {0, 1, (byte) 0xFF},
            new Date(0));

    private YamlTrees() {}

    /** A course where one file is replaced by a random structure, or one node of it grafted over. */
    static Arbitrary<FuzzedCourse> grafted(Arbitrary<FuzzedCourse> courses) {
        Arbitrary<Integer> pick = Arbitraries.integers().greaterOrEqual(0);
        return Arbitraries.frequencyOf(
                Tuple.of(1, Combinators.combine(courses, pick, nodes()).as(YamlTrees::replaceFile)),
                Tuple.of(4, Combinators.combine(courses, pick, pick, graft()).as(YamlTrees::graftInto)));
    }

    private static FuzzedCourse replaceFile(FuzzedCourse course, int pick, Object tree) {
        String name = new ArrayList<>(course.files().keySet())
                .get(pick % course.files().size());
        return course.with(
                name + ": replaced by " + CourseEdits.escaped(dump(tree)), files -> files.put(name, dump(tree)));
    }

    private static FuzzedCourse graftInto(FuzzedCourse course, int pick, int place, Graft graft) {
        String name = new ArrayList<>(course.files().keySet())
                .get(pick % course.files().size());
        Object tree = parse(course.files().get(name));
        List<List<Object>> paths = new ArrayList<>();
        collectPaths(tree, new ArrayList<>(), paths);
        List<Object> path = paths.get(place % paths.size());
        Object changed = graft.applyAt(tree, path);
        return course.with(name + ": " + graft + " at " + path, files -> files.put(name, dump(changed)));
    }

    static Arbitrary<Object> nodes() {
        return node(3);
    }

    private static Arbitrary<Object> node(int depth) {
        if (depth == 0) {
            return scalars();
        }
        Arbitrary<Object> child = Arbitraries.lazy(() -> node(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(5, scalars()),
                Tuple.of(2, child.list().ofMaxSize(4).map(list -> (Object) new ArrayList<>(list))),
                Tuple.of(2, Arbitraries.maps(keys(), child).ofMaxSize(4).map(map -> (Object) new LinkedHashMap<>(map))),
                Tuple.of(1, keys().set().ofMaxSize(3).map(set -> (Object) new LinkedHashSet<Object>(set))));
    }

    private static Arbitrary<Object> scalars() {
        return Arbitraries.oneOf(
                        Arbitraries.of(SCALARS),
                        // The dumper refuses lone surrogates; text edits put those into files instead.
                        Arbitraries.strings()
                                .all()
                                .ofMaxLength(30)
                                .filter(YamlTrees::isWellFormed)
                                .map(s -> (Object) s),
                        Arbitraries.strings()
                                .withCharRange('a', 'z')
                                .withChars("-0123456789")
                                .ofMaxLength(70)
                                .map(s -> (Object) s),
                        Arbitraries.integers().map(i -> (Object) i))
                .injectNull(0.1);
    }

    private static Arbitrary<Object> keys() {
        return Arbitraries.oneOf(
                Arbitraries.of(FIELD_NAMES).map(k -> (Object) k),
                Arbitraries.strings()
                        .all()
                        .ofMaxLength(12)
                        .filter(YamlTrees::isWellFormed)
                        .map(k -> (Object) k),
                Arbitraries.integers().between(-2, 2).map(k -> (Object) k),
                Arbitraries.just(List.of("complex", "key")));
    }

    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static Arbitrary<Graft> graft() {
        return Arbitraries.oneOf(
                nodes().map(Graft::replace),
                Arbitraries.just(Graft.remove()),
                Combinators.combine(keys(), nodes()).as(Graft::add));
    }

    /** A change at one place in a tree: replace the node there, remove it, or add a sibling entry to it. */
    record Graft(String how, Object key, Object value, Kind kind) {

        enum Kind {
            REPLACE,
            REMOVE,
            ADD
        }

        static Graft replace(Object value) {
            return new Graft("replace by " + CourseEdits.escaped(String.valueOf(value)), null, value, Kind.REPLACE);
        }

        static Graft remove() {
            return new Graft("remove", null, null, Kind.REMOVE);
        }

        static Graft add(Object key, Object value) {
            return new Graft("add " + CourseEdits.escaped(String.valueOf(key)), key, value, Kind.ADD);
        }

        Object applyAt(Object tree, List<Object> path) {
            if (path.isEmpty()) {
                return kind == Kind.REPLACE ? value : kind == Kind.REMOVE ? null : addTo(tree);
            }
            Object parent = nodeAt(tree, path.subList(0, path.size() - 1));
            Object last = path.getLast();
            if (parent instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<Object, Object> entries = (Map<Object, Object>) map;
                switch (kind) {
                    case REPLACE -> entries.put(last, value);
                    case REMOVE -> entries.remove(last);
                    case ADD -> entries.put(last, addTo(entries.get(last)));
                }
            } else if (parent instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<Object> items = (List<Object>) list;
                int index = (Integer) last;
                switch (kind) {
                    case REPLACE -> items.set(index, value);
                    case REMOVE -> items.remove(index);
                    case ADD -> items.set(index, addTo(items.get(index)));
                }
            }
            return tree;
        }

        private Object addTo(Object node) {
            if (node instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<Object, Object> entries = (Map<Object, Object>) map;
                entries.put(key, value);
                return entries;
            }
            if (node instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<Object> items = (List<Object>) list;
                items.add(value);
                return items;
            }
            return value;
        }

        @Override
        public String toString() {
            return how;
        }
    }

    private static Object nodeAt(Object tree, List<Object> path) {
        Object node = tree;
        for (Object step : path) {
            node = node instanceof Map<?, ?> map ? map.get(step) : ((List<?>) node).get((Integer) step);
        }
        return node;
    }

    private static void collectPaths(Object node, List<Object> path, List<List<Object>> paths) {
        paths.add(List.copyOf(path));
        if (node instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                path.add(key);
                collectPaths(map.get(key), path, paths);
                path.removeLast();
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                path.add(i);
                collectPaths(list.get(i), path, paths);
                path.removeLast();
            }
        }
    }

    /** The plain Java structure of a file; dates stay text so that dumping it again writes them unchanged. */
    static Object parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        Object tree = new Yaml(new SafeConstructor(options)).load(yaml);
        return withDatesAsText(tree);
    }

    private static Object withDatesAsText(Object node) {
        if (node instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (node instanceof Map<?, ?> map) {
            SequencedMap<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, withDatesAsText(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(withDatesAsText(item)));
            return copy;
        }
        return node;
    }

    static String dump(Object tree) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(200);
        options.setAllowUnicode(true);
        return new Yaml(new Representer(options), options).dump(tree);
    }
}
