package org.oncolearn.attempt;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oncolearn.course.Check;
import org.oncolearn.course.Option;

/**
 * The recorded answer to a check, for feedback: which options were chosen, whether that was right, the order the
 * options were shown in, and how sure the learner said they were.
 */
public record AnswerOutcome(
        Check check,
        Set<String> selectedOptionIds,
        boolean correct,
        List<Option> options,
        Optional<Confidence> confidence) {

    public AnswerOutcome {
        selectedOptionIds = Set.copyOf(selectedOptionIds);
        options = List.copyOf(options);
    }

    /** The certainty-based marks this answer earned, when the learner gave a confidence. */
    public Optional<Integer> marks() {
        return confidence.map(c -> c.marks(correct));
    }
}
