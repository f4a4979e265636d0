package org.oncolearn.analysis;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The figures of one check.
 *
 * @param n the learners who answered it (each learner's first response counts)
 * @param facility the share of them who answered right, from 0 to 1
 * @param discrimination the point-biserial correlation of the check's score (0 or 1) with the learner's score on the
 *     other checks, from -1 to 1; empty when it cannot be computed because everyone answered the check alike or
 *     everyone had the same score on the other checks
 * @param choices the responses that say which options were chosen (an LMS report may leave the response empty); the
 *     base of the option shares
 * @param options each option's share, in the course's order when the course is known; empty when no response says
 *     which options were chosen
 * @param flags in the order of {@link Flag}
 */
public record ItemStatistics(
        String checkId,
        int n,
        double facility,
        OptionalDouble discrimination,
        int choices,
        List<OptionShare> options,
        Set<Flag> flags) {

    public ItemStatistics {
        options = List.copyOf(options);
        // An EnumSet keeps the flags in their declared order, whatever order they were found in.
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    public boolean flagged(Flag flag) {
        return flags.contains(flag);
    }

    /** The wrong options chosen by fewer than 5 % of at least 50 responses that say what was chosen. */
    public List<String> unusedDistractors() {
        if (choices < ItemAnalysis.UNUSED_DISTRACTOR_MIN_N) {
            return List.of();
        }
        return options.stream()
                .filter(o -> !o.key() && o.share() < ItemAnalysis.UNUSED_DISTRACTOR_BELOW)
                .map(OptionShare::optionId)
                .toList();
    }
}
