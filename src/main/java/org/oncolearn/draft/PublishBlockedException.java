package org.oncolearn.draft;

import java.util.List;

/** Publishing was refused: the course has file problems, lint errors, or unreviewed or lapsed content. */
public class PublishBlockedException extends RuntimeException {

    private final List<String> reasons;

    public PublishBlockedException(List<String> reasons) {
        super("The course cannot be published yet: " + String.join("; ", reasons) + ".");
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
