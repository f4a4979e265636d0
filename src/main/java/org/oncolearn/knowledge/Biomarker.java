package org.oncolearn.knowledge;

import java.util.List;
import org.oncolearn.course.Source;

/** A tumour feature tested before treatment: what is tested, how, and what a result means for the choice. */
public record Biomarker(String id, String name, String tested, String how, String means, List<Source> sources) {

    public Biomarker {
        sources = List.copyOf(sources);
    }
}
