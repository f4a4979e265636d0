package org.oncolearn.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * A generated set of responses whose figures are known by construction: learner {@code i} of {@code n} has ability
 * {@code i}, and each check says which learners answer it right and which option a wrong answer picks. Learners
 * answer every check, in the order the checks are added.
 */
public final class ResponseSet {

    private final int learners;
    private final List<Response> responses = new ArrayList<>();

    public ResponseSet(int learners) {
        this.learners = learners;
    }

    /**
     * Sixty learners, so that a distractor can be flagged: {@code easy} everyone answers right; {@code s1} to
     * {@code hard} the stronger 80, 60, 40 and 20 % answer right; {@code neg} the weaker half answers right; {@code rare}
     * the stronger two thirds answer right and its distractor "d" is chosen by two learners (3.3 %).
     */
    public static ResponseSet sixtyLearners() {
        return new ResponseSet(60)
                .check("easy", i -> true)
                .check("s1", i -> i >= 12)
                .check("s2", i -> i >= 24)
                .check("s3", i -> i >= 36)
                .check("hard", i -> i >= 48)
                .check("neg", i -> i < 30)
                .check("rare", i -> i >= 20, i -> i < 2 ? "d" : i % 2 == 0 ? "b" : "c");
    }

    /** A check with key "a" whose wrong answers take "b", "c" and "d" in turn. */
    public ResponseSet check(String id, IntPredicate right) {
        return check(id, right, i -> List.of("b", "c", "d").get(i % 3));
    }

    /** A check with key "a"; a wrong answer of learner i picks {@code wrong.apply(i)}. */
    public ResponseSet check(String id, IntPredicate right, IntFunction<String> wrong) {
        return check(id, "a", right, wrong);
    }

    /** A check with the given key; a wrong answer of learner i picks {@code wrong.apply(i)}. */
    public ResponseSet check(String id, String key, IntPredicate right, IntFunction<String> wrong) {
        for (int i = 0; i < learners; i++) {
            boolean correct = right.test(i);
            responses.add(new Response(learner(i), id, Set.of(correct ? key : wrong.apply(i)), correct));
        }
        return this;
    }

    public List<Response> responses() {
        return List.copyOf(responses);
    }

    public static String learner(int i) {
        return "learner-%02d".formatted(i);
    }

    /**
     * The responses as an LMS report of the course {@code immunotherapy}, with the columns in an order of their own
     * and learner by learner, as LMSs list them.
     *
     * @param scorm2004 interaction ids and multiple responses as SCORM 2004 writes them, else as SCORM 1.2
     */
    public String csv(boolean scorm2004) {
        StringBuilder csv = new StringBuilder("result,learner,\"response\",interaction\r\n");
        for (int i = 0; i < learners; i++) {
            for (Response response : responses) {
                if (response.learner().equals(learner(i))) {
                    String interaction = scorm2004
                            ? "urn:oncolearn:immunotherapy:" + response.checkId()
                            : "immunotherapy-" + response.checkId();
                    String result = response.correct() ? "correct" : scorm2004 ? "incorrect" : "wrong";
                    csv.append(result)
                            .append(',')
                            .append(response.learner())
                            .append(",\"")
                            .append(String.join(scorm2004 ? "[,]" : ",", response.chosen()))
                            .append("\",")
                            .append(interaction)
                            .append("\r\n");
                }
            }
        }
        return csv.toString();
    }
}
