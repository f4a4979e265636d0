package org.oncolearn.export.internal;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escaping for the GIFT template, chosen by what a reference names, since GIFT reads each part of a question
 * differently:
 *
 * <ul>
 *   <li>question text, answers and feedback (plain values and {@code …Html}): GIFT's special characters
 *       {@code ~ = # { } :} and the backslash get a backslash, line breaks become {@code \n}, as Moodle's own GIFT
 *       export writes them;
 *   <li>{@code …Comment}: the text of a {@code //} line, on one line, with square brackets turned round so that no
 *       text can declare an {@code [id:…]} or {@code [tag:…]} of its own;
 *   <li>{@code …Tag}: inside {@code [tag:…]} or {@code [id:…]}, where only {@code ]} needs a backslash and Moodle
 *       drops {@code < > `};
 *   <li>{@code …Category}: the {@code $CATEGORY:} line, which Moodle takes as written apart from turning {@code \\}
 *       into {@code \} (its placeholders for {@code \:} and the like would end up in the category's name).
 * </ul>
 */
final class GiftEscaper implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null) {
            return null;
        }
        String name = reference.endsWith("()") ? reference.substring(0, reference.length() - 2) : reference;
        String text = value.toString();
        if (name.endsWith("Comment")) {
            return comment(text);
        }
        if (name.endsWith("Tag")) {
            return tag(text);
        }
        if (name.endsWith("Category")) {
            return oneLine(text).replace("\\", "\\\\");
        }
        String escaped = escape(text);
        // An answer that starts with a percent sign would read as a weight: the HTML entity shows the same sign.
        return name.endsWith("Html") && escaped.startsWith("%") ? "&\\#37;" + escaped.substring(1) : escaped;
    }

    /** GIFT's escaping of text, as Moodle's {@code repchar} does it: backslash first, then the special characters. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '~', '=', '#', '{', '}', ':' -> out.append('\\').append((char) c);
                case '\n' -> out.append("\\n");
                case '\r' -> {}
                default -> {
                    if (MarkupEscaper.allowedInXml(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    static String comment(String text) {
        return oneLine(text).replace('[', '(').replace(']', ')');
    }

    static String tag(String text) {
        return oneLine(text).replaceAll("[<>`]", "").replace("]", "\\]");
    }

    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .filter(MarkupEscaper::allowedInXml)
                .forEach(out::appendCodePoint);
        return out.toString().replaceAll(" {2,}", " ").strip();
    }
}
