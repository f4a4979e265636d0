package org.oncolearn.export.internal;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template inserts, so that authored text can never become markup in a manifest or a page.
 * The only exception is a reference ending in {@code Html()}: by convention such methods return HTML that the importer
 * has already sanitised (lesson bodies).
 */
final class MarkupEscaper implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || reference.endsWith("Html()")) {
            return value;
        }
        return escape(value.toString());
    }

    /** The five characters that matter in XML and HTML text and attributes; {@code &#39;} is valid in both. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
