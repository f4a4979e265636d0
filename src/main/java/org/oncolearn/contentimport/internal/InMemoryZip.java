package org.oncolearn.contentimport.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.oncolearn.contentimport.UnreadableDocumentException;
import org.oncolearn.message.Message;

/**
 * A zip held in memory, read from its central directory (the list a zip tool shows) and unpacked entry by entry into
 * byte arrays. Nothing is ever written to disk, so an entry name cannot place a file anywhere.
 *
 * <p>Written by hand rather than with {@link java.util.zip.ZipInputStream} for three reasons: the raw name bytes are
 * needed to say exactly which name is not UTF-8, the entry count is known before anything is unpacked, and the
 * unpacking loop sees how many packed bytes it has consumed, so a zip bomb is stopped by its ratio after a few
 * kilobytes. Sizes a zip declares are used only to check it is intact, never to decide how much memory to use.
 */
public final class InMemoryZip {

    /** One file or folder listed in the central directory. */
    public record Entry(
            int number,
            String name,
            byte[] rawName,
            int flags,
            int method,
            long crc,
            long packedSize,
            long size,
            long localHeader) {

        public boolean isFolder() {
            return name.endsWith("/");
        }

        boolean isEncrypted() {
            return (flags & 1) != 0;
        }
    }

    /** How much unpacking one archive may do; one budget is shared by all entries of the archive. */
    public static final class Limits {
        private final long entryBytes;
        private final long totalBytes;
        private final int ratio;
        private final long ratioFromBytes;
        private long unpacked;

        public Limits(long entryBytes, long totalBytes, int ratio, long ratioFromBytes) {
            this.entryBytes = entryBytes;
            this.totalBytes = totalBytes;
            this.ratio = ratio;
            this.ratioFromBytes = ratioFromBytes;
        }
    }

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int END_LENGTH = 22;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    /** Marks a field whose real value is in a ZIP64 record; a course zip of at most a few MB never needs one. */
    private static final long ZIP64_MARK = 0xFFFFFFFFL;

    private final String fileName;
    private final byte[] zip;

    public InMemoryZip(String fileName, byte[] zip) {
        this.fileName = fileName;
        this.zip = zip;
    }

    /**
     * The entries in directory order. The count is checked against {@code maxEntries} before any entry is parsed.
     */
    public List<Entry> entries(int maxEntries) throws UnreadableDocumentException {
        int end = endOfDirectory();
        if (u16(end + 4) != 0 || u16(end + 6) != 0 || u16(end + 8) != u16(end + 10)) {
            throw new UnreadableDocumentException(Message.of("zip.split", fileName));
        }
        int count = u16(end + 10);
        long directorySize = u32(end + 12);
        long directoryStart = u32(end + 16);
        if (count == 0xFFFF || directorySize == ZIP64_MARK || directoryStart == ZIP64_MARK) {
            throw zip64();
        }
        if (count > maxEntries) {
            throw new UnreadableDocumentException(Message.of("zip.tooManyEntries", fileName, count, maxEntries));
        }
        if (directoryStart + directorySize > end) {
            throw damaged(Message.of("zip.damaged.listPastEnd"));
        }
        List<Entry> entries = new ArrayList<>();
        int at = (int) directoryStart;
        int directoryEnd = (int) (directoryStart + directorySize);
        for (int number = 1; number <= count; number++) {
            if (at + 46 > directoryEnd || s32(at) != CENTRAL_HEADER) {
                throw damaged(Message.of("zip.damaged.listEndsEarly"));
            }
            int nameLength = u16(at + 28);
            int next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
            if (next > directoryEnd) {
                throw damaged(Message.of("zip.damaged.listEndsEarly"));
            }
            byte[] rawName = Arrays.copyOfRange(zip, at + 46, at + 46 + nameLength);
            Entry entry = new Entry(
                    number,
                    name(number, rawName),
                    rawName,
                    u16(at + 8),
                    u16(at + 10),
                    u32(at + 16),
                    u32(at + 20),
                    u32(at + 24),
                    u32(at + 42));
            if (entry.packedSize() == ZIP64_MARK || entry.size() == ZIP64_MARK || entry.localHeader() == ZIP64_MARK) {
                throw zip64();
            }
            entries.add(entry);
            at = next;
        }
        return entries;
    }

