package org.oncolearn.draft;

import java.util.Optional;
import org.oncolearn.factcheck.DrugClassFlag;

/**
 * A fact-check flag and where in the draft it was found.
 *
 * @param lessonNumber the lesson, counted from 1
 * @param checkId the check, when the flagged text is one of its fields
 */
public record PlacedFlag(int lessonNumber, Optional<String> checkId, DrugClassFlag flag) {

    /** One line, as the publication record keeps it: {@code Lesson 2, check b3: line 1: cisplatin is …}. */
    public String describe() {
        return "Lesson " + lessonNumber + checkId.map(id -> ", check " + id).orElse("") + ": " + flag.describe();
    }
}
