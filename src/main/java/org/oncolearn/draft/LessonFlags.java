package org.oncolearn.draft;

import java.util.List;
import org.oncolearn.factcheck.DrugClassFlag;

/** The fact-check flags of one draft lesson; line numbers count from the first line of its text. */
public record LessonFlags(int position, String lessonTitle, List<DrugClassFlag> flags) {

    public LessonFlags {
        flags = List.copyOf(flags);
    }
}
