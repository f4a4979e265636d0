package org.oncolearn.contentimport.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Renders authored lesson Markdown to HTML that is safe to insert into a page: raw HTML in the source is escaped,
 * and link addresses with schemes other than http, https and mailto are dropped, as are image addresses other than
 * http, https and inline raster images ({@code data:image/png}, gif, jpeg, webp). CommonMark's own default would keep
 * every {@code data:} address, including a {@code data:text/html} page behind a link.
 */
public final class LessonMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new WebAddresses())
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

    /** Relative addresses pass; of absolute ones, only the schemes above. */
    private static final class WebAddresses implements UrlSanitizer {

        private static final Pattern RASTER_IMAGE =
                Pattern.compile("data:image/(png|gif|jpe?g|webp)[;,].*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        private final UrlSanitizer links = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));
        private final UrlSanitizer images = new DefaultUrlSanitizer(List.of("http", "https"));

        @Override
        public String sanitizeLinkUrl(String url) {
            return links.sanitizeLinkUrl(url);
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return RASTER_IMAGE.matcher(url.strip()).matches() ? url.strip() : images.sanitizeImageUrl(url);
        }
    }
}
