package org.oncolearn.course;

import java.time.LocalDate;

/**
 * A content review: who checked a lesson or check against its sources, and the date by which it must be checked
 * again. Medical facts age, so a review is valid only until then.
 */
public record Review(String reviewer, LocalDate reviewBy) {

    /** A review holds through its review-by date and has lapsed on the day after. */
    public boolean hasLapsed(LocalDate today) {
        return today.isAfter(reviewBy);
    }
}
