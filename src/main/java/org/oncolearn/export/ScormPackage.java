package org.oncolearn.export;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** A finished package: its suggested file name and the zip bytes. */
public record ScormPackage(String fileName, ScormStandard standard, byte[] zip) implements ExportedFile {

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
