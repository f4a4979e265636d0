package org.oncolearn.contentimport.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncolearn.contentimport.UnreadableDocumentException;
import org.oncolearn.message.Message;

/**
 * Turns uploaded bytes into text without guessing: a byte-order mark or an HTML {@code charset} declaration decides,
 * otherwise the bytes must be valid UTF-8. A wrong guess would silently corrupt drug names and doses.
 */
public final class DocumentText {

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private DocumentText() {}

    public static String decode(String fileName, byte[] bytes, boolean html) throws UnreadableDocumentException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (html) {
            charset = declared(fileName, bytes);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            String text = decoder.decode(input).toString();
            if (text.indexOf('\0') >= 0) {
                throw new UnreadableDocumentException(Message.of("document.binary", fileName));
            }
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(Message.of(
                    html ? "document.notCharsetHtml" : "document.notCharset",
                    fileName,
                    charset.name(),
                    skip + input.position() + 1));
        }
    }

    private static Charset declared(String fileName, byte[] bytes) throws UnreadableDocumentException {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnreadableDocumentException(Message.of("document.unknownCharset", fileName, m.group(1)));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
