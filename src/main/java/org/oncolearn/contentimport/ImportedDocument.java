package org.oncolearn.contentimport;

import java.util.List;

/**
 * A document read for import: its title and its sections, each of which becomes a proposed lesson.
 *
 * @param format {@code txt}, {@code md} or {@code html}
 */
public record ImportedDocument(String fileName, String format, String title, List<Section> sections) {

    public ImportedDocument {
        sections = List.copyOf(sections);
    }

    /** A section: its heading and its paragraphs in Markdown, each with the line it starts on in the file. */
    public record Section(String title, int line, List<Paragraph> paragraphs) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
        }

        /** The section as lesson text: paragraphs separated by blank lines. */
        public String markdown() {
            return String.join("\n\n", paragraphs.stream().map(Paragraph::text).toList());
        }
    }

    /** One paragraph (or list, or sub-heading) of Markdown and the line of the file where it starts. */
    public record Paragraph(String text, int line) {}
}
