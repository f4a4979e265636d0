package org.oncolearn.readability;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade level of English text: {@code 0.39 × words per sentence + 11.8 × syllables per word −
 * 15.59}. Syllables are counted by rule (vowel groups, a silent final e), the usual approach of readability tools;
 * it is exact enough to tell grade 7 from grade 10, which is what patient text needs.
 */
public final class Readability {

    /** NIH and the accuracy brief ask for patient text at or below US grade 8. */
    public static final double PATIENT_MAX_GRADE = 8.0;

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|\\n\\s*\\n|\\n\\s*[-*]\\s");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    private Readability() {}

    /** Counts and grade of a text; Markdown links, emphasis and list markers are read as plain words. */
    public static Score score(String text) {
        String plain = text.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("[*_#>`]", " ");
        int sentences = Math.max(1, countSentences(plain));
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            for (String part : m.group().split("-")) {
                if (!part.isEmpty()) {
                    words++;
                    syllables += syllables(part);
                }
            }
        }
        return new Score(words, sentences, syllables);
    }

    private static int countSentences(String text) {
        int count = 0;
        Matcher m = SENTENCE_END.matcher(text.strip() + " ");
        while (m.find()) {
            count++;
        }
        return count;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.length() <= 3) {
            return 1;
        }
        // Silent endings: "named", "makes", "care" (but not "tested", "uses", "table").
        w = w.replaceAll("(?<![td])ed$", "")
                .replaceAll("(?<![lsxzcgi])es$", "")
                .replaceAll("(?<!l)e$", "")
                .replaceAll("^y", "");
        int count = 0;
        Matcher m = VOWEL_GROUP.matcher(w);
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    /** Word, sentence and syllable counts, and the grade level they give. */
    public record Score(int words, int sentences, int syllables) {

        public double grade() {
            if (words == 0) {
                return 0;
            }
            return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        }

        public Score plus(Score other) {
            return new Score(words + other.words, sentences + other.sentences, syllables + other.syllables);
        }
    }
}
