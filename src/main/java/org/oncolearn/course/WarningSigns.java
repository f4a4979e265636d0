package org.oncolearn.course;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one list of warning signs that patients are taught, in two tiers: signs that need a call to the 24-hour number
 * now, and signs to tell the care team about within a day. Every patient text is checked against it, and the
 * self-check shows it; it is never written out a second time.
 *
 * @param intro why these signs matter, per interface language
 * @param emergency what to do when life is in danger, per interface language
 */
public record WarningSigns(
        Localized intro,
        Tier callNow,
        Tier tellWithinADay,
        List<Note> notes,
        Localized emergency,
        List<Source> sources) {

    /** Interface languages every text must be given in. */
    public static final List<String> LANGUAGES = List.of("en", "de");

    public WarningSigns {
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }

    /** One text in each interface language. */
    public record Localized(Map<String, String> texts) {

        public Localized {
            texts = Map.copyOf(texts);
        }

        public String in(String language) {
            return texts.getOrDefault(language, texts.get("en"));
        }

        public String en() {
            return in("en");
        }

        public String de() {
            return in("de");
        }
    }

    /** A tier: its heading and its signs. */
    public record Tier(Localized title, List<Sign> signs) {

        public Tier {
            signs = List.copyOf(signs);
        }
    }

    /**
     * @param match lowercase English words and phrases that name this sign in a sentence
     */
    public record Sign(Localized text, Set<String> match, List<Source> sources) {

        public Sign {
            match = Set.copyOf(match);
            sources = List.copyOf(sources);
        }

        /** The first of this sign's words that the text mentions, if any (whole words, any case). */
        public java.util.Optional<String> mentionedIn(String text) {
            String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
            return match.stream()
                    .sorted()
                    .filter(word -> lower.contains(
                            " " + word.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " "))
                    .findFirst();
        }
    }

    /** Something else a patient must know, such as telling staff about immunotherapy or about a pregnancy. */
    public record Note(Localized text, List<Source> sources) {

        public Note {
            sources = List.copyOf(sources);
        }
    }
}
