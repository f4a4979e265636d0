package org.oncolearn.contentimport.internal;

import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oncolearn.contentimport.ContentProblem;
import org.oncolearn.contentimport.InvalidCourseException;
import org.oncolearn.course.Source;
import org.oncolearn.course.WarningSigns;
import org.oncolearn.course.WarningSigns.Localized;
import org.oncolearn.course.WarningSigns.Note;
import org.oncolearn.course.WarningSigns.Sign;
import org.oncolearn.course.WarningSigns.Tier;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code warning-signs.yaml} strictly and collects every problem with its line: a sign without a source, a text
 * missing in one language, a sign named in both tiers. Works on the YAML node tree so that each value keeps its line.
 */
public final class WarningSignsParser {

    private final String file;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();

    private WarningSignsParser(String file) {
        this.file = file;
    }

    /** @throws InvalidCourseException with every problem, each naming the file and line */
    public static WarningSigns parse(String yaml, String file) {
        return new WarningSignsParser(file).parse(yaml);
    }

    private WarningSigns parse(String yaml) {
        Node root;
        try {
            root = new Yaml(CourseYaml.options()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw new InvalidCourseException(List.of(
                    new ContentProblem(file, e.getProblemMark().getLine() + 1, "not valid YAML: " + e.getProblem())));
        } catch (YAMLException e) {
            throw new InvalidCourseException(List.of(new ContentProblem(
                    file,
                    0,
                    "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""))));
        }
        if (!(root instanceof MappingNode top)) {
            throw new InvalidCourseException(
                    List.of(new ContentProblem(file, 1, "the file must be a map with call-now, tell-within-a-day, …")));
        }
        Map<String, Node> fields = fields(top, "the file");
        field(fields, "sources", top).ifPresent(this::sources);
        Localized intro = localized(fields, "intro", top);
        Tier callNow = tier(fields, "call-now", top);
        Tier withinADay = tier(fields, "tell-within-a-day", top);
        List<Note> notes = new ArrayList<>();
        field(fields, "notes", top).ifPresent(node -> {
            for (Node item : items(node, "notes")) {
                if (item instanceof MappingNode note) {
                    Map<String, Node> noteFields = fields(note, "a note");
                    notes.add(new Note(localized(noteFields, "text", note), cited(noteFields, note, "a note")));
                } else {
                    problem(item, "each note must have text and sources");
                }
            }
        });
        Localized emergency = localized(fields, "emergency", top);
        noSignInBothTiers(callNow, withinADay, fields);
        if (!problems.isEmpty()) {
            throw new InvalidCourseException(problems.stream().sorted().toList());
        }
        return new WarningSigns(intro, callNow, withinADay, notes, emergency, List.copyOf(sources.values()));
    }

    private void sources(Node node) {
        if (!(node instanceof MappingNode map)) {
            problem(node, "sources must be a map of key → title and url");
            return;
        }
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode()).orElse("");
            if (!(tuple.getValueNode() instanceof MappingNode source)) {
                problem(tuple.getValueNode(), "source \"" + key + "\" needs a title and a url");
                continue;
            }
            Map<String, Node> fields = fields(source, "source \"" + key + "\"");
            String title = text(fields, "title", source, "source \"" + key + "\"");
            String url = text(fields, "url", source, "source \"" + key + "\"");
            uri(url, fields.getOrDefault("url", source))
                    .ifPresent(uri -> sources.put(key, new Source(key, title, uri)));
        }
    }

    private Optional<URI> uri(String url, Node at) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            if ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) {
                return Optional.of(uri);
            }
            problem(at, "url must start with https:// or http://");
        } catch (URISyntaxException e) {
            problem(at, "url is not a valid web address (" + e.getReason() + ")");
        }
        return Optional.empty();
    }

    private Tier tier(Map<String, Node> fields, String name, Node parent) {
        Optional<Node> node = field(fields, name, parent);
        if (node.isEmpty()) {
            return new Tier(new Localized(Map.of()), List.of());
        }
        if (!(node.get() instanceof MappingNode tier)) {
            problem(node.get(), name + " must have a title and signs");
            return new Tier(new Localized(Map.of()), List.of());
        }
        Map<String, Node> tierFields = fields(tier, name);
        Localized title = localized(tierFields, "title", tier);
        List<Sign> signs = new ArrayList<>();
        field(tierFields, "signs", tier).ifPresent(list -> {
            for (Node item : items(list, name + " signs")) {
                if (!(item instanceof MappingNode sign)) {
                    problem(item, "each sign must have text, match and sources");
                    continue;
                }
                Map<String, Node> signFields = fields(sign, "a sign");
                Localized text = localized(signFields, "text", sign);
                Set<String> match = new LinkedHashSet<>();
                field(signFields, "match", sign).ifPresent(words -> {
                    for (Node word : items(words, "match")) {
                        Optional<String> value = scalar(word).map(String::strip).filter(w -> !w.isEmpty());
                        if (value.isEmpty()) {
                            problem(word, "match must list words or phrases");
                        } else if (!value.get().equals(value.get().toLowerCase(Locale.ROOT))) {
                            problem(word, "match \"" + value.get() + "\" must be lowercase");
                        } else {
                            match.add(value.get());
                        }
                    }
                });
                signs.add(new Sign(text, match, cited(signFields, sign, "a sign")));
            }
        });
        if (signs.isEmpty()) {
            problem(tier, name + " lists no signs");
        }
        return new Tier(title, signs);
    }

    private void noSignInBothTiers(Tier callNow, Tier withinADay, Map<String, Node> fields) {
        Set<String> urgent = new LinkedHashSet<>();
        callNow.signs().forEach(s -> urgent.addAll(s.match()));
        for (Sign sign : withinADay.signs()) {
            for (String word : sign.match()) {
                if (urgent.contains(word)) {
                    problem(fields.get("tell-within-a-day"), "\"" + word + "\" is in both tiers; a sign has one tier");
                }
            }
        }
    }

    private List<Source> cited(Map<String, Node> fields, Node owner, String what) {
        List<Source> cited = new ArrayList<>();
        Optional<Node> list = field(fields, "sources", owner);
        if (list.isEmpty()) {
            return cited;
        }
        for (Node item : items(list.get(), "sources")) {
            String key = scalar(item).orElse("");
            Source source = sources.get(key);
            if (source == null) {
                problem(item, "source \"" + key + "\" is not listed under sources");
            } else {
                cited.add(source);
            }
        }
        if (cited.isEmpty() && problems.stream().noneMatch(p -> p.line() == line(list.get()))) {
            problem(list.get(), what + " must cite at least one source");
        }
        return cited;
    }

    private Localized localized(Map<String, Node> fields, String name, Node parent) {
        Optional<Node> node = field(fields, name, parent);
        Map<String, String> texts = new LinkedHashMap<>();
        if (node.isEmpty()) {
            return new Localized(texts);
        }
        if (!(node.get() instanceof MappingNode map)) {
            problem(node.get(), name + " must give the text in each language: " + WarningSigns.LANGUAGES);
            return new Localized(texts);
        }
        Map<String, Node> byLanguage = fields(map, name);
        for (String language : WarningSigns.LANGUAGES) {
            if (!byLanguage.containsKey(language)) {
                problem(
                        map,
                        name + " has no \"" + language + "\" text; every text is needed in " + WarningSigns.LANGUAGES);
                continue;
            }
            String text = text(byLanguage, language, map, name);
            if (!text.isEmpty()) {
                texts.put(language, text);
            }
        }
        return new Localized(texts);
    }

    private String text(Map<String, Node> fields, String name, Node parent, String owner) {
        Optional<Node> node = field(fields, name, parent);
        if (node.isEmpty()) {
            return "";
        }
        Optional<String> value = scalar(node.get()).map(String::strip);
        if (value.isEmpty() || value.get().isEmpty()) {
            problem(node.get(), owner + ": field \"" + name + "\" is empty");
            return "";
        }
        return value.get().replaceAll("\\s+", " ");
    }

    private Optional<Node> field(Map<String, Node> fields, String name, Node parent) {
        Node node = fields.get(name);
        if (node == null) {
            problem(parent, "field \"" + name + "\" is missing");
        }
        return Optional.ofNullable(node);
    }

    private Map<String, Node> fields(MappingNode map, String owner) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Optional<String> key = scalar(tuple.getKeyNode());
            if (key.isEmpty()) {
                problem(tuple.getKeyNode(), owner + ": field names must be plain words");
            } else {
                fields.put(key.get(), tuple.getValueNode());
            }
        }
        return fields;
    }

    private List<Node> items(Node node, String owner) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problem(node, owner + " must be a list");
        return List.of();
    }

    private static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private void problem(Node at, String message) {
        problems.add(new ContentProblem(file, at == null ? 0 : line(at), message));
    }
}
