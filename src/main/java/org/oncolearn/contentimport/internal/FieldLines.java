package org.oncolearn.contentimport.internal;

import java.io.StringReader;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Which field of a YAML file each line belongs to, as a dotted path such as {@code checks.3.options.1.text}. */
public final class FieldLines {

    private final Map<Integer, String> lines;

    private FieldLines(Map<Integer, String> lines) {
        this.lines = lines;
    }

    public Optional<String> at(int line) {
        return Optional.ofNullable(lines.get(line));
    }

    /** For each line of a YAML text, the deepest field that starts on it. */
    public static FieldLines of(String yaml) {
        Map<Integer, String> lines = new HashMap<>();
        try {
            Node root = new Yaml(CourseYaml.options()).compose(new StringReader(yaml));
            walk(root, "", lines, Collections.newSetFromMap(new IdentityHashMap<>()));
        } catch (RuntimeException e) {
            // Unparseable YAML has no fields to point at; the problem is then shown with its line only.
        }
        return new FieldLines(lines);
    }

    /**
     * Visits each node once: an alias names the node at its anchor, whose lines are already known, and a node that
     * contains itself through an alias would otherwise never end.
     */
    private static void walk(Node node, String path, Map<Integer, String> lines, Set<Node> visited) {
        if (node == null || !visited.add(node)) {
            return;
        }
        if (!path.isEmpty()) {
            lines.put(node.getStartMark().getLine() + 1, path);
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    lines.put(key.getStartMark().getLine() + 1, child);
                    walk(tuple.getValueNode(), child, lines, visited);
                    lines.put(key.getStartMark().getLine() + 1, deeperOf(lines, key, child));
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                walk(items.get(i), path + "." + i, lines, visited);
            }
        }
    }

    /** A key line is claimed by the key itself unless a nested field starts on the same line (e.g. "- text: …"). */
    private static String deeperOf(Map<Integer, String> lines, ScalarNode key, String keyPath) {
        String recorded = lines.get(key.getStartMark().getLine() + 1);
        return recorded != null && recorded.startsWith(keyPath) ? recorded : keyPath;
    }
}
