package org.oncolearn.drafting;

import org.oncolearn.course.Check;

/**
 * A check drafted from the knowledge base, with the objective it tests, for the lesson to define.
 *
 * @param template which kind of question it is, e.g. {@code class} or {@code test-first}
 */
public record DraftedCheck(Check check, String objectiveCode, String objectiveText, String template) {}
