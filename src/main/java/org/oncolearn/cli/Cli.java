package org.oncolearn.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Entry point for {@code java -jar oncolearn.jar COMMAND ...}. Commands run in plain Java: no Spring context, no web
 * server, no database, so they are quick and safe to use in scripts.
 */
public final class Cli {

    /** Exit code for a finished command. */
    public static final int OK = 0;
    /** Exit code when the command could not do its work (unknown course, invalid content, unwritable file). */
    public static final int FAILED = 1;
    /** Exit code for a command line that cannot be understood. */
    public static final int USAGE = 2;

    private final Path contentRoot;
    private final Clock clock;

    public Cli(Path contentRoot, Clock clock) {
        this.contentRoot = contentRoot;
        this.clock = clock;
    }

    /**
     * Whether the arguments are for the command line rather than the web server. Any first word that is not one of
     * Spring's {@code --name=value} settings is: an unknown command must print the usage and exit 2, never start a
     * server that creates an educator account in the working folder.
     */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (!args[0].startsWith("--") || "--help".equals(args[0]));
    }

    /** Runs a command and ends the process with its exit code. */
    public static void main(String[] args) {
        // Set before any logger exists: the command prints its own one-line results, so libraries stay quiet.
        System.setProperty("logback.configurationFile", "oncolearn-cli-logback.xml");
        String content = System.getenv().getOrDefault("ONCOLEARN_QUIZZES", "quizzes");
        int code = new Cli(Path.of(content), Clock.systemDefaultZone()).run(args, System.out, System.err);
        System.exit(code);
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || "help".equals(args[0]) || "--help".equals(args[0])) {
            out.println(usage());
            return OK;
        }
        try {
            return switch (args[0]) {
                case "export" ->
                    new ExportCommand(contentRoot, clock).run(Options.parse(args, 1, ExportCommand.OPTIONS), out);
                case "lint" ->
                    new LintCommand(contentRoot, clock).run(Options.parse(args, 1, LintCommand.OPTIONS), out);
                case "check-document" -> new CheckDocumentCommand(contentRoot).run(args, out, err);
                case "draft-checks" -> new DraftChecksCommand(contentRoot).run(args, out, err);
                case "item-analysis" ->
                    new ItemAnalysisCommand(contentRoot)
                            .run(Options.parse(args, 1, ItemAnalysisCommand.OPTIONS), out, err);
                default -> throw new UsageException("unknown command \"" + args[0] + "\"");
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage() + "\n" + usage());
            return USAGE;
        } catch (CommandFailedException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
    }

    static String usage() {
        return """
                usage: java -jar oncolearn.jar export --course ID --standard STANDARD --out FILE [--content DIR]
                       java -jar oncolearn.jar lint --course ID [--content DIR] | --dir COURSE-DIR
                       java -jar oncolearn.jar check-document FILE
                       java -jar oncolearn.jar draft-checks FILE [--out COURSE-DIR]
                       java -jar oncolearn.jar item-analysis --responses FILE.csv [--course ID [--content DIR]]
                  export          write a course for an LMS: STANDARD scorm12 or scorm2004 (a SCORM package, .zip),
                                  moodle-xml, gift or qti3 (every check as a question for a question bank), or
                                  self-check (the patient self-check as one HTML file)
                                  (DIR: $ONCOLEARN_QUIZZES or ./quizzes)
                  lint            print item-writing, readability and review findings and any file problems
                                  (exit 1 when there are errors)
                  check-document  show the title and sections an import would find in a .txt, .md or .html file,
                                  and flag sentences that put a drug in the wrong class (exit 1 when flagged)
                  draft-checks    show the checks import would draft for each section of a document from the
                                  knowledge base in DIR/knowledge, with their keys and sources; with --out, write
                                  them as a new course folder (its name is the course id) for lint --dir
                  item-analysis   read an LMS report of interactions (CSV with the columns learner, interaction,
                                  response, result) and print check,n,facility,discrimination,flags per check;
                                  discrimination is empty when it cannot be computed, flags are too-easy,
                                  too-hard, low-discrimination and unused-distractor; with --course the course's
                                  options and order are used (exit 2 when the report cannot be read)""";
    }
}
