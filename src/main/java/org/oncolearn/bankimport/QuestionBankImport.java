package org.oncolearn.bankimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.oncolearn.bankimport.internal.CourseFromBank;
import org.oncolearn.bankimport.internal.GiftBankReader;
import org.oncolearn.bankimport.internal.MoodleXmlBankReader;
import org.oncolearn.bankimport.internal.QtiBankReader;
import org.oncolearn.course.Course;
import org.oncolearn.message.Message;

/**
 * Reads a Moodle XML or GIFT file, or QTI 3.0 (a content package or one item), into a course for the editor. Nothing is created here: a file is read whole and
 * either gives a course or an {@link UnreadableBankException}, so a bad file never leaves half a draft behind.
 */
public final class QuestionBankImport {

    /** Question banks of exams run to a few hundred questions; 2 MB holds thousands. */
    public static final int MAX_BYTES = 2_000_000;

    private QuestionBankImport() {}

    /** Moodle XML ({@code .xml}) or GIFT ({@code .gift}, {@code .gift.txt}), by the name the educator's file has. */
    public static boolean isBankName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xml") || name.endsWith(".gift") || name.endsWith(".gift.txt");
    }

    /**
     * Whether a zip is a QTI 3.0 content package (a manifest at its top and no course files) rather than a course zip.
     */
    public static boolean isQtiPackage(String fileName, byte[] bytes) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".zip") && QtiBankReader.isPackage(fileName, bytes);
    }

    /** How the file is kept in the draft's record: {@code qti3}, {@code moodle-xml} or {@code gift}. */
    public static String format(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip") || (name.endsWith(".xml") && QtiBankReader.looksLikeItem(bytes))) {
            return "qti3";
        }
        return name.endsWith(".xml") ? "moodle-xml" : "gift";
    }

    public static ReadBank read(String fileName, byte[] bytes) throws UnreadableBankException {
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableBankException(Message.of("bank.tooLarge", fileName, MAX_BYTES / 1_000_000));
        }
        switch (format(fileName, bytes)) {
            case "qti3" -> {
                return QtiBankReader.read(fileName, bytes);
            }
            case "moodle-xml" -> {
                try {
                    return MoodleXmlBankReader.read(bytes);
                } catch (UnreadableBankException e) {
                    throw inFile(fileName, e);
                }
            }
            default -> {
                // GIFT, read below as UTF-8 text.
            }
        }
        String gift = utf8(fileName, bytes);
        try {
            return GiftBankReader.read(gift);
        } catch (UnreadableBankException e) {
            throw inFile(fileName, e);
        }
    }

    /**
     * The Moodle XML and GIFT readers know lines and questions but not the file; the educator needs its name too, as
     * the QTI reader and the other imports give it.
     */
    private static UnreadableBankException inFile(String fileName, UnreadableBankException problem) {
        return new UnreadableBankException(Message.of("bank.inFile", fileName, problem.message()), problem);
    }

    /**
     * The course the questions make; its id comes from the file name the way the exporter names files
     * ({@code immunotherapy-v3-moodle.xml} gives {@code immunotherapy}).
     */
    public static Course toCourse(ReadBank bank, String fileName) {
        String base = fileName.replaceFirst(
                        "(?i)(-moodle\\.xml|-qti3\\.zip|\\.zip|\\.gift\\.txt|\\.gift|\\.xml|\\.txt)$", "")
                .replaceFirst("-v\\d+$", "");
        String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        id = id.isEmpty() ? "imported" : id.length() > 64 ? id.substring(0, 64).replaceAll("-+$", "") : id;
        return CourseFromBank.convert(bank, id, base.isBlank() ? "Imported questions" : base);
    }

    private static String utf8(String fileName, byte[] bytes) throws UnreadableBankException {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableBankException(Message.of("bank.notUtf8", fileName));
        }
    }
}
