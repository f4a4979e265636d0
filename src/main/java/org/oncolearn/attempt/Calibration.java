package org.oncolearn.attempt;

import java.util.EnumMap;
import java.util.Map;

/**
 * How often a learner was right at each level of confidence they gave, and the certainty-based marks this earned:
 * the honest picture of whether "sure" meant sure.
 */
public record Calibration(Map<Confidence, Integer> rightCounts, Map<Confidence, Integer> answeredCounts) {

    public static final Calibration NONE = new Calibration(Map.of(), Map.of());

    public Calibration {
        rightCounts = Map.copyOf(rightCounts);
        answeredCounts = Map.copyOf(answeredCounts);
    }

    public Calibration plus(Confidence confidence, boolean correct) {
        Map<Confidence, Integer> r = new EnumMap<>(Confidence.class);
        Map<Confidence, Integer> a = new EnumMap<>(Confidence.class);
        r.putAll(rightCounts);
        a.putAll(answeredCounts);
        a.merge(confidence, 1, Integer::sum);
        if (correct) {
            r.merge(confidence, 1, Integer::sum);
        }
        return new Calibration(r, a);
    }

    public Calibration plus(Calibration other) {
        Map<Confidence, Integer> r = new EnumMap<>(Confidence.class);
        Map<Confidence, Integer> a = new EnumMap<>(Confidence.class);
        r.putAll(rightCounts);
        a.putAll(answeredCounts);
        other.rightCounts.forEach((k, v) -> r.merge(k, v, Integer::sum));
        other.answeredCounts.forEach((k, v) -> a.merge(k, v, Integer::sum));
        return new Calibration(r, a);
    }

    public int right(Confidence confidence) {
        return rightCounts.getOrDefault(confidence, 0);
    }

    public int answered(Confidence confidence) {
        return answeredCounts.getOrDefault(confidence, 0);
    }

    public int answered() {
        return answeredCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean isEmpty() {
        return answered() == 0;
    }

    /** The certainty-based marks of every answer counted here. */
    public int marks() {
        int marks = 0;
        for (Confidence c : Confidence.values()) {
            marks += right(c) * c.marks(true) + (answered(c) - right(c)) * c.marks(false);
        }
        return marks;
    }
}
