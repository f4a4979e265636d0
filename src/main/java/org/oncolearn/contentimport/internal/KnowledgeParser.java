package org.oncolearn.contentimport.internal;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.oncolearn.contentimport.InvalidCourseException;
import org.oncolearn.course.Source;
import org.oncolearn.knowledge.Biomarker;
import org.oncolearn.knowledge.Drug;
import org.oncolearn.knowledge.DrugClass;
import org.oncolearn.knowledge.KnowledgeBase;
import org.oncolearn.knowledge.Wording;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the knowledge base ({@code sources.yaml}, {@code classes.yaml}, {@code biomarkers.yaml}, {@code drugs.yaml})
 * strictly and collects every problem with its file and line. Every fact must cite at least one source: a fact
 * without one is refused, because drafted checks quote these facts to learners.
 */
public final class KnowledgeParser {

    public static final List<String> FILES = List.of("sources.yaml", "classes.yaml", "biomarkers.yaml", "drugs.yaml");
    public static final long MAX_FILE_BYTES = 1_000_000;
    static final Set<String> CATEGORIES = Set.of("immunotherapy", "targeted", "chemotherapy", "immunosuppressant");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final String folder;
    private final Problems problems = new Problems();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, DrugClass> classes = new LinkedHashMap<>();
    private final Map<String, Biomarker> biomarkers = new LinkedHashMap<>();
    private final List<Drug> drugs = new ArrayList<>();

    private KnowledgeParser(String folder) {
        this.folder = folder;
    }

    /**
     * @param texts each file's name (one of {@link #FILES}) and its YAML text
     * @param folder how the folder is named in messages, e.g. {@code quizzes/knowledge}
     * @throws InvalidCourseException with every problem, each naming the file and line
     */
    public static KnowledgeBase parse(Map<String, String> texts, String folder) {
        return new KnowledgeParser(folder).parse(texts);
    }

    private KnowledgeBase parse(Map<String, String> texts) {
        root(texts, "sources.yaml", "sources").ifPresent(this::readSources);
        root(texts, "classes.yaml", "classes").ifPresent(this::readClasses);
        root(texts, "biomarkers.yaml", "biomarkers").ifPresent(this::readBiomarkers);
        root(texts, "drugs.yaml", "drugs").ifPresent(this::readDrugs);
        if (!problems.isEmpty()) {
            throw new InvalidCourseException(problems.list());
        }
        return new KnowledgeBase(classes, drugs, biomarkers);
    }

    private String path(String file) {
        return folder + "/" + file;
    }

