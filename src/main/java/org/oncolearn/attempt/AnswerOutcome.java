package org.oncolearn.attempt;

import java.util.Set;
import org.oncolearn.course.Check;

/** The recorded answer to a check, for feedback: which options were chosen and whether that was right. */
public record AnswerOutcome(Check check, Set<String> selectedOptionIds, boolean correct) {

    public AnswerOutcome {
        selectedOptionIds = Set.copyOf(selectedOptionIds);
    }
}
