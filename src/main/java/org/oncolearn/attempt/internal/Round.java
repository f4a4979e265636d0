package org.oncolearn.attempt.internal;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One pass through a lesson: round 1 asks one check per objective, later rounds a sibling for each objective missed.
 *
 * @param seed the round's random seed, from which its option orders follow; empty for rounds stored before shuffling
 */
public record Round(
        long id,
        String lessonId,
        int number,
        List<String> checkIds,
        Map<String, RecordedAnswer> answers,
        OptionalInt seed) {

    public Round {
        checkIds = List.copyOf(checkIds);
        answers = Map.copyOf(answers);
    }

    /** A round stored before seeds existed: its options keep the file order. */
    public Round(long id, String lessonId, int number, List<String> checkIds, Map<String, RecordedAnswer> answers) {
        this(id, lessonId, number, checkIds, answers, OptionalInt.empty());
    }
}
