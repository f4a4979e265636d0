package org.oncolearn.drafting;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oncolearn.contentimport.InvalidCourseException;
import org.oncolearn.contentimport.KnowledgeBaseFile;
import org.oncolearn.course.Source;
import org.oncolearn.factcheck.DrugLexicon;
import org.oncolearn.knowledge.Drug;
import org.oncolearn.knowledge.KnowledgeBase;

/**
 * The fact check's lexicon together with the knowledge base: every drug the knowledge base holds is checked, not only
 * those the lexicon lists, so a drug added with its sources for drafting is also guarded against being called the
 * wrong kind of drug. The lexicon's own entries win, since they say precisely what a drug must never be called.
 */
public final class KnowledgeLexicon {

    /**
     * What a knowledge-base drug must never be called, by its kind. Conservative on purpose: antibodies and other
     * targeted drugs are called immunotherapy by some patient sources, so that pair is never flagged from here.
     */
    private static final Map<String, Set<String>> NEVER = Map.of(
            "chemotherapy", Set.of("immunotherapy", "targeted", "immunosuppressant"),
            "immunosuppressant", Set.of("immunotherapy", "targeted", "chemotherapy"),
            "immunotherapy", Set.of("chemotherapy", "immunosuppressant"),
            "targeted", Set.of("chemotherapy", "immunosuppressant"));

    private KnowledgeLexicon() {}

    /** The content folder's lexicon with its knowledge base; the lexicon alone when the knowledge base does not load. */
    public static DrugLexicon forContent(Path contentRoot) {
        DrugLexicon lexicon = DrugLexicon.forContent(contentRoot);
        try {
            return of(lexicon, KnowledgeBaseFile.load(contentRoot));
        } catch (InvalidCourseException | UncheckedIOException e) {
            // The knowledge base's own loader reports its problems where it is used; the fact check still runs.
            return lexicon;
        }
    }

    public static DrugLexicon of(DrugLexicon lexicon, KnowledgeBase knowledge) {
        List<DrugLexicon.Drug> drugs = new ArrayList<>(lexicon.drugs());
        for (Drug drug : knowledge.drugs()) {
            String category = drug.drugClass().category();
            if (lexicon.drug(drug.name()).isPresent() || !NEVER.containsKey(category)) {
                continue;
            }
            Source source = drug.sources().isEmpty()
                    ? drug.drugClass().sources().getFirst()
                    : drug.sources().getFirst();
            drugs.add(new DrugLexicon.Drug(
                    drug.name(),
                    drug.brands(),
                    CheckDrafter.withArticle(drug.drugClass().name()),
                    Set.of(category),
                    NEVER.get(category),
                    new DrugLexicon.LexiconSource(source.key(), source.title(), source.url())));
        }
        return new DrugLexicon(lexicon.categories(), drugs, lexicon.stems(), lexicon.sources());
    }
}
