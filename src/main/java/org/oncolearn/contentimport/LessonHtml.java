package org.oncolearn.contentimport;

import org.oncolearn.contentimport.internal.LessonMarkdown;

/** Lesson Markdown as safe HTML, exactly as learners will see it: for the editor's live preview. */
public final class LessonHtml {

    private LessonHtml() {}

    public static String render(String markdown) {
        return LessonMarkdown.toSafeHtml(markdown == null ? "" : markdown);
    }
}
