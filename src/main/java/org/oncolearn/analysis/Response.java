package org.oncolearn.analysis;

import java.util.Set;

/**
 * One learner's answer to one check, from the app's stored answers or from an LMS report.
 *
 * @param chosen the option ids the learner picked (empty when the report does not say)
 */
public record Response(String learner, String checkId, Set<String> chosen, boolean correct) {

    public Response {
        chosen = Set.copyOf(chosen);
    }
}
