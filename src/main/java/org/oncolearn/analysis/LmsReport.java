package org.oncolearn.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oncolearn.analysis.internal.CsvRecords;
import org.oncolearn.analysis.internal.CsvRecords.Row;
import org.oncolearn.message.Message;

/**
 * The responses in the CSV report an LMS exports of a package's SCORM interactions: a header naming the columns
 * {@code learner}, {@code interaction}, {@code response} and {@code result} in any order (other columns are ignored),
 * then one row per interaction.
 *
 * <p>Interaction ids are read as the packages write them: {@code urn:oncolearn:COURSE:CHECK} (SCORM 2004) and
 * {@code COURSE-CHECK} (SCORM 1.2). Since course and check ids may both contain hyphens, a SCORM 1.2 id is split at
 * the course id when it is known and at its last hyphen otherwise. A report must be of one course.
 *
 * @param courseId the course the interaction ids name, when they name one
 * @param responses in the order of the file; {@link ItemAnalysis} counts each learner's first response to a check
 */
public record LmsReport(Optional<String> courseId, List<Response> responses) {

    /** 16 MB holds the interactions of some 200,000 answers, a large course in a large school. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    public static final List<String> COLUMNS = List.of("learner", "interaction", "response", "result");

    private static final String URN = "urn:oncolearn:";

    public LmsReport {
        responses = List.copyOf(responses);
    }

    /** Reads at most {@link #MAX_BYTES} from the stream; a longer stream is refused without reading it all. */
    public static LmsReport read(InputStream in, Optional<String> courseId) throws InvalidReportException, IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        return read(bytes, courseId);
    }

    /**
     * @param courseId the course the report is expected to be of; interactions of another course are refused
     */
    public static LmsReport read(byte[] bytes, Optional<String> courseId) throws InvalidReportException {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidReportException(0, Message.of("report.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        String text = utf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the byte order mark spreadsheet programs put at the start
        }
        String firstLine = text.lines().findFirst().orElse("");
        // Spreadsheets set to German and other languages with a decimal comma save with semicolons.
        char delimiter = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        List<Row> rows = CsvRecords.parse(text, delimiter);
        if (rows.isEmpty()) {
            throw new InvalidReportException(1, Message.of("report.empty", String.join(", ", COLUMNS)));
        }
        Map<String, Integer> columns = header(rows.getFirst());
        Ids ids = new Ids(courseId);
        List<Response> responses = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() != rows.getFirst().fields().size()) {
                throw new InvalidReportException(
                        row.line(),
                        Message.of(
                                "report.fields",
                                row.fields().size(),
                                rows.getFirst().fields().size()));
            }
            String learner = row.fields().get(columns.get("learner")).strip();
            if (learner.isEmpty()) {
                throw new InvalidReportException(row.line(), Message.of("report.noLearner"));
            }
            String checkId =
                    ids.checkId(row.fields().get(columns.get("interaction")).strip(), row.line());
            Set<String> chosen = chosen(row.fields().get(columns.get("response")));
            boolean correct = result(row.fields().get(columns.get("result")), row.line());
            responses.add(new Response(learner, checkId, chosen, correct));
        }
        return new LmsReport(ids.course, responses);
    }

    private static Map<String, Integer> header(Row header) throws InvalidReportException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (COLUMNS.contains(name) && columns.put(name, i) != null) {
                throw new InvalidReportException(header.line(), Message.of("report.columnTwice", name));
            }
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                throw new InvalidReportException(
                        header.line(), Message.of("report.noColumn", column, String.join(", ", COLUMNS)));
            }
        }
        return columns;
    }

    /**
     * SCORM 1.2 separates the options of a response with commas (optionally in braces), SCORM 2004 with
     * {@code [,]}.
     */
    static Set<String> chosen(String response) {
        String value = response.strip();
        if (value.startsWith("{") && value.endsWith("}")) {
            value = value.substring(1, value.length() - 1);
        }
        String[] parts = value.contains("[,]") ? value.split("\\[,]") : value.split(",");
        Set<String> chosen = new LinkedHashSet<>();
        Arrays.stream(parts).map(String::strip).filter(part -> !part.isEmpty()).forEach(chosen::add);
        return chosen;
    }

    private static boolean result(String value, int line) throws InvalidReportException {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "correct" -> true;
            case "wrong", "incorrect" -> false;
            default -> throw new InvalidReportException(line, Message.of("report.result", value.strip()));
        };
    }

    /** Decodes strictly: a report in another encoding would otherwise turn learner ids into different ones. */
    private static String utf8(byte[] bytes) throws InvalidReportException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidReportException(line, Message.of("report.notUtf8"));
        }
        return out.flip().toString();
    }

    /** Turns interaction ids into check ids and sees that they all belong to one course. */
    private static final class Ids {

        private final Optional<String> expected;
        private Optional<String> course;
        private int courseLine;

        Ids(Optional<String> expected) {
            this.expected = expected;
            this.course = expected;
        }

        String checkId(String interaction, int line) throws InvalidReportException {
            if (interaction.isEmpty()) {
                throw new InvalidReportException(line, Message.of("report.noInteraction"));
            }
            String courseId;
            String checkId;
            if (interaction.startsWith(URN)) {
                String rest = interaction.substring(URN.length());
                int colon = rest.indexOf(':');
                if (colon <= 0 || colon == rest.length() - 1) {
                    throw new InvalidReportException(line, Message.of("report.interactionForm", interaction));
                }
                courseId = rest.substring(0, colon);
                checkId = rest.substring(colon + 1);
            } else if (expected.isPresent() && interaction.startsWith(expected.get() + "-")) {
                courseId = expected.get();
                checkId = interaction.substring(courseId.length() + 1);
            } else if (interaction.lastIndexOf('-') > 0 && !interaction.endsWith("-")) {
                courseId = interaction.substring(0, interaction.lastIndexOf('-'));
                checkId = interaction.substring(interaction.lastIndexOf('-') + 1);
            } else {
                // No course in the id: an LMS or another tool that records bare check ids.
                courseId = null;
                checkId = interaction;
            }
            if (!checkId.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new InvalidReportException(line, Message.of("report.notOurs", interaction));
            }
            if (courseId != null) {
                if (course.isEmpty()) {
                    course = Optional.of(courseId);
                    courseLine = line;
                } else if (!course.get().equals(courseId)) {
                    throw new InvalidReportException(
                            line,
                            courseLine > 0
                                    ? Message.of("report.twoCourses", interaction, courseId, courseLine, course.get())
                                    : Message.of("report.otherCourse", interaction, courseId, course.get()));
                }
            }
            return checkId;
        }
    }
}
