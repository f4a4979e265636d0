package org.oncolearn.analysis;

/**
 * An LMS report that cannot be read. The message is one sentence for the person who uploaded it, starting with the
 * line it is about (the line where the record starts, counting from 1 with the header) when there is one.
 */
public final class InvalidReportException extends Exception {

    private final int line;

    public InvalidReportException(int line, String reason) {
        super(line > 0 ? "line " + line + ": " + reason : reason);
        this.line = line;
    }

    /** The line the problem is on, or 0 when it is about the whole file (its size, say). */
    public int line() {
        return line;
    }
}
