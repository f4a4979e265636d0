package org.oncolearn.attempt.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oncolearn.attempt.Calibration;
import org.oncolearn.attempt.Confidence;
import org.oncolearn.attempt.LessonResult;
import org.oncolearn.attempt.LessonStatus;
import org.oncolearn.course.Check;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Option;

/**
 * A learner's progress in one lesson, derived from the stored rounds alone, by the rules of
 * {@code behaviour/learner-flow.json}: a lesson is scored by objective, each round asks one check per objective, and
 * a retry asks a sibling not seen before. Checks that were removed from the content since are ignored; objectives
 * added since count as not yet answered.
 */
public final class LessonProgress {

    private final Lesson lesson;
    private final List<Check> checks;
    private final List<Round> rounds;
    private final int masteryPercent;

    /**
     * @param checks the lesson's pool: the checks of the course flow, in file order
     */
    public LessonProgress(Lesson lesson, List<Check> checks, List<Round> rounds, int masteryPercent) {
        this.lesson = lesson;
        this.checks = List.copyOf(checks);
        this.rounds =
                rounds.stream().sorted(Comparator.comparingInt(Round::number)).toList();
        this.masteryPercent = masteryPercent;
    }

    public Lesson lesson() {
        return lesson;
    }

    public List<Check> checks() {
        return checks;
    }

    /** The objectives the pool tests, in the lesson's order (then any the lesson does not list, in file order). */
    public List<String> objectives() {
        Set<String> tested = new HashSet<>();
        checks.forEach(c -> tested.add(c.objective()));
        List<String> ordered = new ArrayList<>();
        lesson.objectives().keySet().stream().filter(tested::contains).forEach(ordered::add);
        checks.stream()
                .map(Check::objective)
                .filter(o -> !ordered.contains(o))
                .distinct()
                .forEach(ordered::add);
        return ordered;
    }

    public boolean started() {
        return !rounds.isEmpty();
    }

    public Optional<Round> currentRound() {
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.getLast());
    }

    /** Checks of the current round still to answer, in the order they are asked. */
    public List<Check> pending() {
        return currentRound()
                .map(round -> round.checkIds().stream()
                        .filter(id -> !round.answers().containsKey(id))
                        .flatMap(id -> check(id).stream())
                        .toList())
                .orElse(List.of());
    }

    public boolean finished() {
        return started() && pending().isEmpty();
    }

    /** The check asked first for each objective in a new round 1 with this seed. */
    public List<String> firstRound(int seed) {
        return draw(objectives(), seed, false);
    }

    /** For each objective not yet right, a sibling for the retry round with this seed. */
    public List<String> retryRound(int seed) {
        return draw(result().missedObjectives(), seed, true);
    }

    private List<String> draw(List<String> objectives, int seed, boolean retry) {
        Set<String> seen = new HashSet<>();
        Map<String, String> askedLast = new HashMap<>();
        for (Round round : rounds) {
            for (String id : round.checkIds()) {
                seen.add(id);
                check(id).ifPresent(c -> askedLast.put(c.objective(), id));
            }
        }
        List<String> drawn = new ArrayList<>();
        for (String objective : objectives) {
            List<String> candidates = checks.stream()
                    .filter(c -> c.objective().equals(objective))
                    .map(Check::id)
                    .toList();
            if (retry) {
                List<String> unseen =
                        candidates.stream().filter(id -> !seen.contains(id)).toList();
                List<String> others = candidates.stream()
                        .filter(id -> !id.equals(askedLast.get(objective)))
                        .toList();
                candidates = !unseen.isEmpty() ? unseen : !others.isEmpty() ? others : candidates;
            }
            drawn.add(candidates.get(Draws.pick(seed, "pick:" + objective, candidates.size())));
        }
        return drawn;
    }

    /** The options of a check in the order the given round shows them. */
    public static List<Option> optionsShown(Check check, Round round) {
        if (!check.shuffle() || round.seed().isEmpty()) {
            return check.options();
        }
        return Draws.order(round.seed().getAsInt(), check.id(), check.options());
    }

    /** Each objective's latest answer and the check it answered, in the lesson's objective order. */
    private Map<String, Answered> latest() {
        Map<String, Answered> latest = new LinkedHashMap<>();
        for (Round round : rounds) {
            round.answers().entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(Comparator.comparing(RecordedAnswer::answeredAt)))
                    .forEach(e ->
                            check(e.getKey()).ifPresent(c -> latest.put(c.objective(), new Answered(c, e.getValue()))));
        }
        return latest;
    }

    private record Answered(Check check, RecordedAnswer answer) {}

    /** For each objective answered, the check its latest answer was given to. */
    public Map<String, String> lastAnswered() {
        Map<String, String> last = new LinkedHashMap<>();
        latest().forEach((objective, answered) ->
                last.put(objective, answered.check().id()));
        return last;
    }

    /** Objectives answered right in round 1 without the learner saying it was a guess: they start further on. */
    public Set<String> rightAtFirstTryWithConfidence() {
        Set<String> objectives = new HashSet<>();
        if (!rounds.isEmpty()) {
            rounds.getFirst().answers().forEach((id, answer) -> {
                if (answer.correct()
                        && answer.confidence().filter(c -> c == Confidence.LOW).isEmpty()) {
                    check(id).ifPresent(c -> objectives.add(c.objective()));
                }
            });
        }
        return objectives;
    }

    public LessonResult result() {
        Map<String, Answered> latest = latest();
        Set<String> rightFirst = new HashSet<>();
        if (!rounds.isEmpty()) {
            rounds.getFirst().answers().forEach((id, answer) -> {
                if (answer.correct()) {
                    check(id).ifPresent(c -> rightFirst.add(c.objective()));
                }
            });
        }
        int correct = 0;
        int firstTry = 0;
        List<Check> missed = new ArrayList<>();
        for (String objective : objectives()) {
            Answered answered = latest.get(objective);
            if (answered != null && answered.answer().correct()) {
                correct++;
            } else {
                missed.add(answered != null ? answered.check() : firstCheckOf(objective));
            }
            if (rightFirst.contains(objective)) {
                firstTry++;
            }
        }
        return new LessonResult(correct, objectives().size(), firstTry, masteryPercent, missed, calibration());
    }

    /** Every answer given with a confidence in this lesson, over all rounds. */
    public Calibration calibration() {
        Calibration calibration = Calibration.NONE;
        for (Round round : rounds) {
            for (RecordedAnswer answer : round.answers().values()) {
                if (answer.confidence().isPresent()) {
                    calibration = calibration.plus(answer.confidence().get(), answer.correct());
                }
            }
        }
        return calibration;
    }

    public LessonStatus status() {
        Map<String, Answered> latest = latest();
        int answered = (int) objectives().stream().filter(latest::containsKey).count();
        LessonStatus.Phase phase = !started()
                ? LessonStatus.Phase.NOT_STARTED
                : finished() ? LessonStatus.Phase.FINISHED : LessonStatus.Phase.IN_PROGRESS;
        return new LessonStatus(
                lesson, phase, answered, objectives().size(), finished() ? Optional.of(result()) : Optional.empty());
    }

    private Check firstCheckOf(String objective) {
        return checks.stream()
                .filter(c -> c.objective().equals(objective))
                .findFirst()
                .orElseThrow();
    }

    private Optional<Check> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
