package org.oncolearn.export.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer grades as Moodle accepts them. Moodle's import refuses (or silently rounds) any fraction that is not in its
 * fixed list of grades, so the keys of a select-all check cannot simply get {@code 100 / keys} each.
 */
public final class MoodleFractions {

    /** The positive grades of Moodle's list ({@code question_bank::fraction_options_full}), in percent. */
    public static final List<BigDecimal> ACCEPTED = List.of(
                    "100",
                    "90",
                    "83.33333",
                    "80",
                    "75",
                    "70",
                    "66.66667",
                    "60",
                    "50",
                    "40",
                    "33.33333",
                    "30",
                    "25",
                    "20",
                    "16.66667",
                    "14.28571",
                    "12.5",
                    "11.11111",
                    "10",
                    "5")
            .stream()
            .map(BigDecimal::new)
            .toList();

    /** Moodle matches a grade when it is within 0.00001 of a listed fraction, that is 0.001 in percent. */
    private static final BigDecimal MOODLE_TOLERANCE = new BigDecimal("0.001");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MoodleFractions() {}

    /**
     * How {@code count} answers share 100 %: each gets the listed grade equal to {@code 100 / count} when there is one
     * (every count from 1 to 10). Otherwise the rule is: every answer gets the largest listed grade below the exact
     * share, and then answers in their order are raised to the next listed grade as long as the total stays at or
     * below 100; for 11 to 20 answers (5 % and 10 %) the total is then exactly 100. More than 20 answers cannot share
     * 100 % in Moodle's grades at all, and are refused rather than written with a total Moodle would reject.
     *
     * @return the grades in percent, as Moodle writes them ({@code 33.33333}, {@code 12.5}, {@code 100})
     */
    public static List<String> shares(int count) {
        if (count == 0) {
            return List.of();
        }
        BigDecimal exact = HUNDRED.divide(BigDecimal.valueOf(count), 10, java.math.RoundingMode.HALF_EVEN);
        for (BigDecimal grade : ACCEPTED) {
            if (grade.subtract(exact).abs().compareTo(MOODLE_TOLERANCE) < 0) {
                return Collections.nCopies(count, text(grade));
            }
        }
        BigDecimal low = ACCEPTED.stream()
                .filter(g -> g.compareTo(exact) < 0)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Moodle has no grade small enough to share 100 % among " + count + " answers"));
        BigDecimal high = ACCEPTED.get(ACCEPTED.indexOf(low) - 1);
        int raised = HUNDRED.subtract(low.multiply(BigDecimal.valueOf(count)))
                .divideToIntegralValue(high.subtract(low))
                .intValueExact();
        List<String> grades = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            grades.add(text(i < raised ? high : low));
        }
        return List.copyOf(grades);
    }

    /** The same shares as penalties, for the wrong options of a select-all check. */
    public static List<String> penalties(int count) {
        return shares(count).stream().map(g -> "-" + g).toList();
    }

    private static String text(BigDecimal grade) {
        return grade.stripTrailingZeros().toPlainString();
    }
}
