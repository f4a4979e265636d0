package org.oncolearn.contentimport.internal;

import java.util.ArrayList;
import java.util.List;
import org.oncolearn.contentimport.ImportedDocument;
import org.oncolearn.contentimport.ImportedDocument.Paragraph;
import org.oncolearn.contentimport.ImportedDocument.Section;

/**
 * Plain text has no markup, so headings are recognised by shape: a block of one short line that does not end like a
 * sentence, followed by a paragraph. The first such line, when it is not followed by a paragraph of its own or is
 * the first line of the file, is the title.
 */
public final class PlainTextSections {

    private static final int MAX_HEADING_LENGTH = 100;
    private static final int MAX_HEADING_WORDS = 14;

    private record Block(int line, List<String> lines) {

        String text() {
            return String.join("\n", lines).strip();
        }

        boolean headingShaped() {
            if (lines.size() != 1) {
                return false;
            }
            String text = text();
            return !text.isEmpty()
                    && text.length() <= MAX_HEADING_LENGTH
                    && text.split("\\s+").length <= MAX_HEADING_WORDS
                    && !text.matches(".*[.,;:]$");
        }
    }

    private PlainTextSections() {}

    public static ImportedDocument read(String fileName, String text) {
        List<Block> blocks = blocks(text);
        String title = fileTitle(fileName);
        int first = 0;
        if (!blocks.isEmpty() && blocks.getFirst().headingShaped()) {
            title = blocks.getFirst().text();
            first = 1;
        }
        List<Section> sections = new ArrayList<>();
        String heading = null;
        int headingLine = 0;
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = first; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean followedByParagraph =
                    i + 1 < blocks.size() && !blocks.get(i + 1).headingShaped();
            if (block.headingShaped() && followedByParagraph) {
                addSection(sections, heading == null ? title : heading, headingLine, paragraphs);
                heading = block.text();
                headingLine = block.line();
                paragraphs = new ArrayList<>();
            } else {
                if (heading == null && paragraphs.isEmpty()) {
                    headingLine = block.line();
                }
                paragraphs.add(new Paragraph(block.text(), block.line()));
            }
        }
        addSection(sections, heading == null ? title : heading, headingLine, paragraphs);
        return new ImportedDocument(fileName, "txt", title, sections);
    }

    private static void addSection(List<Section> sections, String title, int line, List<Paragraph> paragraphs) {
        if (!paragraphs.isEmpty()) {
            sections.add(new Section(title, line, paragraphs));
        }
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        List<String> current = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(start, current));
                    current = new ArrayList<>();
                }
            } else {
                if (current.isEmpty()) {
                    start = i + 1;
                }
                current.add(lines[i].strip());
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(start, current));
        }
        return blocks;
    }

    static String fileTitle(String fileName) {
        String name = fileName.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[^.]+$", "");
        return name.replace('_', ' ').replace('-', ' ').strip();
    }
}
