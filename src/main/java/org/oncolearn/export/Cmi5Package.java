package org.oncolearn.export;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** A finished cmi5 package: its suggested file name and the zip bytes, with {@code cmi5.xml} at the root. */
public record Cmi5Package(String fileName, byte[] zip) implements ExportedFile {

    @Override
    public String mediaType() {
        return "application/zip";
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(zip);
    }

    @Override
    public int size() {
        return zip.length;
    }
}
