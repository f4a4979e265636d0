package org.oncolearn.contentimport.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Read access to one YAML mapping that reports missing, empty, mistyped and unknown fields with their line, instead
 * of failing on the first.
 */
final class YamlMap {

    private final String file;
    private final Node node;
    private final Problems problems;
    private final String owner;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(String file, Node node, String owner, Problems problems) {
        this.file = file;
        this.node = node;
        this.owner = owner;
        this.problems = problems;
    }

    /** Empty (with a problem reported) when the node is not a mapping. */
    static Optional<YamlMap> of(String file, Node node, String owner, Problems problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(file, lineOf(node), prefix(owner) + "must be a set of \"field: value\" lines");
            return Optional.empty();
        }
        YamlMap map = new YamlMap(file, node, owner, problems);
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(file, lineOf(tuple.getKeyNode()), prefix(owner) + "field names must be plain words");
                continue;
            }
            if (map.entries.putIfAbsent(key.getValue(), tuple) != null) {
                problems.add(
                        file, lineOf(key), prefix(owner) + "field " + Quoted.of(key.getValue()) + " appears twice");
            }
        }
        return Optional.of(map);
    }

    static int lineOf(Node node) {
        return node == null || node.getStartMark() == null
                ? 0
                : node.getStartMark().getLine() + 1;
    }

    private static String prefix(String owner) {
        return owner.isEmpty() ? "" : owner + ": ";
    }

    String owner() {
        return owner;
    }

    String file() {
        return file;
    }

    int line() {
        return lineOf(node);
    }

    int line(String field) {
        NodeTuple tuple = entries.get(field);
        return tuple == null ? line() : lineOf(tuple.getKeyNode());
    }

    void problem(int line, String message) {
        problems.add(file, line, prefix(owner) + message);
    }

    /** Reports a sentence whose subject is this map's owner, e.g. {@code check "b3" has 2 keys}. */
    void says(int line, String predicate) {
        problems.add(file, line, owner.isEmpty() ? predicate : owner + " " + predicate);
    }

    Problems problems() {
        return problems;
    }

    void allowOnly(Set<String> fields) {
        entries.forEach((name, tuple) -> {
            if (!fields.contains(name)) {
                problem(
                        lineOf(tuple.getKeyNode()),
                        "unknown field " + Quoted.of(name) + " (expected one of: "
                                + String.join(", ", new TreeSet<>(fields)) + ")");
            }
        });
    }

    boolean has(String field) {
        return entries.containsKey(field);
    }

    private Optional<Node> value(String field, boolean required) {
        NodeTuple tuple = entries.get(field);
        if (tuple == null) {
            if (required) {
                problem(line(), "missing required field \"" + field + "\"");
            }
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    Optional<String> text(String field, boolean required) {
        Optional<Node> value = value(field, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof ScalarNode scalar)) {
            problem(lineOf(value.get()), "field \"" + field + "\" must be text");
            return Optional.empty();
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty() || "null".equals(scalar.getTag().getValue().replace("tag:yaml.org,2002:", ""))) {
            problem(lineOf(scalar), "field \"" + field + "\" is empty");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A yes/no field: absent gives the default; anything but true or false is reported on its line. */
    boolean flag(String field, boolean absent) {
        if (!has(field)) {
            return absent;
        }
        Optional<String> value = text(field, false);
        if (value.isPresent() && (value.get().equals("true") || value.get().equals("false"))) {
            return Boolean.parseBoolean(value.get());
        }
        problem(line(field), "field \"" + field + "\" must be true or false");
        return absent;
    }

    Optional<List<Node>> list(String field, boolean required) {
        Optional<Node> value = value(field, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            problem(lineOf(value.get()), "field \"" + field + "\" must be a list (lines starting with \"- \")");
            return Optional.empty();
        }
        if (sequence.getValue().isEmpty() && required) {
            problem(lineOf(sequence), "field \"" + field + "\" is an empty list");
            return Optional.empty();
        }
        return Optional.of(sequence.getValue());
    }

    Optional<YamlMap> map(String field, boolean required, String childOwner) {
        return value(field, required).flatMap(v -> of(file, v, childOwner, problems));
    }

    /** Entries of a nested mapping in file order, as key text → value node; empty with a problem when not a map. */
    Optional<Map<String, Node>> entriesOf(String field, boolean required) {
        return map(field, required, owner).map(child -> {
            Map<String, Node> result = new LinkedHashMap<>();
            child.entries.forEach((k, t) -> result.put(k, t.getValueNode()));
            if (result.isEmpty()) {
                problem(child.line(), "field \"" + field + "\" has no entries");
            }
            return result;
        });
    }

    int keyLine(String nestedField, String key) {
        NodeTuple tuple = entries.get(nestedField);
        if (tuple != null && tuple.getValueNode() instanceof MappingNode nested) {
            for (NodeTuple t : nested.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return lineOf(k);
                }
            }
        }
        return line(nestedField);
    }
}
