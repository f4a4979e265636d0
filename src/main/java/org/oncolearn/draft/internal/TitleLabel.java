package org.oncolearn.draft.internal;

/**
 * Titles kept in a database column are labels for lists (drafts, versions); the full title lives in the draft's JSON
 * or the version's course files. The loader and the editor accept titles of any length, so a long one is shortened
 * to fit its column rather than refused by the database.
 */
final class TitleLabel {

    /** The width of every title column (V2 and V3 migrations). */
    static final int COLUMN_WIDTH = 200;

    private TitleLabel() {}

    static String of(String title) {
        if (title == null || title.length() <= COLUMN_WIDTH) {
            return title;
        }
        int end = COLUMN_WIDTH - 1;
        if (Character.isHighSurrogate(title.charAt(end - 1))) {
            end--;
        }
        return title.substring(0, end) + "…";
    }
}
