package org.oncolearn.contentimport;

import java.util.Locale;
import org.oncolearn.contentimport.internal.DocumentText;
import org.oncolearn.contentimport.internal.HtmlSections;
import org.oncolearn.contentimport.internal.MarkdownSections;
import org.oncolearn.contentimport.internal.PlainTextSections;
import org.oncolearn.message.Message;

/**
 * Reads an uploaded {@code .txt}, {@code .md} or {@code .html} document and finds its title and sections: headings in
 * Markdown and HTML; in plain text, short lines without a final full stop that are followed by paragraphs.
 */
public final class DocumentImporter {

    /** Large enough for a long leaflet or a chapter of lecture notes; anything bigger is not a single course. */
    public static final int MAX_BYTES = 1024 * 1024;

    /**
     * One lesson is proposed per section; more than this is not one course, and thousands of proposed lessons made
     * the import screen take a minute and a gigabyte of memory.
     */
    public static final int MAX_SECTIONS = 200;

    private DocumentImporter() {}

    public static ImportedDocument read(String fileName, byte[] bytes) throws UnreadableDocumentException {
        String format = format(fileName);
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableDocumentException(
                    Message.of("document.tooLarge", fileName, bytes.length / 1024, MAX_BYTES / 1024));
        }
        String text = DocumentText.decode(fileName, bytes, format.equals("html"));
        if (text.isBlank()) {
            throw new UnreadableDocumentException(Message.of("document.empty", fileName));
        }
        ImportedDocument document = switch (format) {
            case "md" -> MarkdownSections.read(fileName, text);
            case "html" -> HtmlSections.read(fileName, text);
            default -> PlainTextSections.read(fileName, text);
        };
        if (document.sections().isEmpty()) {
            throw new UnreadableDocumentException(Message.of("document.titleOnly", fileName));
        }
        if (document.sections().size() > MAX_SECTIONS) {
            throw new UnreadableDocumentException(Message.of(
                    "document.tooManySections", fileName, document.sections().size(), MAX_SECTIONS));
        }
        return document;
    }

    private static String format(String fileName) throws UnreadableDocumentException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt")) {
            return "txt";
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return "md";
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return "html";
        }
        throw new UnreadableDocumentException(Message.of("document.wrongType", fileName));
    }
}
