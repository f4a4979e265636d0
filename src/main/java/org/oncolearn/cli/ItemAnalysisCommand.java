package org.oncolearn.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.oncolearn.analysis.CheckOptions;
import org.oncolearn.analysis.Flag;
import org.oncolearn.analysis.InvalidReportException;
import org.oncolearn.analysis.ItemAnalysis;
import org.oncolearn.analysis.ItemStatistics;
import org.oncolearn.analysis.LmsReport;
import org.oncolearn.course.Course;
import org.oncolearn.message.Message;

/**
 * {@code item-analysis --responses FILE.csv}: facility, discrimination and flags per check from an LMS report, as CSV
 * for a spreadsheet or a script. With {@code --course ID} the course's options are known, so a distractor nobody
 * chose is seen too, and the rows follow the course's order. Exit 2 when the report cannot be read.
 */
final class ItemAnalysisCommand {

    static final Map<String, Boolean> OPTIONS = Map.of("--responses", true, "--course", false, "--content", false);
    static final String HEADER = "check,n,facility,discrimination,flags";
    static final int UNREADABLE = 2;

    private final Path defaultContentRoot;

    ItemAnalysisCommand(Path defaultContentRoot) {
        this.defaultContentRoot = defaultContentRoot;
    }

    int run(Options options, PrintStream out, PrintStream err) {
        Optional<String> courseId = options.optional("--course");
        Optional<Course> course = courseId.map(id ->
                ExportCommand.load(options.optional("--content").map(Path::of).orElse(defaultContentRoot), id));
        Path file = Path.of(options.required("--responses"));
        LmsReport report;
        try {
            report = LmsReport.read(read(file), courseId);
        } catch (InvalidReportException e) {
            err.println("error: " + file + ": " + e.getMessage());
            return UNREADABLE;
        }
        List<CheckOptions> known = course.map(CheckOptions::of).orElse(List.of());
        out.println(HEADER);
        for (ItemStatistics item : ItemAnalysis.of(report.responses(), known)) {
            out.println(row(item));
        }
        return Cli.OK;
    }

    static String row(ItemStatistics item) {
        return item.checkId() + "," + item.n() + "," + decimal(item.facility()) + ","
                + (item.discrimination().isPresent()
                        ? decimal(item.discrimination().getAsDouble())
                        : "") + ","
                + item.flags().stream().map(Flag::word).collect(Collectors.joining(";"));
    }

    /** Three places with a dot whatever the locale, and never "-0.000" for a tiny negative correlation. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    private static byte[] read(Path file) throws InvalidReportException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidReportException(0, Message.of("report.noFile"));
        }
        try {
            if (Files.size(file) > LmsReport.MAX_BYTES) {
                throw new InvalidReportException(0, Message.of("report.tooLarge", LmsReport.MAX_BYTES / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidReportException(0, Message.of("report.cannotRead", e.getMessage()));
        }
    }
}
