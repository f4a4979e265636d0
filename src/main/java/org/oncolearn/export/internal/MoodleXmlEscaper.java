package org.oncolearn.export.internal;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escaping for the Moodle XML template: plain values are escaped like in the manifests, and values named
 * {@code …Html()}, which the template only ever places inside a CDATA section, have every {@code ]]>} split across
 * two sections so that no text can end the section early.
 */
final class MoodleXmlEscaper implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null) {
            return null;
        }
        return reference.endsWith("Html()") ? cdata(value.toString()) : MarkupEscaper.escape(value.toString());
    }

    /** Content for inside {@code <![CDATA[…]]>}: characters XML forbids dropped, {@code ]]>} split. */
    static String cdata(String html) {
        StringBuilder allowed = new StringBuilder(html.length());
        html.codePoints().filter(MarkupEscaper::allowedInXml).forEach(allowed::appendCodePoint);
        return allowed.toString().replace("]]>", "]]]]><![CDATA[>");
    }
}
