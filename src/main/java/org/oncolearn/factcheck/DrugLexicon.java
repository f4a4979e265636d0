package org.oncolearn.factcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oncolearn.factcheck.internal.LexiconParser;

/**
 * Drug names and the classes they belong to, each backed by a source. Read from {@code drug-lexicon.yaml}: the copy in
 * the content folder when there is one (educators extend it there), otherwise the copy built into the application.
 */
public record DrugLexicon(
        Map<String, Category> categories, List<Drug> drugs, List<Stem> stems, List<LexiconSource> sources) {

    public static final String FILE_NAME = "drug-lexicon.yaml";

    /** A class a sentence can claim, such as "targeted", with the words that claim it. */
    public record Category(String key, String label, List<String> phrases) {}

    /** Where a classification comes from. */
    public record LexiconSource(String key, String title, URI url) {}

    /**
     * @param drugClass how to describe the drug ("platinum chemotherapy")
     * @param is categories it belongs to
     * @param never categories it must never be called
     */
    public record Drug(
            String name,
            List<String> brands,
            String drugClass,
            Set<String> is,
            Set<String> never,
            LexiconSource source) {}

    /** A naming pattern (a suffix such as "nib") for drugs that are not listed by name, and its trap. */
    public record Stem(String suffix, String meaning, Set<String> never, LexiconSource source) {}

    public DrugLexicon {
        categories = Map.copyOf(categories);
        drugs = List.copyOf(drugs);
        stems = List.copyOf(stems);
        sources = List.copyOf(sources);
    }

    public Optional<Drug> drug(String name) {
        return drugs.stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The lexicon in {@code contentRoot} if it has one, else the one built into the application. */
    public static DrugLexicon forContent(Path contentRoot) {
        Path file = contentRoot.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? load(file) : bundled();
    }

    /** @throws InvalidLexiconException naming the file and the field at fault */
    public static DrugLexicon load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return LexiconParser.parse(in, file.toString());
        } catch (IOException e) {
            throw new InvalidLexiconException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    public static DrugLexicon bundled() {
        try (InputStream in = DrugLexicon.class.getResourceAsStream("/factcheck/" + FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("the application was built without factcheck/" + FILE_NAME);
            }
            return LexiconParser.parse(in, "built-in " + FILE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