    /**
     * Unpacks one entry, stopping as soon as it passes a limit: its own size, the archive's total, or the ratio of
     * unpacked to packed bytes. The message names the entry.
     */
    public byte[] unpack(Entry entry, Limits limits) throws UnreadableDocumentException {
        Message shown = Message.of("zip.entry", entry.name());
        if (entry.isEncrypted()) {
            throw new UnreadableDocumentException(Message.of("zip.encrypted", fileName, shown));
        }
        if (entry.method() != STORED && entry.method() != DEFLATED) {
            throw new UnreadableDocumentException(Message.of("zip.method", fileName, shown, entry.method()));
        }
        long local = entry.localHeader();
        if (local + 30 > zip.length || s32((int) local) != LOCAL_HEADER) {
            throw damaged(Message.of("zip.damaged.missing", shown));
        }
        int at = (int) local;
        int nameLength = u16(at + 26);
        long data = local + 30 + nameLength + u16(at + 28);
        // Both headers of an entry must name the same file; a zip whose two lists disagree has been tampered with.
        if (data > zip.length
                || !Arrays.equals(zip, at + 30, at + 30 + nameLength, entry.rawName(), 0, entry.rawName().length)) {
            throw damaged(Message.of("zip.damaged.headers", shown));
        }
        if (data + entry.packedSize() > zip.length) {
            throw damaged(Message.of("zip.damaged.cutOff", shown));
        }
        byte[] bytes = entry.method() == STORED
                ? stored(shown, (int) data, (int) entry.packedSize(), limits)
                : inflated(shown, (int) data, (int) entry.packedSize(), limits);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (crc.getValue() != entry.crc() || bytes.length != entry.size()) {
            throw damaged(Message.of("zip.damaged.checksum", shown));
        }
        return bytes;
    }

    private byte[] stored(Message shown, int from, int length, Limits limits) throws UnreadableDocumentException {
        count(shown, length, length, length, limits);
        return Arrays.copyOfRange(zip, from, from + length);
    }

    private byte[] inflated(Message shown, int from, int length, Limits limits) throws UnreadableDocumentException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, from, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            boolean paddingGiven = false;
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n > 0) {
                    out.write(buffer, 0, n);
                    count(shown, out.size(), inflater.getBytesRead(), n, limits);
                } else if (inflater.needsDictionary()) {
                    throw damaged(Message.of("zip.damaged.cannotUnpack", shown));
                } else if (inflater.needsInput()) {
                    // Raw deflate may want one byte past the data to see its end, as java.util.zip.ZipFile gives it.
                    if (paddingGiven) {
                        throw damaged(Message.of("zip.damaged.cutOff", shown));
                    }
                    inflater.setInput(new byte[1]);
                    paddingGiven = true;
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw damaged(Message.of("zip.damaged.cannotUnpack", shown));
        } finally {
            inflater.end();
        }
    }

    /**
     * Checks one entry's progress against the ratio, the per-entry limit and the archive's total; {@code size} is
     * what this entry has unpacked so far, {@code added} the part of it that is new since the last call.
     */
    private void count(Message shown, long size, long packedRead, long added, Limits limits)
            throws UnreadableDocumentException {
        // A few kilobytes of blank lines may legitimately pack very tightly; a ratio says nothing below this size.
        if (size > limits.ratioFromBytes && size > (long) limits.ratio * Math.max(1, packedRead)) {
            throw new UnreadableDocumentException(Message.of("zip.ratio", fileName, shown, limits.ratio));
        }
        if (size > limits.entryBytes) {
            throw new UnreadableDocumentException(
                    Message.of("zip.entryTooLarge", fileName, shown, megabytes(limits.entryBytes)));
        }
        limits.unpacked += added;
        if (limits.unpacked > limits.totalBytes) {
            throw new UnreadableDocumentException(
                    Message.of("zip.totalTooLarge", fileName, megabytes(limits.totalBytes), shown));
        }
    }

    /** Sizes as educators read them: "2 MB", "2.4 MB". */
    public static String megabytes(long bytes) {
        return bytes % 1_000_000 == 0
                ? bytes / 1_000_000 + " MB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private int endOfDirectory() throws UnreadableDocumentException {
        // The end record sits at the very end, followed only by a comment of at most 65535 bytes.
        for (int at = zip.length - END_LENGTH; at >= Math.max(0, zip.length - END_LENGTH - 0xFFFF); at--) {
            if (s32(at) == END_OF_DIRECTORY && at + END_LENGTH + u16(at + 20) <= zip.length) {
                return at;
            }
        }
        throw damaged(Message.of("zip.damaged.noList"));
    }

    private String name(int number, byte[] raw) throws UnreadableDocumentException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(Message.of("zip.nameNotUtf8", fileName, number));
        }
    }

    private UnreadableDocumentException damaged(Message detail) {
        return new UnreadableDocumentException(Message.of("zip.damaged", fileName, detail));
    }

    private UnreadableDocumentException zip64() {
        return new UnreadableDocumentException(Message.of("zip.zip64", fileName));
    }

    private int u16(int at) throws UnreadableDocumentException {
        if (at < 0 || at + 2 > zip.length) {
            throw damaged(Message.of("zip.damaged.endsEarly"));
        }
        return (zip[at] & 0xFF) | (zip[at + 1] & 0xFF) << 8;
    }

    private long u32(int at) throws UnreadableDocumentException {
        return s32(at) & 0xFFFFFFFFL;
    }

    private int s32(int at) throws UnreadableDocumentException {
        if (at < 0 || at + 4 > zip.length) {
            throw damaged(Message.of("zip.damaged.endsEarly"));
        }
        return (zip[at] & 0xFF) | (zip[at + 1] & 0xFF) << 8 | (zip[at + 2] & 0xFF) << 16 | (zip[at + 3] & 0xFF) << 24;
    }
}
