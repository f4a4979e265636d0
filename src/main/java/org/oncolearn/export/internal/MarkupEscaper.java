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

    /**
     * The five characters that matter in XML and HTML text and attributes; {@code &#39;} is valid in both. Characters
     * that XML 1.0 forbids in any form (NUL and most other control characters, unpaired surrogates) are left out:
     * one of them would make the manifest unreadable for an LMS, and browsers drop or replace them anyway.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (allowedInXml(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    static boolean allowedInXml(int c) {
        return c == '\t'
                || c == '\n'
                || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
