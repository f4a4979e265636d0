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
                    throw new UnreadableBankException(fileName + " holds more than " + MAX_ENTRIES
                            + " entries; a question package holds one file per question. Nothing was imported.");
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
                        throw new UnreadableBankException(fileName + ": entry \"" + name + "\" is larger than "
                                + MAX_ENTRY_BYTES / 1_000_000 + " MB when unpacked; a question is a few kilobytes."
                                + " Nothing was imported.");
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        throw new UnreadableBankException(fileName + " unpacks to more than "
                                + MAX_TOTAL_BYTES / 1_000_000 + " MB (reached at entry \"" + name
                                + "\"); that is how a zip bomb looks, not a question package. Nothing was imported.");
                    }
                }
                if (files.put(name, out.toByteArray()) != null) {
                    throw new UnreadableBankException(fileName + " holds the entry \"" + name
                            + "\" twice, so it is unclear which one to use. Nothing was imported.");
                }
            }
        } catch (ZipException e) {
            throw new UnreadableBankException(
                    fileName + " is damaged or not a zip file (" + e.getMessage() + "). Nothing was imported.");
        } catch (IllegalArgumentException e) {
            throw new UnreadableBankException(
                    fileName + " has an entry name that is not valid UTF-8. Nothing was" + " imported.");
        } catch (IOException e) {
            throw new UnreadableBankException(
                    fileName + " cannot be unpacked (" + e.getMessage() + "). Nothing was imported.");
        }
        return files;
    }

    /** Refuses names that would point outside the package if anyone unpacked it ("zip slip"). */
    private static void requireSafe(String fileName, String name) throws UnreadableBankException {
        String reason = null;
        if (name.isEmpty()) {
            reason = "is empty";
        } else if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            reason = "contains a control character";
        } else if (name.indexOf('\\') >= 0) {
            reason = "contains a backslash";
        } else if (name.startsWith("/")) {
            reason = "is an absolute path";
        } else if (DRIVE_LETTER.matcher(name).matches()) {
            reason = "starts with a drive letter";
        } else {
            for (String part : (name.endsWith("/") ? name.substring(0, name.length() - 1) : name).split("/", -1)) {
                if (part.equals("..") || part.isEmpty() || part.equals(".")) {
                    reason = "has an empty, \".\" or \"..\" folder name";
                    break;
                }
            }
        }
        if (reason != null) {
            throw new UnreadableBankException(fileName + ": entry \"" + name.replaceAll("\\p{Cntrl}", "?")
                    + "\" has an unsafe path: it " + reason + ". Nothing was imported.");
        }
    }
}
