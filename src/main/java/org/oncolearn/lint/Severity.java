package org.oncolearn.lint;

/** Errors block publishing and make {@code lint} exit with 1; warnings ask the author to look again. */
public enum Severity {
    ERROR,
    WARNING
}
