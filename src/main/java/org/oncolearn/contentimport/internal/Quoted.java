package org.oncolearn.contentimport.internal;

/**
 * Text from a course file as a problem message shows it: cut short, and with line breaks and other invisible
 * characters spelt out as {@code \}{@code uXXXX}. A message is one line in the log and in the editor, so a value from
 * a file must neither start a line of its own (and pass for another problem) nor fill the screen.
 */
final class Quoted {

    /** Long enough to recognise any id, key or date; a value longer than this is wrong anyway. */
    static final int MAX_SHOWN = 60;

    private Quoted() {}

    /** The value in double quotes, as messages quote what the author wrote. */
    static String of(String value) {
        return "\"" + visible(value, MAX_SHOWN) + "\"";
    }

    /** At most {@code max} characters of the text, invisible ones spelt out, with "…" when it goes on. */
    static String visible(String text, int max) {
        StringBuilder shown = new StringBuilder();
        int index = 0;
        for (int count = 0; index < text.length() && count < max; count++) {
            int codePoint = text.codePointAt(index);
            shown.append(isVisible(codePoint) ? Character.toString(codePoint) : "\\u%04X".formatted(codePoint));
            index += Character.charCount(codePoint);
        }
        return index < text.length() ? shown.append('…').toString() : shown.toString();
    }

    private static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
