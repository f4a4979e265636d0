package org.oncolearn.export;

import java.util.Arrays;
import java.util.Optional;

/**
 * The question-bank formats: a course's checks as questions an LMS or item bank keeps, for quizzes and exams. Moodle
 * XML and GIFT are single text files; QTI 3.0 is a content package (zip).
 */
public enum QuestionBankFormat implements ExportFormat {
    MOODLE_XML("moodle-xml", "Moodle XML", "-moodle.xml", "application/xml"),
    GIFT("gift", "GIFT", ".gift.txt", "text/plain; charset=utf-8"),
    QTI3("qti3", "QTI 3.0", "-qti3.zip", "application/zip");

    private final String key;
    private final String label;
    private final String fileSuffix;
    private final String mediaType;

    QuestionBankFormat(String key, String label, String fileSuffix, String mediaType) {
        this.key = key;
        this.label = label;
        this.fileSuffix = fileSuffix;
        this.mediaType = mediaType;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    /** What follows the course id and version in the file name, extension included. */
    public String fileSuffix() {
        return fileSuffix;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<QuestionBankFormat> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
