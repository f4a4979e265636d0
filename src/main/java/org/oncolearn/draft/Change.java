package org.oncolearn.draft;

/**
 * One difference between two versions of a course.
 *
 * @param where e.g. {@code Lesson 2 "Targeted therapies"} or {@code Lesson 2, check b3}
 * @param what the field that changed, or {@code added}/{@code removed}
 * @param before the old value, empty when added
 * @param after the new value, empty when removed
 */
public record Change(String where, String what, String before, String after) {}
