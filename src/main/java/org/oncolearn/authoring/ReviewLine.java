package org.oncolearn.authoring;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.oncolearn.course.Review;

/** Who reviewed a lesson or check and until when, or that nobody has yet. */
class ReviewLine extends Paragraph {

    ReviewLine(Optional<Review> review) {
        addClassName("review-line");
        setText(review.map(r -> "Reviewed by " + r.reviewer() + " · review by " + r.reviewBy())
                .orElse("Not reviewed yet"));
    }
}
