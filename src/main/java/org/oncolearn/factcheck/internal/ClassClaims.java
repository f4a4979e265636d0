package org.oncolearn.factcheck.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncolearn.factcheck.DrugClassFlag;
import org.oncolearn.factcheck.DrugLexicon;
import org.oncolearn.factcheck.DrugLexicon.Category;
import org.oncolearn.factcheck.DrugLexicon.Drug;
import org.oncolearn.factcheck.DrugLexicon.Stem;

/**
 * Finds class claims: in each clause, every class phrase is attributed to the nearest drug mention, and a claim the
 * lexicon lists under {@code never} for that drug is wrong. Clauses with a negation are skipped, because teaching
 * what a drug is not ("cisplatin is not an immunotherapy") is exactly what good content does.
 */
public final class ClassClaims {

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(not|no|never|neither|nor|isn't|aren't|wasn't|rather than|instead of|unlike|mistaken|mistake|"
                    + "confused|confuse|confusion|sound-alike|sounds like|opposite|myth|wrongly|misconception)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_BREAK =
            Pattern.compile(";|:\\s|\\s[–—]\\s|\\(|\\)|,\\s+(?=(while|whereas|but|although|and unlike)\\b)|\\bbut\\b");
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<=[.!?])[\"')\\]]*\\s+|\\n\\s*\\n|\\n\\s*(?=[-*>#]|\\d+\\.)");

