package org.oncolearn.course;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A multiple-choice check: a stem, options with one or more keys, a rationale per option, an objective, sources.
 *
 * @param ask for patient checks, a question to take to the care team
 * @param review who last reviewed the check and until when that review holds
 */
public record Check(
        String id,
        Level level,
        CheckType type,
        String objective,
        String stem,
        List<Option> options,
        List<Source> sources,
        Optional<String> ask,
        Optional<Review> review) {

    public Check {
        options = List.copyOf(options);
        sources = List.copyOf(sources);
    }

    public Check withReview(Optional<Review> newReview) {
        return new Check(id, level, type, objective, stem, options, sources, ask, newReview);
    }

    public Set<String> keyIds() {
        return options.stream().filter(Option::key).map(Option::id).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** Right only when the learner picked exactly the keys: a partly right multiple-response answer is wrong. */
    public boolean isAnsweredCorrectlyBy(Set<String> selectedOptionIds) {
        return keyIds().equals(selectedOptionIds);
    }
}
