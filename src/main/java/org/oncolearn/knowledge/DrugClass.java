package org.oncolearn.knowledge;

import java.util.List;
import org.oncolearn.course.Source;

/**
 * A class of drugs: what it acts on and how.
 *
 * @param category the broad kind a sentence may call it: immunotherapy, targeted, chemotherapy or immunosuppressant
 */
public record DrugClass(
        String id, String name, String category, String target, Wording mechanism, List<Source> sources) {

    public DrugClass {
        sources = List.copyOf(sources);
    }
}
