package org.oncolearn.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import org.oncolearn.analysis.InvalidReportException;
import org.oncolearn.message.Message;

/**
 * Splits text into records and fields as RFC 4180 describes: fields separated by a delimiter, records by CRLF, LF or
 * CR, a field in double quotes may hold delimiters, line breaks and doubled quotes. Blank lines are skipped, since
 * spreadsheets often leave one at the end.
 */
public final class CsvRecords {

    /** One record and the line it starts on, which is what a person looking at the file in an editor sees. */
    public record Row(int line, List<String> fields) {

        public Row {
            fields = List.copyOf(fields);
        }
    }

    private CsvRecords() {}

    public static List<Row> parse(String text, char delimiter) throws InvalidReportException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStarted = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(rows, fields, field, rowLine, fieldStarted);
                fields = new ArrayList<>();
                afterQuote = false;
                fieldStarted = false;
                line++;
                rowLine = line;
            } else if (afterQuote) {
                throw new InvalidReportException(line, Message.of("report.afterQuote"));
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new InvalidReportException(rowLine, Message.of("report.openQuote"));
        }
        end(rows, fields, field, rowLine, fieldStarted);
        return List.copyOf(rows);
    }

    private static void end(List<Row> rows, List<String> fields, StringBuilder field, int line, boolean started) {
        if (started || !field.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(line, fields));
        }
        field.setLength(0);
    }
}
