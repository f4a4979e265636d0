package org.oncolearn.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SequencedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes package files as a zip whose entries all carry the export time, so one export gives one set of bytes. */
public final class PackageZip {

    private PackageZip() {}

    public static void write(SequencedMap<String, byte[]> files, LocalDateTime exportedAt, OutputStream out)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(9);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            ZipEntry entry = new ZipEntry(file.getKey());
            entry.setTimeLocal(exportedAt.withNano(0));
            zip.putNextEntry(entry);
            zip.write(file.getValue());
            zip.closeEntry();
        }
        zip.finish();
    }
}
