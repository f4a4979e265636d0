package org.oncolearn.bankimport.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.oncolearn.bankimport.UnreadableBankException;
import org.oncolearn.message.Message;

/**
 * The files of a content package (zip), unpacked in memory only and within bounds: nothing is written anywhere, so an
 * entry name cannot place a file; names that would leave the package if someone did unpack it are refused all the
 * same, and unpacking stops at the first entry that passes a size, count or total limit, so a zip bomb costs no more
 * than the limits.
 */
final class PackageEntries {

    /** A package holds one item per question plus tests and a manifest; thousands of questions fit. */
    static final int MAX_ENTRIES = 5_000;
    /** An item is a few kilobytes of XML; a test lists its items. */
    static final int MAX_ENTRY_BYTES = 1_000_000;
    /** XML packs about 5 to 10 to 1, so a 2 MB upload of real items stays well below this. */
    static final int MAX_TOTAL_BYTES = 20_000_000;

    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");

    private PackageEntries() {}

    /** Whether the bytes start like a zip with files in it. */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Every file of the zip by its path, folders left out, in the order the zip holds them. */
    static SequencedMap<String, byte[]> read(String fileName, byte[] zip) throws UnreadableBankException {
        SequencedMap<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            byte[] buffer = new byte[8192];
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (++count > MAX_ENTRIES) {
                    throw new UnreadableBankException(Message.of("bank.zip.tooManyEntries", fileName, MAX_ENTRIES));
                }
                requireSafe(fileName, name);
                if (entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    total += n;
                    if (out.size() > MAX_ENTRY_BYTES) {
                        throw new UnreadableBankException(
                                Message.of("bank.zip.entryTooLarge", fileName, name, MAX_ENTRY_BYTES / 1_000_000));
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        throw new UnreadableBankException(
                                Message.of("bank.zip.totalTooLarge", fileName, MAX_TOTAL_BYTES / 1_000_000, name));
                    }
                }
                if (files.put(name, out.toByteArray()) != null) {
                    throw new UnreadableBankException(Message.of("bank.zip.duplicate", fileName, name));
                }
            }
        } catch (ZipException e) {
            throw new UnreadableBankException(Message.of("bank.zip.damaged", fileName, e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new UnreadableBankException(Message.of("bank.zip.nameNotUtf8", fileName));
        } catch (IOException e) {
            throw new UnreadableBankException(Message.of("bank.zip.cannotUnpack", fileName, e.getMessage()));
        }
        return files;
    }

    /** Refuses names that would point outside the package if anyone unpacked it ("zip slip"). */
    private static void requireSafe(String fileName, String name) throws UnreadableBankException {
        String reason = null;
        if (name.isEmpty()) {
            reason = "path.empty";
        } else if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            reason = "path.control";
        } else if (name.indexOf('\\') >= 0) {
            reason = "path.backslash";
        } else if (name.startsWith("/")) {
            reason = "path.absolute";
        } else if (DRIVE_LETTER.matcher(name).matches()) {
            reason = "path.driveLetter";
        } else {
            for (String part : (name.endsWith("/") ? name.substring(0, name.length() - 1) : name).split("/", -1)) {
                if (part.equals("..") || part.isEmpty() || part.equals(".")) {
                    reason = "path.emptyOrDotFolder";
                    break;
                }
            }
        }
        if (reason != null) {
            throw new UnreadableBankException(Message.of(
                    "bank.zip.unsafePath", fileName, name.replaceAll("\\p{Cntrl}", "?"), Message.of(reason)));
        }
    }
}
