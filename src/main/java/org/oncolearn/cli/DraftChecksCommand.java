package org.oncolearn.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.oncolearn.contentimport.DocumentImporter;
import org.oncolearn.contentimport.ImportedDocument;
import org.oncolearn.contentimport.ImportedDocument.Section;
import org.oncolearn.contentimport.InvalidCourseException;
import org.oncolearn.contentimport.KnowledgeBaseFile;
import org.oncolearn.contentimport.UnreadableDocumentException;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.drafting.CheckDrafter;
import org.oncolearn.drafting.DraftedCheck;

/**
 * {@code draft-checks FILE}: the checks that import would draft for each section of a document from the knowledge
 * base, each with its key and sources, for an educator or a content pipeline to look at before importing. Exit 0,
 * or 2 when the document or the knowledge base cannot be read.
 */
final class DraftChecksCommand {

    private final Path contentRoot;

    DraftChecksCommand(Path contentRoot) {
        this.contentRoot = contentRoot;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || args[1].startsWith("--")) {
            throw new UsageException("draft-checks takes exactly one FILE");
        }
        Path file = Path.of(args[1]);
        ImportedDocument document;
        CheckDrafter drafter;
        try {
            document = DocumentImporter.read(file.getFileName().toString(), CheckDocumentCommand.read(file));
            drafter = new CheckDrafter(KnowledgeBaseFile.load(contentRoot));
        } catch (UnreadableDocumentException e) {
            err.println("error: " + e.getMessage());
            return CheckDocumentCommand.UNREADABLE;
        } catch (InvalidCourseException e) {
            err.println("error: the knowledge base does not load:\n" + e.getMessage());
            return CheckDocumentCommand.UNREADABLE;
        }
        int number = 1;
        for (Section section : document.sections()) {
            String text = section.title() + "\n\n" + section.markdown();
            List<DraftedCheck> drafts = drafter.draft(text, "s" + number);
            long patient = drafts.stream()
                    .filter(d -> d.check().level() == Level.PATIENT)
                    .count();
            out.println("section " + number + ": " + section.title() + " (line " + section.line() + "): "
                    + drafts.size() + " drafted check" + (drafts.size() == 1 ? "" : "s") + ", "
                    + (drafts.size() - patient) + " for nurses and " + patient + " for patients");
            for (DraftedCheck draft : drafts) {
                out.println("  " + draft.check().id() + " [" + draft.template() + ", "
                        + draft.check().level().name().toLowerCase(java.util.Locale.ROOT) + "] "
                        + draft.check().stem());
                out.println("    key: "
                        + draft.check().options().stream()
                                .filter(Option::key)
                                .map(Option::text)
                                .findFirst()
                                .orElseThrow());
                out.println("    sources: "
                        + String.join(
                                ", ",
                                draft.check().sources().stream()
                                        .map(s -> s.key())
                                        .toList()));
            }
            number++;
        }
        return Cli.OK;
    }
}
