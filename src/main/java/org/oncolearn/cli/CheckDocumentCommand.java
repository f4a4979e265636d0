package org.oncolearn.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.oncolearn.contentimport.DocumentImporter;
import org.oncolearn.contentimport.ImportedDocument;
import org.oncolearn.contentimport.ImportedDocument.Paragraph;
import org.oncolearn.contentimport.ImportedDocument.Section;
import org.oncolearn.contentimport.UnreadableDocumentException;
import org.oncolearn.drafting.KnowledgeLexicon;
import org.oncolearn.factcheck.DrugClassFlag;
import org.oncolearn.factcheck.FactChecker;
import org.oncolearn.factcheck.InvalidLexiconException;
import org.oncolearn.message.Message;

/**
 * {@code check-document FILE}: the import preview and the medical fact check, for content pipelines. Exit 0 when
 * clean, 1 when a sentence is flagged, 2 when the file cannot be read.
 */
final class CheckDocumentCommand {

    static final int FLAGGED = 1;
    static final int UNREADABLE = 2;

    private final Path contentRoot;

    CheckDocumentCommand(Path contentRoot) {
        this.contentRoot = contentRoot;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || args[1].startsWith("--")) {
            throw new UsageException("check-document takes exactly one FILE");
        }
        Path file = Path.of(args[1]);
        ImportedDocument document;
        FactChecker checker;
        try {
            byte[] bytes = read(file);
            document = DocumentImporter.read(file.getFileName().toString(), bytes);
            checker = new FactChecker(KnowledgeLexicon.forContent(contentRoot));
        } catch (UnreadableDocumentException | InvalidLexiconException e) {
            err.println("error: " + e.getMessage());
            return UNREADABLE;
        }
        out.println("title: " + document.title());
        int number = 1;
        for (Section section : document.sections()) {
            out.println("section " + number++ + ": " + section.title() + " (line " + section.line() + ", "
                    + section.paragraphs().size() + " paragraph"
                    + (section.paragraphs().size() == 1 ? "" : "s") + ")");
        }
        List<DrugClassFlag> flags = flags(document, checker);
        flags.forEach(flag -> out.println(flag.describe()));
        return flags.isEmpty() ? Cli.OK : FLAGGED;
    }

    static List<DrugClassFlag> flags(ImportedDocument document, FactChecker checker) {
        List<DrugClassFlag> flags = new ArrayList<>();
        for (Section section : document.sections()) {
            flags.addAll(checker.check(section.title(), section.line()));
            for (Paragraph paragraph : section.paragraphs()) {
                flags.addAll(checker.check(paragraph.text(), paragraph.line()));
            }
        }
        return flags;
    }

    /** The document's bytes, refused with a sentence when it is missing, too large or unreadable. */
    static byte[] read(Path file) throws UnreadableDocumentException {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableDocumentException(Message.of("document.noFile", file));
        }
        try {
            if (Files.size(file) > DocumentImporter.MAX_BYTES) {
                throw new UnreadableDocumentException(
                        Message.of("document.fileTooLarge", file, DocumentImporter.MAX_BYTES / 1024));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableDocumentException(Message.of("document.cannotRead", file, e.getMessage()));
        }
    }
}
