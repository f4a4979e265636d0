package org.oncolearn.contentimport.internal;

/**
 * Counts lines the way YAML does (a lone carriage return, NEL and the Unicode line and paragraph separators also end
 * a line), so that a line found by scanning text agrees with the lines SnakeYAML reports for the same file.
 */
final class LineBreaks {

    private LineBreaks() {}

    /** The 1-based line on which the character at {@code index} stands. */
    static int lineAt(CharSequence text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (endsLine(text, i)) {
                line++;
            }
        }
        return line;
    }

    private static boolean endsLine(CharSequence text, int i) {
        return switch (text.charAt(i)) {
            case '\n', '\u0085', '\u2028', '\u2029' -> true;
            case '\r' -> i + 1 >= text.length() || text.charAt(i + 1) != '\n';
            default -> false;
        };
    }
}
