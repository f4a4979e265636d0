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
 * @param shuffle whether learners see the options in a shuffled order; false when options refer to their positions
 * @param drafted whether the check is a proposal drafted from the knowledge base that no educator has accepted yet;
 *     learners never see a drafted check, and a course with one cannot be published
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
        Optional<Review> review,
        boolean shuffle,
        boolean drafted) {

    public Check {
        options = List.copyOf(options);
        sources = List.copyOf(sources);
    }

    /** A check written or accepted by an educator. */
    public Check(
            String id,
            Level level,
            CheckType type,
            String objective,
            String stem,
            List<Option> options,
            List<Source> sources,
            Optional<String> ask,
            Optional<Review> review,
            boolean shuffle) {
        this(id, level, type, objective, stem, options, sources, ask, review, shuffle, false);
    }

    /** A check whose options are shuffled for each learner, as most checks are. */
    public Check(
            String id,
            Level level,
            CheckType type,
            String objective,
            String stem,
            List<Option> options,
            List<Source> sources,
            Optional<String> ask,
            Optional<Review> review) {
        this(id, level, type, objective, stem, options, sources, ask, review, true, false);
    }

    public Check withId(String newId) {
        return new Check(newId, level, type, objective, stem, options, sources, ask, review, shuffle, drafted);
    }

    public Check withReview(Optional<Review> newReview) {
        return new Check(id, level, type, objective, stem, options, sources, ask, newReview, shuffle, drafted);
    }

    public Check withShuffle(boolean newShuffle) {
        return new Check(id, level, type, objective, stem, options, sources, ask, review, newShuffle, drafted);
    }

    /** The same check marked as a proposal, or, with {@code false}, as accepted by an educator. */
    public Check withDrafted(boolean newDrafted) {
        return new Check(id, level, type, objective, stem, options, sources, ask, review, shuffle, newDrafted);
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
