package org.oncolearn.export;

import java.io.InputStream;

/** A finished export, whatever its format: what a download or the command line hands on. */
public interface ExportedFile {

    String fileName();

    String mediaType();

    InputStream open();

    int size();
}
