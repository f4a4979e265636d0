package org.oncolearn.authoring;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.oncolearn.course.Review;

/**
 * Who reviewed a lesson or check and until when, or that nobody has yet. A link to an unreviewed item moves the focus
 * here, so it can take the focus without being a tab stop.
 */
class ReviewLine extends Paragraph {

    ReviewLine(Optional<Review> review) {
        addClassName("review-line");
        getElement().setAttribute("tabindex", "-1");
        setText(review.map(r -> getTranslation(
                        "editor.review.by", r.reviewer(), r.reviewBy().toString()))
                .orElse(getTranslation("editor.review.none")));
    }
}
