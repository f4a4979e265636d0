package org.oncolearn.authoring;

import java.net.URI;
import java.util.Optional;

/**
 * A problem or finding as an educator reads it, with the field it is about.
 *
 * @param lessonIndex the lesson to open (from 0), or -1 for the course's own fields
 * @param fieldKey the field to focus, as {@link Fields} knows it (e.g. {@code lesson-2.yaml#checks.0.stem})
 * @param place where it is, in words: "Lesson 2, check b3, option B"
 * @param sentence what is wrong and what to do, in words
 * @param blocking whether it stands in the way of publishing (a loader problem or a lint error)
 * @param guideline where the rule behind a lint finding is explained
 */
record FieldLink(
        int lessonIndex, String fieldKey, String place, String sentence, boolean blocking, Optional<URI> guideline) {

    /** The whole sentence, as a screen reader reads the list item. */
    String text() {
        return place + ": " + sentence;
    }
}
