package org.oncolearn.course;

/**
 * Lesson text as authored (Markdown) and as safe HTML. The HTML is produced by the importer with raw HTML escaped and
 * unsafe link schemes removed, so views may insert it as markup.
 */
public record LessonText(String markdown, String safeHtml) {}