    private Optional<YamlMap> root(Map<String, String> texts, String file, String field) {
        String text = texts.get(file);
        if (text == null) {
            problems.add(path(file), 0, "file is missing: the knowledge base needs " + String.join(", ", FILES));
            return Optional.empty();
        }
        Node root;
        try {
            root = new Yaml(CourseYaml.options()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            problems.add(path(file), e.getProblemMark().getLine() + 1, "not valid YAML: " + e.getProblem());
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(
                    path(file),
                    0,
                    "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return Optional.empty();
        }
        Optional<YamlMap> map = YamlMap.of(path(file), root, "", problems);
        map.ifPresent(m -> m.allowOnly(Set.of(field)));
        return map;
    }

    private void readSources(YamlMap root) {
        root.entriesOf("sources", true)
                .ifPresent(entries -> entries.forEach((key, node) -> {
                    YamlMap.of(root.file(), node, "source " + Quoted.of(key), problems)
                            .ifPresent(source -> {
                                source.allowOnly(Set.of("title", "url"));
                                Optional<String> title = source.text("title", true);
                                Optional<URI> url = source.text("url", true).flatMap(text -> webPage(source, text));
                                if (title.isPresent() && url.isPresent()) {
                                    sources.put(key, new Source(key, title.get(), url.get()));
                                }
                            });
                }));
    }

    /** A page people read: not an API answer, which learners following a source link could not read. */
    private static Optional<URI> webPage(YamlMap source, String text) {
        return CourseParser.webAddress(source, text).filter(uri -> {
            boolean data = uri.getHost().startsWith("api.") || uri.getPath().endsWith(".json");
            if (data) {
                source.problem(
                        source.line("url"),
                        "url " + Quoted.of(text) + " is a data address; cite a page people read (DailyMed, EMA, FDA"
                                + " label PDF, NCI, Cancer Research UK)");
            }
            return !data;
        });
    }

    private void readClasses(YamlMap root) {
        root.entriesOf("classes", true)
                .ifPresent(entries -> entries.forEach((id, node) -> {
                    String owner = "class " + Quoted.of(id);
                    YamlMap.of(root.file(), node, owner, problems).ifPresent(map -> {
                        map.allowOnly(Set.of("name", "category", "target", "mechanism", "sources"));
                        validId(map, id);
                        Optional<String> name = map.text("name", true);
                        Optional<String> category = map.text("category", true).filter(c -> knownCategory(map, c));
                        Optional<String> target = map.text("target", true);
                        Optional<Wording> mechanism = wording(map, "mechanism", true);
                        List<Source> cited = cited(map);
                        if (name.isPresent() && category.isPresent() && target.isPresent() && mechanism.isPresent()) {
                            classes.put(
                                    id,
                                    new DrugClass(
                                            id, name.get(), category.get(), target.get(), mechanism.get(), cited));
                        }
                    });
                }));
    }

    private boolean knownCategory(YamlMap map, String category) {
        if (CATEGORIES.contains(category)) {
            return true;
        }
        map.problem(
                map.line("category"),
                "category " + Quoted.of(category) + " is not one of "
                        + String.join(", ", CATEGORIES.stream().sorted().toList()));
        return false;
    }

    private void readBiomarkers(YamlMap root) {
        root.entriesOf("biomarkers", true)
                .ifPresent(entries -> entries.forEach((id, node) -> {
                    String owner = "biomarker " + Quoted.of(id);
                    YamlMap.of(root.file(), node, owner, problems).ifPresent(map -> {
                        map.allowOnly(Set.of("name", "tested", "how", "means", "sources"));
                        validId(map, id);
                        Optional<String> name = map.text("name", true);
                        Optional<String> tested = map.text("tested", true);
                        Optional<String> how = map.text("how", true);
                        Optional<String> means = map.text("means", true);
                        List<Source> cited = cited(map);
                        if (name.isPresent() && tested.isPresent() && how.isPresent() && means.isPresent()) {
                            biomarkers.put(
                                    id, new Biomarker(id, name.get(), tested.get(), how.get(), means.get(), cited));
                        }
                    });
                }));
    }

    private void readDrugs(YamlMap root) {
        Set<String> names = new java.util.HashSet<>();
        root.list("drugs", true).ifPresent(nodes -> {
            int position = 0;
            for (Node node : nodes) {
                position++;
                YamlMap.of(root.file(), node, "drug " + position, problems).ifPresent(entry -> {
                    String owner = entry.text("name", false)
                            .map(n -> "drug " + Quoted.of(n))
                            .orElse(entry.owner());
                    YamlMap.of(root.file(), node, owner, problems).ifPresent(map -> readDrug(map, names));
                });
            }
        });
    }

    private void readDrug(YamlMap map, Set<String> names) {
        map.allowOnly(Set.of("name", "brands", "class", "mechanism", "uses", "adverse", "pregnancy", "sources"));
        Optional<String> name = map.text("name", true).map(n -> n.toLowerCase(Locale.ROOT));
        name.ifPresent(n -> {
            if (!names.add(n)) {
                map.problem(map.line("name"), "drug " + Quoted.of(n) + " appears twice");
            }
        });
        List<String> brands = texts(map, "brands");
        Optional<DrugClass> drugClass = map.text("class", true).flatMap(id -> {
            DrugClass known = classes.get(id);
            if (known == null) {
                map.problem(map.line("class"), "class " + Quoted.of(id) + " is not in classes.yaml");
            }
            return Optional.ofNullable(known);
        });
        Optional<Wording> mechanism = map.has("mechanism") ? wording(map, "mechanism", false) : Optional.empty();
        List<Drug.Use> uses = new ArrayList<>();
        map.list("uses", false)
                .ifPresent(nodes -> each(map, nodes, "use", use -> {
                    use.allowOnly(Set.of("cancer", "test-first", "sources"));
                    Optional<String> cancer = use.text("cancer", true);
                    Optional<Biomarker> testFirst = use.text("test-first", false)
                            .flatMap(id -> {
                                Biomarker known = biomarkers.get(id);
                                if (known == null) {
                                    use.problem(
                                            use.line("test-first"),
                                            "biomarker " + Quoted.of(id) + " is not in biomarkers.yaml");
                                }
                                return Optional.ofNullable(known);
                            });
                    List<Source> cited = cited(use);
                    cancer.ifPresent(c -> uses.add(new Drug.Use(c, testFirst, cited)));
                }));
        List<Drug.AdverseEffect> adverse = new ArrayList<>();
        map.list("adverse", true)
                .ifPresent(nodes -> each(map, nodes, "adverse effect", effect -> {
                    effect.allowOnly(Set.of("effect", "nurse", "patient", "tier", "sources"));
                    Optional<String> what = effect.text("effect", true);
                    Optional<String> nurse = effect.text("nurse", true);
                    Optional<String> patient = effect.text("patient", true);
                    Optional<Drug.Urgency> tier = effect.text("tier", true).flatMap(t -> switch (t) {
                        case "call-now" -> Optional.of(Drug.Urgency.CALL_NOW);
                        case "within-a-day" -> Optional.of(Drug.Urgency.WITHIN_A_DAY);
                        default -> {
                            effect.problem(
                                    effect.line("tier"), "tier must be call-now or within-a-day, not " + Quoted.of(t));
                            yield Optional.empty();
                        }
                    });
                    List<Source> cited = cited(effect);
                    if (what.isPresent() && nurse.isPresent() && patient.isPresent() && tier.isPresent()) {
                        adverse.add(new Drug.AdverseEffect(what.get(), nurse.get(), patient.get(), tier.get(), cited));
                    }
                }));
        Optional<Drug.Pregnancy> pregnancy = map.map("pregnancy", false, map.owner() + " pregnancy")
                .flatMap(p -> {
                    p.allowOnly(Set.of("text", "sources"));
                    Optional<String> text = p.text("text", true);
                    List<Source> cited = cited(p);
                    return text.map(t -> new Drug.Pregnancy(t, cited));
                });
        List<Source> cited = cited(map);
        if (name.isPresent() && drugClass.isPresent()) {
            drugs.add(new Drug(name.get(), brands, drugClass.get(), mechanism, uses, adverse, pregnancy, cited));
        }
    }

    private void each(YamlMap owner, List<Node> nodes, String what, java.util.function.Consumer<YamlMap> read) {
        int position = 0;
        for (Node node : nodes) {
            position++;
            YamlMap.of(owner.file(), node, owner.owner() + " " + what + " " + position, problems)
                    .ifPresent(read);
        }
    }

    private Optional<Wording> wording(YamlMap map, String field, boolean required) {
        return map.map(field, required, map.owner() + " " + field).flatMap(w -> {
            w.allowOnly(Set.of("nurse", "patient"));
            Optional<String> nurse = w.text("nurse", true);
            Optional<String> patient = w.text("patient", true);
            return nurse.isPresent() && patient.isPresent()
                    ? Optional.of(new Wording(nurse.get(), patient.get()))
                    : Optional.empty();
        });
    }

    private static List<String> texts(YamlMap map, String field) {
        List<String> texts = new ArrayList<>();
        map.list(field, false).ifPresent(nodes -> {
            for (Node node : nodes) {
                if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    texts.add(scalar.getValue().strip());
                } else {
                    map.problem(YamlMap.lineOf(node), "each entry of \"" + field + "\" must be plain text");
                }
            }
        });
        return texts;
    }

    /** The sources a fact cites; a fact without any is a problem, because drafted checks cite them to learners. */
    private List<Source> cited(YamlMap map) {
        List<Source> cited = new ArrayList<>();
        if (!map.has("sources")) {
            map.problem(map.line(), "cites no source: every fact needs at least one (field \"sources\")");
            return cited;
        }
        map.list("sources", true).ifPresent(keys -> {
            for (Node node : keys) {
                if (!(node instanceof ScalarNode key)) {
                    map.problem(YamlMap.lineOf(node), "each source must be a key from sources.yaml");
                    continue;
                }
                Source source = sources.get(key.getValue());
                if (source == null) {
                    map.problem(
                            YamlMap.lineOf(node),
                            "cites unknown source " + Quoted.of(key.getValue()) + " (add it to sources.yaml)");
                } else if (!cited.contains(source)) {
                    cited.add(source);
                }
            }
        });
        return cited;
    }

    private void validId(YamlMap map, String id) {
        if (!ID.matcher(id).matches()) {
            map.problem(map.line(), "id " + Quoted.of(id) + " must be lowercase letters, digits and -");
        }
    }
}
