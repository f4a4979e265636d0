package org.oncolearn.course;

/** How many options a learner may choose. */
public enum CheckType {
    /** Single best answer: exactly one key. */
    SINGLE,
    /** Select all that apply: one or more keys. */
    MULTIPLE
}
