package org.oncolearn.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.oncolearn.contentimport.ContentProblem;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.contentimport.InvalidCourseException;
import org.oncolearn.contentimport.WarningSignsFile;
import org.oncolearn.course.Course;
import org.oncolearn.course.Level;
import org.oncolearn.course.WarningSigns;
import org.oncolearn.export.Cmi5Format;
import org.oncolearn.export.CourseExporter;
import org.oncolearn.export.ExportFormat;
import org.oncolearn.export.QuestionBankExporter;
import org.oncolearn.export.QuestionBankFormat;
import org.oncolearn.export.ScormStandard;
import org.oncolearn.export.SelfCheckExporter;

/**
 * {@code export}: loads one course folder and writes it as a SCORM or cmi5 package, as a question bank (Moodle XML, GIFT, QTI
 * 3.0) or as the patient self-check page.
 */
final class ExportCommand {

    static final Map<String, Boolean> OPTIONS =
            Map.of("--course", true, "--standard", true, "--out", true, "--content", false);

    private final Path defaultContentRoot;
    private final Clock clock;

    ExportCommand(Path defaultContentRoot, Clock clock) {
        this.defaultContentRoot = defaultContentRoot;
        this.clock = clock;
    }

    int run(Options options, PrintStream out) {
        String standardKey = options.required("--standard");
        boolean selfCheck = SelfCheckExporter.STANDARD.equals(standardKey);
        ExportFormat format = selfCheck
                ? null
                : ExportFormat.byKey(standardKey)
                        .orElseThrow(() -> new UsageException("unknown standard \"" + standardKey + "\" (use "
                                + String.join(
                                        ", ",
                                        ExportFormat.all().stream()
                                                .map(ExportFormat::key)
                                                .toList())
                                + " or " + SelfCheckExporter.STANDARD + ")"));
        Path contentRoot = options.optional("--content").map(Path::of).orElse(defaultContentRoot);
        Course course = load(contentRoot, options.required("--course"));
        Path target = Path.of(options.required("--out"));
        if (selfCheck) {
            WarningSigns signs = warningSigns(contentRoot);
            if (course.checkCount(Level.PATIENT) == 0) {
                throw new CommandFailedException(
                        "course \"" + course.id() + "\" has no patient checks, so it has no self-check");
            }
            write(target, () -> new SelfCheckExporter().writeTo(course, signs, "en", target));
            out.println("wrote " + target + " (patient self-check, one HTML file, "
                    + SelfCheckExporter.questions(course) + " questions, " + size(target) + " bytes)");
            return Cli.OK;
        }
        write(target, () -> new CourseExporter(clock).writeTo(course, format, target));
        String checks = switch (format) {
            case ScormStandard standard -> checkCount(course) + " checks";
            case Cmi5Format cmi5 -> checkCount(course) + " checks";
            case QuestionBankFormat bank -> QuestionBankExporter.questions(course) + " questions";
        };
        out.println("wrote " + target + " (" + format.label() + ", "
                + course.lessons().size() + " lessons, " + checks + ", " + size(target) + " bytes)");
        return Cli.OK;
    }

    private static WarningSigns warningSigns(Path contentRoot) {
        try {
            return WarningSignsFile.forContent(contentRoot);
        } catch (InvalidCourseException e) {
            List<ContentProblem> problems = e.problems();
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "";
            throw new CommandFailedException("the warning signs are invalid: " + problems.getFirst() + more);
        }
    }

    /** Something that writes the target file, beside it first and then moved into place. */
    private interface Writing {
        void run() throws IOException;
    }

    /** The folder of a course, or a failure naming the courses that do exist. */
    static Path folderOf(Path contentRoot, String courseId) {
        Path folder = contentRoot.resolve(courseId).normalize();
        if (!courseId.matches("[a-z0-9][a-z0-9-]*") || !Files.isRegularFile(folder.resolve("course.yaml"))) {
            throw new CommandFailedException("no course \"" + courseId + "\" in " + contentRoot + " (courses there: "
                    + available(contentRoot) + ")");
        }
        return folder;
    }

    static Course load(Path contentRoot, String courseId) {
        Path folder = folderOf(contentRoot, courseId);
        try {
            return CourseLoader.load(folder);
        } catch (InvalidCourseException e) {
            List<ContentProblem> problems = e.problems();
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "";
            throw new CommandFailedException("course \"" + courseId + "\" is invalid: " + problems.getFirst() + more);
        }
    }

    private static String available(Path contentRoot) {
        if (!Files.isDirectory(contentRoot)) {
            return "none, the folder does not exist";
        }
        try (Stream<Path> children = Files.list(contentRoot)) {
            List<String> ids = children.filter(p -> Files.isRegularFile(p.resolve("course.yaml")))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
            return ids.isEmpty() ? "none" : String.join(", ", ids);
        } catch (IOException e) {
            return "unknown, the folder cannot be read";
        }
    }

    private static void write(Path target, Writing writing) {
        Path folder = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            throw new CommandFailedException("cannot write " + target + ": it is a folder");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailedException("cannot write " + target + ": folder " + folder + " does not exist");
        }
        try {
            writing.run();
        } catch (AccessDeniedException e) {
            throw new CommandFailedException("cannot write " + target + ": permission denied");
        } catch (NoSuchFileException e) {
            throw new CommandFailedException("cannot write " + target + ": no such file or folder");
        } catch (IOException e) {
            throw new CommandFailedException("cannot write " + target + ": " + e.getMessage());
        }
    }

    private static int checkCount(Course course) {
        return course.lessons().stream().mapToInt(l -> l.courseChecks().size()).sum();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
