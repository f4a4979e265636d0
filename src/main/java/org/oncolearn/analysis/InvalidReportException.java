package org.oncolearn.analysis;

import org.oncolearn.message.Message;

/**
 * An LMS report that cannot be read. The message is one sentence for the person who uploaded it, starting with the
 * line it is about (the line where the record starts, counting from 1 with the header) when there is one. Its text is
 * English (for the command line); the results screen says {@link #message()} in the educator's language.
 */
public final class InvalidReportException extends Exception {

    private final int line;
    private final transient Message message;

    public InvalidReportException(int line, Message reason) {
        super(said(line, reason).english());
        this.line = line;
        this.message = said(line, reason);
    }

    private static Message said(int line, Message reason) {
        return line > 0 ? Message.of("report.atLine", line, reason) : reason;
    }

    /** The line the problem is on, or 0 when it is about the whole file (its size, say). */
    public int line() {
        return line;
    }

    public Message message() {
        return message;
    }
}
