package org.oncolearn.contentimport.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.oncolearn.course.Review;

/** Reads the optional {@code review} block that lessons and checks carry: a reviewer and a review-by date. */
final class ReviewField {

    static final String FIELD = "review";

    private ReviewField() {}

    /** Empty when there is no review block; a malformed block is reported and also gives empty. */
    static Optional<Review> read(YamlMap owner) {
        if (!owner.has(FIELD)) {
            return Optional.empty();
        }
        return owner.map(FIELD, false, owner.owner() + " review").flatMap(review -> {
            review.allowOnly(Set.of("reviewer", "review-by"));
            Optional<String> reviewer = review.text("reviewer", true);
            Optional<LocalDate> reviewBy = review.text("review-by", true).flatMap(text -> {
                try {
                    return Optional.of(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    review.problem(
                            review.line("review-by"),
                            "review-by must be a date like 2027-01-31, not " + Quoted.of(text));
                    return Optional.empty();
                }
            });
            if (reviewer.isEmpty() || reviewBy.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Review(reviewer.get(), reviewBy.get()));
        });
    }
}
