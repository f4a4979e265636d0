package org.oncolearn.factcheck;

import java.util.List;
import org.oncolearn.factcheck.internal.ClassClaims;

/**
 * Flags sentences that call a drug something it is not, such as cisplatin "an immunotherapy". Deliberately
 * conservative: a clause that negates ("not", "rather than", "unlike" ...) is never flagged, and only classes the
 * lexicon lists under {@code never} count as errors, so correct teaching about what a drug is not stays quiet.
 */
public final class FactChecker {

    private final ClassClaims claims;
    private final DrugLexicon lexicon;

    public FactChecker(DrugLexicon lexicon) {
        this.lexicon = lexicon;
        this.claims = new ClassClaims(lexicon);
    }

    public DrugLexicon lexicon() {
        return lexicon;
    }

    /** Flags in one text; lines are counted from 1 at its start. */
    public List<DrugClassFlag> check(String text) {
        return claims.wrongClaims(text);
    }

    /** Flags in a piece of a larger file that starts on {@code firstLine}, with line numbers of the file. */
    public List<DrugClassFlag> check(String text, int firstLine) {
        return check(text).stream()
                .map(f -> new DrugClassFlag(
                        f.line() + firstLine - 1, f.drug(), f.drugClass(), f.claimedClass(), f.source(), f.sentence()))
                .toList();
    }
}
