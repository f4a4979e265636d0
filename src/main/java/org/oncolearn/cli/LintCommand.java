package org.oncolearn.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.oncolearn.contentimport.ContentLocations;
import org.oncolearn.contentimport.ContentProblem;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.contentimport.InvalidCourseException;
import org.oncolearn.contentimport.WarningSignsFile;
import org.oncolearn.course.Course;
import org.oncolearn.course.WarningSigns;
import org.oncolearn.lint.Finding;
import org.oncolearn.lint.Lint;
import org.oncolearn.lint.Severity;

/**
 * {@code lint --course ID} or {@code lint --dir DIR}: the editor's findings for a course under the content folder or
 * for any course folder, for content pipelines, each with the file and line it is about. A course that does not load is reported problem by problem; exit 1 when anything is an error.
 */
final class LintCommand {

    static final Map<String, Boolean> OPTIONS = Map.of("--course", false, "--dir", false, "--content", false);

    private final Path defaultContentRoot;
    private final Clock clock;

    LintCommand(Path defaultContentRoot, Clock clock) {
        this.defaultContentRoot = defaultContentRoot;
        this.clock = clock;
    }

    int run(Options options, PrintStream out) {
        if (options.optional("--course").isPresent()
                == options.optional("--dir").isPresent()) {
            throw new UsageException("lint takes either --course ID or --dir DIR");
        }
        Path contentRoot = options.optional("--content").map(Path::of).orElse(defaultContentRoot);
        Path folder;
        String courseId;
        if (options.optional("--dir").isPresent()) {
            folder = Path.of(options.required("--dir")).toAbsolutePath().normalize();
            if (!Files.isRegularFile(folder.resolve("course.yaml"))) {
                throw new CommandFailedException(
                        "--dir " + options.required("--dir") + " is not a course folder: it has no course.yaml");
            }
            courseId = options.required("--dir");
        } else {
            courseId = options.required("--course");
            folder = ExportCommand.folderOf(contentRoot, courseId);
        }
        Course course;
        try {
            course = CourseLoader.load(folder);
        } catch (InvalidCourseException e) {
            for (ContentProblem problem : e.problems()) {
                out.println("ERROR " + problem);
            }
            out.println(courseId + ": " + e.problems().size() + " file problem(s); fix them before linting the items");
            return Cli.FAILED;
        }
        WarningSigns signs;
        try {
            signs = WarningSignsFile.forContent(contentRoot);
        } catch (InvalidCourseException e) {
            for (ContentProblem problem : e.problems()) {
                out.println("ERROR " + problem);
            }
            out.println(WarningSignsFile.FILE_NAME + ": " + e.problems().size()
                    + " problem(s); patient texts cannot be checked against the warning signs until they are fixed");
            return Cli.FAILED;
        }
        List<Finding> findings = Lint.of(course, LocalDate.now(clock), signs);
        ContentLocations locations = ContentLocations.of(folder, course);
        findings.forEach(finding -> out.println(finding.describe()
                + locations
                        .of(finding.lessonId(), finding.checkId(), finding.field())
                        .map(at -> " (" + at + ")")
                        .orElse("")));
        long errors =
                findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        out.println(courseId + ": " + course.lessons().size() + " lessons, "
                + course.lessons().stream().mapToInt(l -> l.checks().size()).sum() + " checks, " + errors
                + " error(s), " + (findings.size() - errors) + " warning(s)");
        return errors > 0 ? Cli.FAILED : Cli.OK;
    }
}
