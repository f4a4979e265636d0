package org.oncolearn.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.oncolearn.contentimport.ContentProblem;
import org.oncolearn.contentimport.CourseFileSet;
import org.oncolearn.contentimport.CourseWriter;
import org.oncolearn.contentimport.DocumentImporter;
import org.oncolearn.contentimport.ImportedDocument;
import org.oncolearn.contentimport.ImportedDocument.Section;
import org.oncolearn.contentimport.InvalidCourseException;
import org.oncolearn.contentimport.KnowledgeBaseFile;
import org.oncolearn.contentimport.UnreadableDocumentException;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.drafting.CheckDrafter;
import org.oncolearn.drafting.ImportedCourse;

/**
 * {@code draft-checks FILE [--out DIR]}: the checks that import drafts for each section of a document from the
 * knowledge base, each with its key and sources. With {@code --out}, also writes the course folder (course.yaml and
 * one lesson file per section, the checks marked {@code drafted: true}) for a content pipeline to lint and review.
 * Exit 0; 1 when the folder cannot be written; 2 when the document or the knowledge base cannot be read.
 */
final class DraftChecksCommand {

    private final Path contentRoot;

    DraftChecksCommand(Path contentRoot) {
        this.contentRoot = contentRoot;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args[1].startsWith("--")) {
            throw new UsageException("draft-checks takes a FILE, then optionally --out DIR");
        }
        Options options = Options.parse(args, 2, java.util.Map.of("--out", false));
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
        List<ImportedCourse.Section> sections = new ArrayList<>();
        for (Section section : document.sections()) {
            sections.add(new ImportedCourse.Section(section.title(), section.markdown()));
        }
        Course course = ImportedCourse.drafted(document.title(), sections, drafter);
        for (int i = 0; i < course.lessons().size(); i++) {
            print(out, document.sections().get(i), course.lessons().get(i));
        }
        if (options.optional("--out").isPresent()) {
            Path folder = write(course, Path.of(options.required("--out")), err);
            out.println("wrote " + folder.resolve(CourseFileSet.COURSE_FILE) + " and "
                    + course.lessons().size()
                    + " lesson file(s); every drafted check says \"drafted: true\" until an educator accepts it");
        }
        return Cli.OK;
    }

    private static void print(PrintStream out, Section section, Lesson lesson) {
        List<Check> drafts = lesson.checks();
        long patient = drafts.stream().filter(c -> c.level() == Level.PATIENT).count();
        out.println("section " + lesson.number() + ": " + section.title() + " (line " + section.line() + "): "
                + drafts.size() + " drafted check" + (drafts.size() == 1 ? "" : "s") + ", "
                + (drafts.size() - patient) + " for nurses and " + patient + " for patients");
        for (Check check : drafts) {
            out.println("  " + check.id() + " [" + check.objective() + ", "
                    + check.level().name().toLowerCase(Locale.ROOT) + "] " + check.stem());
            out.println("    key: "
                    + check.options().stream()
                            .filter(Option::key)
                            .map(Option::text)
                            .findFirst()
                            .orElseThrow());
            out.println("    sources: "
                    + String.join(
                            ", ", check.sources().stream().map(s -> s.key()).toList()));
        }
    }

    /**
     * Writes the course into a new or empty folder, whose name becomes the course id (the loader requires them to
     * match). An existing course is never overwritten: a pipeline that drafts again chooses a new folder.
     */
    private static Path write(Course course, Path folder, PrintStream err) {
        Path target = folder.toAbsolutePath().normalize();
        String id = target.getFileName() == null ? "" : target.getFileName().toString();
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new CommandFailedException("--out " + folder + ": the folder's name becomes the course id, so use"
                    + " lowercase letters, digits and \"-\" (for example --out drafts/immunotherapy-draft)");
        }
        try {
            if (Files.isDirectory(target)) {
                try (Stream<Path> entries = Files.list(target)) {
                    if (entries.findAny().isPresent()) {
                        throw new CommandFailedException("--out " + folder
                                + " is not empty; choose a new folder so that nothing is overwritten");
                    }
                }
            } else if (Files.exists(target)) {
                throw new CommandFailedException("--out " + folder + " is a file, not a folder");
            }
            CourseFileSet files = CourseWriter.write(course.withId(id));
            List<ContentProblem> problems = files.problems();
            Files.createDirectories(target.getParent());
            Path written = files.writeInto(target.getParent());
            if (!problems.isEmpty()) {
                // Written anyway: the educator fixes these in the files or the editor, as after an import.
                problems.forEach(p -> err.println("note: " + p));
            }
            return written;
        } catch (IOException e) {
            throw new CommandFailedException("cannot write " + folder + ": " + e.getMessage());
        }
    }
}
