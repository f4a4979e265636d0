package org.oncolearn.factcheck.internal;

import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oncolearn.factcheck.DrugLexicon;
import org.oncolearn.factcheck.DrugLexicon.Category;
import org.oncolearn.factcheck.DrugLexicon.Drug;
import org.oncolearn.factcheck.DrugLexicon.LexiconSource;
import org.oncolearn.factcheck.DrugLexicon.Stem;
import org.oncolearn.factcheck.InvalidLexiconException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads the lexicon file strictly: every drug and stem must name known categories and a listed source. */
public final class LexiconParser {

    private final String file;

    private LexiconParser(String file) {
        this.file = file;
    }

    public static DrugLexicon parse(InputStream in, String file) {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(1_000_000);
            root = new Yaml(new SafeConstructor(options))
                    .load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            throw new InvalidLexiconException(file + ": not valid YAML ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        return new LexiconParser(file).lexicon(map(root, "the file", file));
    }

    private DrugLexicon lexicon(Map<String, Object> root) {
        Map<String, Category> categories = new LinkedHashMap<>();
        map(root.get("categories"), "categories", file).forEach((key, value) -> {
            Map<String, Object> category = map(value, "category \"" + key + "\"", file);
            categories.put(
                    key,
                    new Category(
                            key,
                            text(category, "label", "category \"" + key + "\""),
                            strings(category.get("phrases"), "category \"" + key + "\" phrases")));
        });
        Map<String, LexiconSource> sources = new LinkedHashMap<>();
        map(root.get("sources"), "sources", file).forEach((key, value) -> {
            Map<String, Object> source = map(value, "source \"" + key + "\"", file);
            sources.put(
                    key,
                    new LexiconSource(
                            key,
                            text(source, "title", "source \"" + key + "\""),
                            url(text(source, "url", "source \"" + key + "\""), key)));
        });
        List<Drug> drugs = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Object entry : list(root.get("drugs"), "drugs")) {
            Map<String, Object> drug = map(entry, "a drug", file);
            String name = text(drug, "name", "a drug").toLowerCase(java.util.Locale.ROOT);
            String owner = "drug \"" + name + "\"";
            if (!names.add(name)) {
                throw problem(owner + " is listed twice");
            }
            drugs.add(new Drug(
                    name,
                    drug.containsKey("brands") ? strings(drug.get("brands"), owner + " brands") : List.of(),
                    text(drug, "class", owner),
                    categories(drug.get("is"), owner + " is", categories),
                    categories(drug.get("never"), owner + " never", categories),
                    source(drug, owner, sources)));
        }
        List<Stem> stems = new ArrayList<>();
        for (Object entry : list(root.getOrDefault("stems", List.of()), "stems")) {
            Map<String, Object> stem = map(entry, "a stem", file);
            String owner = "stem \"-" + text(stem, "suffix", "a stem") + "\"";
            stems.add(new Stem(
                    text(stem, "suffix", owner),
                    text(stem, "meaning", owner),
                    stem.containsKey("never") ? categories(stem.get("never"), owner + " never", categories) : Set.of(),
                    source(stem, owner, sources)));
        }
        return new DrugLexicon(categories, drugs, stems, List.copyOf(sources.values()));
    }

    private LexiconSource source(Map<String, Object> entry, String owner, Map<String, LexiconSource> sources) {
        String key = text(entry, "source", owner);
        LexiconSource source = sources.get(key);
        if (source == null) {
            throw problem(owner + ": source \"" + key + "\" is not in sources");
        }
        return source;
    }

    private Set<String> categories(Object value, String owner, Map<String, Category> categories) {
        Set<String> keys = new LinkedHashSet<>(strings(value, owner));
        for (String key : keys) {
            if (!categories.containsKey(key)) {
                throw problem(owner + ": \"" + key + "\" is not one of the categories " + categories.keySet());
            }
        }
        return keys;
    }

    private URI url(String url, String key) {
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw problem("source \"" + key + "\": url must start with https:// or http://");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw problem("source \"" + key + "\": url is not a valid address (" + e.getReason() + ")");
        }
    }

    private String text(Map<String, Object> map, String field, String owner) {
        Object value = map.get(field);
        if (!(value instanceof String s) || s.isBlank()) {
            throw problem(owner + ": field \"" + field + "\" is missing or empty");
        }
        return s.strip();
    }

    private List<String> strings(Object value, String owner) {
        List<String> result = new ArrayList<>();
        for (Object item : list(value, owner)) {
            if (!(item instanceof String s) || s.isBlank()) {
                throw problem(owner + ": every item must be a word or phrase");
            }
            result.add(s.strip());
        }
        return result;
    }

    private List<?> list(Object value, String owner) {
        if (!(value instanceof List<?> list)) {
            throw problem(owner + " must be a list");
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String owner, String file) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidLexiconException(file + ": " + owner + " must be a map of fields");
        }
        return (Map<String, Object>) map;
    }

    private InvalidLexiconException problem(String message) {
        return new InvalidLexiconException(file + ": " + message);
    }
}
