package org.oncolearn.contentimport.internal;

import java.util.ArrayList;
import java.util.List;
import org.oncolearn.contentimport.ContentProblem;

/** Collects every problem of a course so an educator can fix them all in one pass. */
final class Problems {

    private final List<ContentProblem> found = new ArrayList<>();

    void add(String file, int line, String message) {
        found.add(new ContentProblem(file, line, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<ContentProblem> list() {
        return List.copyOf(found);
    }
}
