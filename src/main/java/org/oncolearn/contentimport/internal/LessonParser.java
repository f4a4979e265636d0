package org.oncolearn.contentimport.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.oncolearn.course.Check;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;
import org.oncolearn.course.Review;
import org.oncolearn.course.Source;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Parses one lesson file: its text, objectives, sources and checks. */
final class LessonParser {

    private static final Set<String> FIELDS =
            Set.of("id", "title", "summary", "objectives", "sources", "body", "checks", ReviewField.FIELD);
    private static final Pattern OBJECTIVE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,15}");

    private final YamlMap map;
    private final int number;
    private final Map<String, Source> courseSources;
    private final UniqueIds ids;

    LessonParser(YamlMap map, int number, Map<String, Source> courseSources, UniqueIds ids) {
        this.map = map;
        this.number = number;
        this.courseSources = courseSources;
        this.ids = ids;
    }

    Optional<Lesson> parse() {
        map.allowOnly(FIELDS);
        Optional<String> id = map.text("id", true).filter(value -> validId(map, "id", value));
        id.ifPresent(value -> ids.claimLesson(map, value));
        Optional<String> title = map.text("title", true);
        Optional<String> summary = map.text("summary", true);
        Optional<String> body = map.text("body", true);
        SequencedMap<String, String> objectives = objectives();
        List<Source> sources = citedSources(map, "sources", courseSources);
        List<Check> checks = checks(objectives);
        Optional<Review> review = ReviewField.read(map);
        if (id.isEmpty() || title.isEmpty() || summary.isEmpty() || body.isEmpty() || objectives.isEmpty()) {
            return Optional.empty();
        }
        LessonText text = new LessonText(body.get(), LessonMarkdown.toSafeHtml(body.get()));
        return Optional.of(
                new Lesson(id.get(), number, title.get(), summary.get(), text, objectives, sources, checks, review));
    }

    static boolean validId(YamlMap map, String field, String value) {
        if (CourseParser.ID.matcher(value).matches()) {
            return true;
        }
        map.problem(
                map.line(field),
                Quoted.of(value) + " is not a valid id: use lowercase letters, digits and \"-\" (at most 64)");
        return false;
    }

    private SequencedMap<String, String> objectives() {
        SequencedMap<String, String> objectives = new LinkedHashMap<>();
        map.entriesOf("objectives", true)
                .ifPresent(entries -> entries.forEach((code, node) -> {
                    int line = map.keyLine("objectives", code);
                    if (!OBJECTIVE_CODE.matcher(code).matches()) {
                        map.problem(line, "objective code " + Quoted.of(code) + " must be a short code such as A1");
                    } else if (!(node instanceof ScalarNode text)
                            || text.getValue().isBlank()) {
                        map.problem(line, "objective \"" + code + "\" needs a description");
                    } else {
                        objectives.put(code, text.getValue().strip());
                    }
                }));
        return objectives;
    }

    /** Resolves a list of source keys against the course's source list, reporting unknown keys. */
    static List<Source> citedSources(YamlMap owner, String field, Map<String, Source> courseSources) {
        List<Source> cited = new ArrayList<>();
        owner.list(field, true).ifPresent(keys -> {
            for (Node node : keys) {
                if (!(node instanceof ScalarNode key)) {
                    owner.problem(YamlMap.lineOf(node), "each source must be a source key from course.yaml");
                    continue;
                }
                Source source = courseSources.get(key.getValue());
                if (source == null) {
                    owner.says(
                            YamlMap.lineOf(node),
                            "cites unknown source " + Quoted.of(key.getValue())
                                    + " (add it to the sources in course.yaml)");
                } else if (!cited.contains(source)) {
                    cited.add(source);
                }
            }
        });
        return cited;
    }

    private List<Check> checks(Map<String, String> objectives) {
        List<Check> checks = new ArrayList<>();
        map.list("checks", true).ifPresent(nodes -> {
            int position = 0;
            for (Node node : nodes) {
                position++;
                String owner = "check " + position;
                if (node instanceof org.yaml.snakeyaml.nodes.MappingNode) {
                    owner = checkOwner(node).orElse(owner);
                }
                YamlMap.of(map.file(), node, owner, map.problems())
                        .flatMap(check -> new CheckParser(check, objectives.keySet(), courseSources, ids).parse())
                        .ifPresent(checks::add);
            }
        });
        return checks;
    }

    /** Names a check by its id in messages, which is how authors refer to it. */
    private Optional<String> checkOwner(Node node) {
        Problems scratch = new Problems();
        return YamlMap.of(map.file(), node, "", scratch)
                .flatMap(m -> m.has("id") ? m.text("id", false) : Optional.empty())
                .map(id -> "check " + Quoted.of(id));
    }
}
