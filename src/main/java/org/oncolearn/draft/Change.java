package org.oncolearn.draft;

import org.oncolearn.message.Message;

/**
 * One difference between two versions of a course, as messages so the version list says it in the educator's language
 * (the course's own text inside them stays as written).
 *
 * @param where e.g. {@code Lesson 2 "Targeted therapies"} or {@code Lesson 2 "Targeted therapies", check b3}
 * @param what the field that changed, or {@code added}/{@code removed}
 * @param before the old value, empty when added
 * @param after the new value, empty when removed
 */
public record Change(Message where, Message what, Message before, Message after) {}
