package org.oncolearn.attempt;

/**
 * How sure a learner says they are before checking an answer, with the marks of Gardner-Medwin's certainty-based
 * marking (LAPT): being sure pays most when right and costs most when wrong, so guessing with confidence does not pay.
 */
public enum Confidence {
    LOW(1, 0),
    MEDIUM(2, -2),
    HIGH(3, -6);

    private final int right;
    private final int wrong;

    Confidence(int right, int wrong) {
        this.right = right;
        this.wrong = wrong;
    }

    public int marks(boolean correct) {
        return correct ? right : wrong;
    }

    /** The stored and exchanged name: {@code low}, {@code medium} or {@code high}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Confidence ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
