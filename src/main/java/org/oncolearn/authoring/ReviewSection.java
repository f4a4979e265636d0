package org.oncolearn.authoring;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;

/** Records that the signed-in educator has checked the open lesson, or the whole course, against its sources. */
class ReviewSection extends Div {

    /** The educator asked to record a review of the open lesson, or of the whole course, until a date. */
    static class ReviewRequested extends ComponentEvent<ReviewSection> {
        private final boolean wholeCourse;
        private final LocalDate reviewBy;

        ReviewRequested(ReviewSection source, boolean wholeCourse, LocalDate reviewBy) {
            super(source, true);
            this.wholeCourse = wholeCourse;
            this.reviewBy = reviewBy;
        }

        boolean wholeCourse() {
            return wholeCourse;
        }

        LocalDate reviewBy() {
            return reviewBy;
        }
    }

    private final Paragraph outcome = new Paragraph();

    ReviewSection(LocalDate today) {
        addClassName("review-section");
        add(new H2(getTranslation("editor.review.heading")));
        add(new Paragraph(getTranslation("editor.review.intro")));
        DatePicker reviewBy = new DatePicker(getTranslation("editor.review.date"));
        reviewBy.setValue(today.plusYears(1));
        reviewBy.setMin(today.plusDays(1));
        reviewBy.setMax(today.plusYears(2));
        reviewBy.setLocale(getLocale());
        outcome.getElement().setAttribute("role", "status");
        Button lesson = new Button(getTranslation("editor.review.lesson"), e -> request(false, reviewBy));
        Checkbox confirm = new Checkbox(getTranslation("editor.review.confirm"));
        Button all = new Button(getTranslation("editor.review.course"), e -> {
            if (!confirm.getValue()) {
                outcome.setText(getTranslation("editor.review.tick"));
                return;
            }
            request(true, reviewBy);
        });
        add(reviewBy, lesson, confirm, all, outcome);
    }

    private void request(boolean wholeCourse, DatePicker reviewBy) {
        if (reviewBy.getValue() == null) {
            outcome.setText(getTranslation("editor.review.noDate"));
            return;
        }
        fireEvent(new ReviewRequested(this, wholeCourse, reviewBy.getValue()));
    }

    void said(String text) {
        outcome.setText(text);
    }

    Registration addReviewRequestedListener(ComponentEventListener<ReviewRequested> listener) {
        return addListener(ReviewRequested.class, listener);
    }
}
