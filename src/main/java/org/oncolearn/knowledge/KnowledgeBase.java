package org.oncolearn.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every drug, class and biomarker the knowledge base holds, each fact with its sources. */
public record KnowledgeBase(Map<String, DrugClass> classes, List<Drug> drugs, Map<String, Biomarker> biomarkers) {

    public KnowledgeBase {
        classes = Map.copyOf(classes);
        drugs = List.copyOf(drugs);
        biomarkers = Map.copyOf(biomarkers);
    }

    /** A drug by its generic name or a brand, ignoring case. */
    public Optional<Drug> drug(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return drugs.stream()
                .filter(d -> d.name().equals(wanted)
                        || d.brands().stream()
                                .anyMatch(b -> b.toLowerCase(Locale.ROOT).equals(wanted)))
                .findFirst();
    }

    public List<Drug> drugsOf(DrugClass drugClass) {
        return drugs.stream().filter(d -> d.drugClass().equals(drugClass)).toList();
    }
}
