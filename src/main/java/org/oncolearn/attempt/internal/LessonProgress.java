package org.oncolearn.attempt.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oncolearn.attempt.LessonResult;
import org.oncolearn.attempt.LessonStatus;
import org.oncolearn.course.Check;
import org.oncolearn.course.Lesson;

/**
 * A learner's progress in one lesson, derived from the stored rounds alone. Checks that were removed from the content
 * since are ignored; checks added since count as not yet answered.
 */
public final class LessonProgress {

    private final Lesson lesson;
    private final List<Check> checks;
    private final List<Round> rounds;
    private final int masteryPercent;

    public LessonProgress(Lesson lesson, List<Check> checks, List<Round> rounds, int masteryPercent) {
        this.lesson = lesson;
        this.checks = List.copyOf(checks);
        this.rounds = rounds.stream()
                .sorted((a, b) -> Integer.compare(a.number(), b.number()))
                .toList();
        this.masteryPercent = masteryPercent;
    }

    public Lesson lesson() {
        return lesson;
    }

    public List<Check> checks() {
        return checks;
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

    /** The latest answer given to each check, over all rounds. */
    public Map<String, RecordedAnswer> latestAnswers() {
        Map<String, RecordedAnswer> latest = new HashMap<>();
        rounds.forEach(round -> latest.putAll(round.answers()));
        return latest;
    }

    public LessonResult result() {
        Map<String, RecordedAnswer> latest = latestAnswers();
        Map<String, RecordedAnswer> first =
                rounds.isEmpty() ? Map.of() : rounds.getFirst().answers();
        int correct = 0;
        int firstTry = 0;
        List<Check> missed = new ArrayList<>();
        for (Check check : checks) {
            RecordedAnswer answer = latest.get(check.id());
            if (answer != null && answer.correct()) {
                correct++;
            } else {
                missed.add(check);
            }
            RecordedAnswer firstAnswer = first.get(check.id());
            if (firstAnswer != null && firstAnswer.correct()) {
                firstTry++;
            }
        }
        return new LessonResult(correct, checks.size(), firstTry, masteryPercent, missed);
    }

    public LessonStatus status() {
        Map<String, RecordedAnswer> latest = latestAnswers();
        int answered =
                (int) checks.stream().filter(c -> latest.containsKey(c.id())).count();
        LessonStatus.Phase phase = !started()
                ? LessonStatus.Phase.NOT_STARTED
                : finished() ? LessonStatus.Phase.FINISHED : LessonStatus.Phase.IN_PROGRESS;
        return new LessonStatus(
                lesson, phase, answered, checks.size(), finished() ? Optional.of(result()) : Optional.empty());
    }

    private Optional<Check> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