    /**
     * A class named right after "with", "and", "after" and the like is another treatment given together with the drug
     * or before it ("with trastuzumab and chemotherapy", "after platinum chemotherapy"), not a claim about the drug.
     */
    private static final Pattern COMBINED = Pattern.compile(
            "\\b(with|plus|and|or|after|before|following|alongside|than)\\s+(?:[\\w-]+\\s+){0,3}$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern AS_ONE_OF =
            Pattern.compile("\\b(other|similar|such)\\s+(?:[\\w-]+\\s+)?$", Pattern.CASE_INSENSITIVE);

    private record Mention(int start, int end, Drug drug) {}

    private record Claim(int start, Category category) {}

    private final List<DrugPattern> drugs = new ArrayList<>();
    private final List<StemPattern> stems = new ArrayList<>();
    private final List<CategoryPattern> categories = new ArrayList<>();

    private record DrugPattern(Pattern pattern, Drug drug) {}

    private record StemPattern(Pattern pattern, Stem stem) {}

    private record CategoryPattern(Pattern pattern, Category category) {}

    public ClassClaims(DrugLexicon lexicon) {
        for (Drug drug : lexicon.drugs()) {
            List<String> names = new ArrayList<>(drug.brands());
            names.add(drug.name());
            names.sort(Comparator.comparingInt(String::length).reversed());
            String alternatives =
                    String.join("|", names.stream().map(ClassClaims::words).toList());
            drugs.add(new DrugPattern(Pattern.compile("\\b(" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE), drug));
        }
        for (Stem stem : lexicon.stems()) {
            stems.add(new StemPattern(
                    Pattern.compile("\\b[a-z]{3,}" + Pattern.quote(stem.suffix()) + "\\b", Pattern.CASE_INSENSITIVE),
                    stem));
        }
        for (Category category : lexicon.categories().values()) {
            // One extra word may sit inside a phrase: "targeted tacrolimus drugs", "targeted cancer drugs".
            String alternatives = String.join(
                    "|",
                    category.phrases().stream()
                            .map(p -> String.join("\\s+(?:[\\w-]+\\s+)?", p.split("\\s+")))
                            .toList());
            categories.add(new CategoryPattern(
                    Pattern.compile("\\b(" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE), category));
        }
    }

    private static String words(String name) {
        return String.join(
                "\\s+",
                java.util.Arrays.stream(name.split("\\s+")).map(Pattern::quote).toList());
    }

    public List<DrugClassFlag> wrongClaims(String text) {
        List<DrugClassFlag> flags = new ArrayList<>();
        int sentenceStart = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (sentenceStart < text.length()) {
            int sentenceEnd = end.find(sentenceStart) ? end.start() : text.length();
            int next = sentenceEnd < text.length() ? end.end() : text.length();
            checkSentence(text, sentenceStart, sentenceEnd, flags);
            sentenceStart = Math.max(next, sentenceStart + 1);
        }
        return flags;
    }

    private void checkSentence(String text, int start, int end, List<DrugClassFlag> flags) {
        String sentence = text.substring(start, end);
        Matcher breaks = CLAUSE_BREAK.matcher(sentence);
        int clauseStart = 0;
        while (true) {
            boolean found = breaks.find();
            int clauseEnd = found ? breaks.start() : sentence.length();
            checkClause(text, start + clauseStart, start + clauseEnd, sentence, flags);
            if (!found) {
                return;
            }
            clauseStart = breaks.end();
        }
    }

    private void checkClause(String text, int start, int end, String sentence, List<DrugClassFlag> flags) {
        String clause = text.substring(start, end);
        if (NEGATION.matcher(clause).find()) {
            return;
        }
        List<Mention> mentions = mentions(clause, start);
        if (mentions.isEmpty()) {
            return;
        }
        for (Claim claim : claims(clause, start, mentions)) {
            Mention nearest = mentions.stream()
                    .min(Comparator.comparingInt(m -> distance(m, claim.start())))
                    .orElseThrow();
            if (nearest.drug().never().contains(claim.category().key())) {
                flags.add(new DrugClassFlag(
                        line(text, nearest.start()),
                        nearest.drug().name(),
                        nearest.drug().drugClass(),
                        claim.category().label(),
                        nearest.drug().source(),
                        sentence.strip().replaceAll("\\s+", " ")));
            }
        }
    }

    private List<Mention> mentions(String clause, int offset) {
        List<Mention> mentions = new ArrayList<>();
        for (DrugPattern drug : drugs) {
            Matcher m = drug.pattern().matcher(clause);
            while (m.find()) {
                mentions.add(new Mention(offset + m.start(), offset + m.end(), drug.drug()));
            }
        }
        for (StemPattern stem : stems) {
            Matcher m = stem.pattern().matcher(clause);
            while (m.find()) {
                int at = offset + m.start();
                boolean known = mentions.stream().anyMatch(x -> x.start() <= at && at < x.end());
                if (!known && !stem.stem().never().isEmpty()) {
                    String word = m.group().toLowerCase(Locale.ROOT);
                    Drug unknown = new Drug(
                            word,
                            List.of(),
                            stem.stem().meaning(),
                            Set.of(),
                            stem.stem().never(),
                            stem.stem().source());
                    mentions.add(new Mention(at, offset + m.end(), unknown));
                }
            }
        }
        return mentions;
    }

    /** Class phrases in the clause, leaving out the drug names themselves ("targeted" inside a brand, say). */
    private List<Claim> claims(String clause, int offset, List<Mention> mentions) {
        List<Claim> claims = new ArrayList<>();
        for (CategoryPattern category : categories) {
            Matcher m = category.pattern().matcher(clause);
            while (m.find()) {
                int at = offset + m.start();
                if (mentions.stream().noneMatch(x -> x.start() <= at && at < x.end())
                        && !combined(clause.substring(0, m.start()))) {
                    claims.add(new Claim(at, category.category()));
                }
            }
        }
        return claims;
    }

    /** "with trastuzumab and chemotherapy" is a combination; "trastuzumab and other chemotherapy" is a claim. */
    private static boolean combined(String before) {
        return COMBINED.matcher(before).find() && !AS_ONE_OF.matcher(before).find();
    }

    private static int distance(Mention mention, int position) {
        return position < mention.start() ? mention.start() - position : Math.max(0, position - mention.end());
    }

    private static int line(String text, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
