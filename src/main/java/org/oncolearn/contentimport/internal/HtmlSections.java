package org.oncolearn.contentimport.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.oncolearn.contentimport.ImportedDocument;
import org.oncolearn.contentimport.ImportedDocument.Paragraph;
import org.oncolearn.contentimport.ImportedDocument.Section;

/**
 * HTML: the first {@code h1} (or the {@code title}) is the title; the highest heading level below it starts the
 * sections. Only text is taken over, turned into Markdown (paragraphs, list items, sub-headings), so no markup,
 * script or style from the upload can reach a lesson.
 */
public final class HtmlSections {

    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td";

    private HtmlSections() {}

    public static ImportedDocument read(String fileName, String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document document = Jsoup.parse(html, "", parser);
        document.select("script, style, noscript, template, nav, header, footer")
                .remove();
        List<Element> blocks = document.body().select(BLOCKS).stream()
                .filter(e -> e.parents().stream().noneMatch(p -> p.is(BLOCKS)))
                .filter(e -> !e.text().isBlank())
                .toList();
        String title = document.title().isBlank()
                ? PlainTextSections.fileTitle(fileName)
                : document.title().strip();
        int first = 0;
        if (!blocks.isEmpty() && blocks.getFirst().tagName().equals("h1")) {
            title = blocks.getFirst().text();
            first = 1;
        }
        int sectionLevel = blocks.stream()
                .skip(first)
                .filter(HtmlSections::isHeading)
                .mapToInt(e -> e.tagName().charAt(1) - '0')
                .min()
                .orElse(Integer.MAX_VALUE);
        List<Section> sections = new ArrayList<>();
        String heading = title;
        int headingLine = 1;
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Element block : blocks.subList(first, blocks.size())) {
            if (isHeading(block) && block.tagName().charAt(1) - '0' == sectionLevel) {
                if (!paragraphs.isEmpty()) {
                    sections.add(new Section(heading, headingLine, paragraphs));
                }
                heading = block.text();
                headingLine = line(block);
                paragraphs = new ArrayList<>();
            } else {
                paragraphs.add(new Paragraph(markdown(block), line(block)));
            }
        }
        if (!paragraphs.isEmpty()) {
            sections.add(new Section(heading, headingLine, paragraphs));
        }
        return new ImportedDocument(fileName, "html", title, sections);
    }

    private static boolean isHeading(Element element) {
        return element.tagName().matches("h[1-6]");
    }

    private static String markdown(Element block) {
        String text = block.text();
        if (isHeading(block)) {
            return "### " + text;
        }
        if (block.tagName().equals("li")) {
            return "- " + text;
        }
        if (block.tagName().equals("blockquote")) {
            return "> " + text;
        }
        return text;
    }

    private static int line(Element element) {
        int line = element.sourceRange().start().lineNumber();
        return line > 0 ? line : 1;
    }
}
