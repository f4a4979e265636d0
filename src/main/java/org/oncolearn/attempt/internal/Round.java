package org.oncolearn.attempt.internal;

import java.util.List;
import java.util.Map;

/** One pass through a lesson's checks: round 1 asks all of them, later rounds the ones missed before. */
public record Round(long id, String lessonId, int number, List<String> checkIds, Map<String, RecordedAnswer> answers) {

    public Round {
        checkIds = List.copyOf(checkIds);
        answers = Map.copyOf(answers);
    }
}
