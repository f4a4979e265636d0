package org.oncolearn.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oncolearn.draft.VersionInfo;

/**
 * One course as the dashboard shows it: what learners get, the drafts of its next version, its learners, and the last
 * change. A course exists here when learners can take it, when a draft of it exists, or both.
 *
 * @param courseId empty for a draft whose course has no id yet
 * @param published what learners get, when they get anything
 * @param drafts drafts of this course, the one saved last first
 * @param learners progress of the learners, for a course learners can take
 * @param reviewBy the earliest review-by date of what learners get, when it is {@link #REVIEW_NOTICE_DAYS} days away
 *     or less (or past)
 */
record CourseOverview(
        Optional<String> courseId,
        String title,
        Optional<Published> published,
        List<DraftOverview> drafts,
        Optional<LearnerFigures> learners,
        Optional<LocalDate> reviewBy,
        Optional<LastChange> lastChange) {

    /** A review falling due within this many days is shown, so that there is time to do it. */
    static final int REVIEW_NOTICE_DAYS = 30;

    CourseOverview {
        drafts = List.copyOf(drafts);
    }

    /** The drafted checks waiting in all of the course's drafts. */
    int draftedChecks() {
        return drafts.stream().mapToInt(DraftOverview::draftedChecks).sum();
    }

    /**
     * What learners get.
     *
     * @param version the version learners start now; 0 when it is the course in the {@code quizzes/} folder
     * @param versions every version published in the app, newest first
     */
    record Published(int version, List<VersionInfo> versions) {
        Published {
            versions = List.copyOf(versions);
        }
    }

    /**
     * A draft of the course's next version.
     *
     * @param version the version it becomes when published
     * @param exportable whether its files load, so that it can be exported and previewed
     */
    record DraftOverview(
            UUID id,
            String title,
            int version,
            Stage stage,
            int draftedChecks,
            boolean exportable,
            Instant savedAt,
            String savedBy) {}

    /** How far a draft is from being published. */
    enum Stage {
        /** Problems, item-writing errors or drafted checks remain. */
        DRAFT,
        /** Only reviews are missing or past their date. */
        IN_REVIEW,
        /** Nothing stands in the way of publishing. */
        READY
    }

    /** Learners of every version: how many started, finished the course, and reached mastery in every lesson. */
    record LearnerFigures(int started, long finished, long mastered) {

        /** The share of learners who started and reached mastery, rounded down, so 79.9 % never shows as 80 %. */
        int masteredPercent() {
            return started == 0 ? 0 : (int) (mastered * 100 / started);
        }
    }

    /** The latest change recorded in the app: a draft saved or a version published. */
    record LastChange(Instant at, String by, Kind kind) {
        enum Kind {
            DRAFT_SAVED,
            PUBLISHED
        }
    }
}
