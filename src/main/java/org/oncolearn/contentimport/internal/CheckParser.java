package org.oncolearn.contentimport.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.course.Review;
import org.oncolearn.course.Source;
import org.yaml.snakeyaml.nodes.Node;

/** Parses one check and enforces the structural rules every check must meet before learners see it. */
final class CheckParser {

    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 6;
    private static final Set<String> FIELDS = Set.of(
            "id",
            "level",
            "type",
            "objective",
            "stem",
            "options",
            "sources",
            "ask",
            "shuffle",
            "drafted",
            ReviewField.FIELD);
    private static final Set<String> OPTION_FIELDS = Set.of("text", "key", "rationale");

    private final YamlMap map;
    private final Set<String> objectives;
    private final Map<String, Source> courseSources;
    private final UniqueIds ids;

    CheckParser(YamlMap map, Set<String> objectives, Map<String, Source> courseSources, UniqueIds ids) {
        this.map = map;
        this.objectives = objectives;
        this.courseSources = courseSources;
        this.ids = ids;
    }

    Optional<Check> parse() {
        map.allowOnly(FIELDS);
        Optional<String> id = map.text("id", true).filter(value -> LessonParser.validId(map, "id", value));
        id.ifPresent(value -> ids.claimCheck(map, value));
        Optional<Level> level = choice("level", true, Level.class);
        CheckType type = choice("type", false, CheckType.class).orElse(CheckType.SINGLE);
        Optional<String> objective = map.text("objective", true).filter(this::knownObjective);
        Optional<String> stem = map.text("stem", true);
        List<Option> options = options(type);
        List<Source> sources = LessonParser.citedSources(map, "sources", courseSources);
        // Patients take this question to their care team, so a patient check without one is incomplete.
        boolean forPatients = level.filter(l -> l == Level.PATIENT).isPresent();
        Optional<String> ask = map.text("ask", forPatients);
        Optional<Review> review = ReviewField.read(map);
        boolean shuffle = map.flag("shuffle", true);
        boolean drafted = map.flag("drafted", false);
        if (id.isEmpty()
                || level.isEmpty()
                || objective.isEmpty()
                || stem.isEmpty()
                || options.isEmpty()
                || (forPatients && ask.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Check(
                id.get(),
                level.get(),
                type,
                objective.get(),
                stem.get(),
                options,
                sources,
                ask,
                review,
                shuffle,
                drafted));
    }

    private <E extends Enum<E>> Optional<E> choice(String field, boolean required, Class<E> type) {
        return map.text(field, required).flatMap(text -> {
            try {
                return Optional.of(Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                List<String> allowed = new ArrayList<>();
                for (E constant : type.getEnumConstants()) {
                    allowed.add(constant.name().toLowerCase(Locale.ROOT));
                }
                map.problem(
                        map.line(field),
                        field + " must be " + String.join(" or ", allowed) + ", not " + Quoted.of(text));
                return Optional.empty();
            }
        });
    }

    private boolean knownObjective(String code) {
        if (objectives.contains(code)) {
            return true;
        }
        map.says(
                map.line("objective"),
                "tests objective " + Quoted.of(code) + ", which this lesson does not define (defined: "
                        + String.join(", ", objectives) + ")");
        return false;
    }

    private List<Option> options(CheckType type) {
        Optional<List<Node>> nodes = map.list("options", true);
        if (nodes.isEmpty()) {
            return List.of();
        }
        int line = map.line("options");
        if (nodes.get().size() < MIN_OPTIONS || nodes.get().size() > MAX_OPTIONS) {
            map.says(
                    line,
                    "has " + nodes.get().size() + " option(s); a check needs " + MIN_OPTIONS + " to " + MAX_OPTIONS);
            return List.of();
        }
        List<Option> options = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        boolean complete = true;
        for (int i = 0; i < nodes.get().size(); i++) {
            Optional<Option> option = option(nodes.get().get(i), i);
            if (option.isEmpty()) {
                complete = false;
                continue;
            }
            if (!texts.add(option.get().text().toLowerCase(Locale.ROOT))) {
                map.says(YamlMap.lineOf(nodes.get().get(i)), "option " + (i + 1) + " repeats another option's text");
                complete = false;
            }
            options.add(option.get());
        }
        return complete && keysFit(type, options, line) ? options : List.of();
    }

    private Optional<Option> option(Node node, int index) {
        String optionId = String.valueOf((char) ('a' + index));
        String label = "option " + (index + 1);
        Problems scratch = map.problems();
        Optional<YamlMap> parsed = YamlMap.of(map.file(), node, map.owner() + " " + label, scratch);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap option = parsed.get();
        option.allowOnly(OPTION_FIELDS);
        Optional<String> text = option.text("text", false);
        if (text.isEmpty() && !option.has("text")) {
            map.says(option.line(), label + " has no text");
        }
        Optional<String> rationale = option.has("rationale") ? option.text("rationale", false) : Optional.empty();
        if (!option.has("rationale")) {
            map.says(option.line(), label + " has no rationale; every option needs one");
        }
        Optional<Boolean> key = key(option, label);
        if (text.isEmpty() || rationale.isEmpty() || key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Option(optionId, text.get(), key.get(), rationale.get()));
    }

    private Optional<Boolean> key(YamlMap option, String label) {
        if (!option.has("key")) {
            return Optional.of(false);
        }
        Optional<String> value = option.text("key", false);
        if (value.isPresent() && (value.get().equals("true") || value.get().equals("false"))) {
            return Optional.of(Boolean.parseBoolean(value.get()));
        }
        map.says(option.line("key"), label + " key must be true or false");
        return Optional.empty();
    }

    private boolean keysFit(CheckType type, List<Option> options, int line) {
        long keys = options.stream().filter(Option::key).count();
        if (keys == 0) {
            map.says(line, "has no key: mark the correct option with \"key: true\"");
            return false;
        }
        if (type == CheckType.SINGLE && keys > 1) {
            map.says(line, "has " + keys + " keys but is single-answer (use \"type: multiple\" for select-all)");
            return false;
        }
        if (keys == options.size()) {
            map.says(line, "marks every option as a key; a check needs at least one wrong option");
            return false;
        }
        return true;
    }
}
