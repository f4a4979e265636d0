package org.oncolearn.contentimport;

import java.util.List;
import java.util.stream.Collectors;

/** A course folder that cannot be loaded; it lists every problem found, not just the first. */
public class InvalidCourseException extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public InvalidCourseException(List<ContentProblem> problems) {
        super(problems.stream().sorted().map(ContentProblem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
