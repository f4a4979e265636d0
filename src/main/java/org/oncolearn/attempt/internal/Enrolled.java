package org.oncolearn.attempt.internal;

import java.time.Instant;
import java.util.Optional;
import org.oncolearn.attempt.Learner;

/**
 * A learner who started a course, with the dates an educator's results show.
 *
 * @param updated when the learner last opened a lesson or finished the course
 */
public record Enrolled(
        Learner learner, int courseVersion, Instant started, Instant updated, Optional<Instant> completed) {}
