package org.oncolearn.export;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** A course's checks as one question-bank file: its suggested name, its format and its bytes. */
public record QuestionBank(String fileName, QuestionBankFormat format, byte[] bytes) implements ExportedFile {

    @Override
    public String mediaType() {
        return format.mediaType();
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public int size() {
        return bytes.length;
    }
}
