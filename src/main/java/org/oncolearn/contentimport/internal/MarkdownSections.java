package org.oncolearn.contentimport.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.oncolearn.contentimport.ImportedDocument;
import org.oncolearn.contentimport.ImportedDocument.Paragraph;
import org.oncolearn.contentimport.ImportedDocument.Section;

/**
 * Markdown: the first level-1 heading is the title; the highest heading level below it starts the sections. The
 * Markdown of each block is kept as written, so emphasis, lists and links survive into the lesson text.
 */
public final class MarkdownSections {

    private MarkdownSections() {}

    public static ImportedDocument read(String fileName, String text) {
        Node document = Parser.builder()
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .build()
                .parse(text);
        String[] lines = text.split("\n", -1);
        List<Node> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            blocks.add(node);
        }
        String title = PlainTextSections.fileTitle(fileName);
        int first = 0;
        if (!blocks.isEmpty() && blocks.getFirst() instanceof Heading h && h.getLevel() == 1) {
            title = plain(h);
            first = 1;
        }
        int sectionLevel = blocks.stream()
                .skip(first)
                .filter(Heading.class::isInstance)
                .mapToInt(n -> ((Heading) n).getLevel())
                .min()
                .orElse(Integer.MAX_VALUE);
        List<Section> sections = new ArrayList<>();
        String heading = title;
        int headingLine = 1;
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Node block : blocks.subList(first, blocks.size())) {
            if (block instanceof Heading h && h.getLevel() == sectionLevel) {
                if (!paragraphs.isEmpty()) {
                    sections.add(new Section(heading, headingLine, paragraphs));
                }
                heading = plain(h);
                headingLine = line(block);
                paragraphs = new ArrayList<>();
            } else {
                paragraphs.add(new Paragraph(source(block, lines), line(block)));
            }
        }
        if (!paragraphs.isEmpty()) {
            sections.add(new Section(heading, headingLine, paragraphs));
        }
        return new ImportedDocument(fileName, "md", title, sections);
    }

    private static String plain(Heading heading) {
        return TextContentRenderer.builder().build().render(heading).strip();
    }

    private static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.getFirst().getLineIndex() + 1;
    }

    private static String source(Node node, String[] lines) {
        List<SourceSpan> spans = node.getSourceSpans();
        int from = spans.getFirst().getLineIndex();
        int to = spans.getLast().getLineIndex();
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to && i < lines.length; i++) {
            text.append(lines[i]).append('\n');
        }
        return text.toString().strip();
    }
}
