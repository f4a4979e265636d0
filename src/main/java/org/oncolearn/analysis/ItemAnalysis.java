package org.oncolearn.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Classical item analysis of a set of responses: per check the number of responses, the facility, the discrimination
 * and the share choosing each option, with flags for checks worth a second look.
 *
 * <p>Only a learner's first response to a check counts (DECISIONS.md): later attempts come after the feedback, which
 * shows the key, so they say more about the feedback than about the check.
 *
 * <p>Discrimination is the point-biserial correlation of the check's score (1 right, 0 wrong) with the learner's rest
 * score: the number of other checks the learner answered right. Leaving the check out of the total keeps it from
 * correlating with itself, which would flatter every check of a short test.
 */
public final class ItemAnalysis {

    /** Above this facility a check is too easy. */
    public static final double TOO_EASY_ABOVE = 0.90;
    /** Below this facility a check is too hard. */
    public static final double TOO_HARD_BELOW = 0.30;
    /** Below this discrimination (negative included) a check separates learners weakly or the wrong way. */
    public static final double LOW_DISCRIMINATION_BELOW = 0.20;
    /** A wrong option chosen by fewer than this share of responses tempts nobody... */
    public static final double UNUSED_DISTRACTOR_BELOW = 0.05;
    /** ...once there are at least this many responses; with fewer, 5 % is one or two learners and says little. */
    public static final int UNUSED_DISTRACTOR_MIN_N = 50;

    private ItemAnalysis() {}

    /** Analyses checks in the order of their first response. */
    public static List<ItemStatistics> of(List<Response> responses) {
        return of(responses, List.of());
    }

    /**
     * @param known the options and keys of the course's checks; their checks come first, in this order, followed by any
     *     other check in the order of its first response. A check that nobody answered is left out. For a check not
     *     listed, the options are those somebody chose, and the keys are those chosen in its right responses.
     */
    public static List<ItemStatistics> of(List<Response> responses, List<CheckOptions> known) {
        Map<String, Map<String, Response>> byCheck = new LinkedHashMap<>();
        known.forEach(options -> byCheck.put(options.checkId(), new LinkedHashMap<>()));
        Map<String, Integer> totals = new HashMap<>();
        for (Response response : responses) {
            Map<String, Response> first = byCheck.computeIfAbsent(response.checkId(), id -> new LinkedHashMap<>());
            if (first.putIfAbsent(response.learner(), response) == null && response.correct()) {
                totals.merge(response.learner(), 1, Integer::sum);
            }
        }
        Map<String, CheckOptions> options = new HashMap<>();
        known.forEach(o -> options.put(o.checkId(), o));
        List<ItemStatistics> items = new ArrayList<>();
        byCheck.forEach((checkId, first) -> {
            if (!first.isEmpty()) {
                items.add(item(checkId, first.values(), totals, options.get(checkId)));
            }
        });
        return List.copyOf(items);
    }

    private static ItemStatistics item(
            String checkId, Iterable<Response> first, Map<String, Integer> totals, CheckOptions known) {
        int n = 0;
        int right = 0;
        // Sums for Pearson's r in whole numbers, so that "no variance" is an exact zero and not a rounding residue.
        long sumY = 0;
        long sumYy = 0;
        long sumXy = 0;
        int choices = 0;
        Map<String, Integer> chosen = new HashMap<>();
        Set<String> inRightResponses = new HashSet<>();
        for (Response response : first) {
            int x = response.correct() ? 1 : 0;
            int y = totals.getOrDefault(response.learner(), 0) - x;
            n++;
            right += x;
            sumY += y;
            sumYy += (long) y * y;
            sumXy += (long) x * y;
            if (!response.chosen().isEmpty()) {
                choices++;
                response.chosen().forEach(option -> chosen.merge(option, 1, Integer::sum));
            }
            if (response.correct()) {
                inRightResponses.addAll(response.chosen());
            }
        }
        double facility = (double) right / n;
        OptionalDouble discrimination = pointBiserial(n, right, sumY, sumYy, sumXy);
        List<OptionShare> shares = choices == 0 ? List.of() : shares(choices, chosen, known, inRightResponses);

        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (facility > TOO_EASY_ABOVE) {
            flags.add(Flag.TOO_EASY);
        }
        if (facility < TOO_HARD_BELOW) {
            flags.add(Flag.TOO_HARD);
        }
        if (discrimination.isPresent() && discrimination.getAsDouble() < LOW_DISCRIMINATION_BELOW) {
            flags.add(Flag.LOW_DISCRIMINATION);
        }
        ItemStatistics unflagged = new ItemStatistics(checkId, n, facility, discrimination, choices, shares, flags);
        if (!unflagged.unusedDistractors().isEmpty()) {
            flags.add(Flag.UNUSED_DISTRACTOR);
        }
        return new ItemStatistics(checkId, n, facility, discrimination, choices, shares, flags);
    }

    /**
     * Pearson's r of x (0/1, sum {@code sumX}, so also the sum of its squares) with y, from whole-number sums. Empty
     * when either has no variance: a correlation with a constant is not defined, and reporting 0 would read as "this
     * check does not discriminate" when nothing can be said.
     */
    static OptionalDouble pointBiserial(long n, long sumX, long sumY, long sumYy, long sumXy) {
        long sxx = n * sumX - sumX * sumX;
        long syy = n * sumYy - sumY * sumY;
        long sxy = n * sumXy - sumX * sumY;
        if (sxx == 0 || syy == 0) {
            return OptionalDouble.empty();
        }
        double r = sxy / Math.sqrt((double) sxx * (double) syy);
        return OptionalDouble.of(Math.max(-1, Math.min(1, r)));
    }

    private static List<OptionShare> shares(
            int choices, Map<String, Integer> chosen, CheckOptions known, Set<String> inRightResponses) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> keys;
        if (known != null) {
            ids.addAll(known.optionIds());
            keys = known.keyIds();
        } else {
            keys = inRightResponses;
        }
        // Options the course does not list (an earlier version's, or none known) follow in alphabetical order.
        ids.addAll(new TreeSet<>(chosen.keySet()));
        return ids.stream()
                .map(id -> {
                    int count = chosen.getOrDefault(id, 0);
                    return new OptionShare(id, keys.contains(id), count, (double) count / choices);
                })
                .toList();
    }
}
