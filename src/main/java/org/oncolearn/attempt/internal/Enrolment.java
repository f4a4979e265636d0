package org.oncolearn.attempt.internal;

import java.util.Optional;

/** Where a learner is in a course: the lesson they have open, or none once they reached the course summary. */
public record Enrolment(Optional<String> currentLessonId, boolean completed, int courseVersion) {}
