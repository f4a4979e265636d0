package org.oncolearn.knowledge;

import java.util.List;
import java.util.Optional;
import org.oncolearn.course.Source;

/** A drug with its class, main uses (and the tumour test each needs first), key adverse effects and sources. */
public record Drug(
        String name,
        List<String> brands,
        DrugClass drugClass,
        Optional<Wording> mechanism,
        List<Use> uses,
        List<AdverseEffect> adverse,
        Optional<Pregnancy> pregnancy,
        List<Source> sources) {

    public Drug {
        brands = List.copyOf(brands);
        uses = List.copyOf(uses);
        adverse = List.copyOf(adverse);
        sources = List.copyOf(sources);
    }

    /** The drug's own mechanism where the knowledge base gives one, otherwise its class's. */
    public Wording mechanismOrClass() {
        return mechanism.orElse(drugClass.mechanism());
    }

    /**
     * A main approved use.
     *
     * @param testFirst the biomarker that must be tested before this use, when there is one
     */
    public record Use(String cancer, Optional<Biomarker> testFirst, List<Source> sources) {
        public Use {
            sources = List.copyOf(sources);
        }
    }

    /** A key adverse effect: what the nurse does, how the patient would say it, and how fast it must be reported. */
    public record AdverseEffect(String effect, String nurse, String patient, Urgency tier, List<Source> sources) {
        public AdverseEffect {
            sources = List.copyOf(sources);
        }
    }

    /** Call now, or tell the team within a day: the two tiers of the one list of warning signs. */
    public enum Urgency {
        CALL_NOW,
        WITHIN_A_DAY
    }

    /** What to know about pregnancy, contraception and breastfeeding. */
    public record Pregnancy(String text, List<Source> sources) {
        public Pregnancy {
            sources = List.copyOf(sources);
        }
    }
}
