package org.oncolearn.export;

import java.io.InputStream;

/** A finished export, whatever its format: what a download or the command line hands on. */
public interface ExportedFile {

    String fileName();

    String mediaType();

    InputStream open();

    int size();

    /** The same file under another name, e.g. a draft's {@code immunotherapy-v4-draft-scorm12.zip}. */
    default ExportedFile named(String name) {
        ExportedFile file = this;
        return new ExportedFile() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public String mediaType() {
                return file.mediaType();
            }

            @Override
            public InputStream open() {
                return file.open();
            }

            @Override
            public int size() {
                return file.size();
            }
        };
    }
}
