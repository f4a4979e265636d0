package org.oncolearn.contentimport.internal;

import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders authored lesson Markdown to HTML that is safe to insert into a page: raw HTML in the source is escaped,
 * and link or image addresses with schemes other than http, https and mailto are dropped.
 */
public final class LessonMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link) {
                    // Sources open beside the lesson so the learner keeps their place.
                    attributes.put("target", "_blank");
                    attributes.put("rel", "noopener noreferrer");
                }
            })
            .build();

    private LessonMarkdown() {}

    public static String toSafeHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
