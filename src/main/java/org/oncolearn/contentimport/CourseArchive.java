package org.oncolearn.contentimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.oncolearn.contentimport.internal.CourseParser;
import org.oncolearn.contentimport.internal.InMemoryZip;
import org.oncolearn.contentimport.internal.InMemoryZip.Entry;
import org.oncolearn.message.Message;

/**
 * Reads an uploaded zip of one course folder in the {@code quizzes/} format: what "Download course files" in the
 * course editor makes, or a course folder zipped by hand, with or without the folder itself.
 *
 * <p>Everything happens in memory; no entry is ever written to disk. The zip is refused, with a message naming the
 * file and the entry, when it is too large, not a zip, unsafe (paths that leave the folder, zip bombs, too many
 * entries), badly encoded, ambiguous (duplicate entries, two courses), or holds files that are not course files.
 * Hidden files and the {@code __MACOSX} folder that zip tools add are ignored without being unpacked.
 *
 * <p>A course that does not load is refused too, listing its first problems with file and line: drafts hold a loaded
 * course, so there would be nothing for the editor to show. Lint findings, missing reviews and fact-check flags do
 * not stop an import; the editor shows them.
 */
public final class CourseArchive {

    /** A course is about 100 kB of YAML, 25 kB zipped; this leaves room for a course twenty times that size. */
    public static final int MAX_UPLOAD_BYTES = 2_000_000;
    /** Course file, lessons and folder entries, twice over for the metadata macOS adds; far beyond any course. */
    public static final int MAX_ENTRIES = 200;
    /** The loader refuses larger files anyway, so nothing bigger is worth unpacking. */
    public static final int MAX_ENTRY_BYTES = 1_000_000;
    /** Bounds memory whatever the entries: fifty times the bundled course. */
    public static final int MAX_TOTAL_BYTES = 5_000_000;
    /** YAML text packs about 3–5 to 1; a zip bomb packs about 1000 to 1. */
    public static final int MAX_RATIO = 100;
    /** Below this, a file of blank lines could pack tightly without being a threat, so the ratio is not judged. */
    static final int RATIO_FROM_BYTES = 64 * 1024;
    /** Enough to start fixing; the rest show after the next try, with the file loaded in the editor if it works. */
    static final int PROBLEMS_SHOWN = 5;

    private static final String COURSE_FILE = CourseFileSet.COURSE_FILE;
    /** Names a course folder gets when its files come without one and course.yaml declares no usable id. */
    private static final String UNNAMED = "course";

    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");
    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini");
    /**
     * First bytes of files educators upload by mistake, so the message can say what the file seems to be (keyed by
     * the message that names the kind of file).
     */
    private static final SequencedMap<String, int[]> OTHER_TYPES = new LinkedHashMap<>();

    static {
        OTHER_TYPES.put("zip.looksLike.pdf", new int[] {'%', 'P', 'D', 'F'});
        OTHER_TYPES.put("zip.looksLike.png", new int[] {0x89, 'P', 'N', 'G'});
        OTHER_TYPES.put("zip.looksLike.jpeg", new int[] {0xFF, 0xD8, 0xFF});
        OTHER_TYPES.put("zip.looksLike.exe", new int[] {'M', 'Z'});
        OTHER_TYPES.put("zip.looksLike.gz", new int[] {0x1F, 0x8B});
        OTHER_TYPES.put("zip.looksLike.rar", new int[] {'R', 'a', 'r', '!'});
        OTHER_TYPES.put("zip.looksLike.7z", new int[] {'7', 'z', 0xBC, 0xAF});
    }

    private CourseArchive() {}

    /** Whether an upload should be read as a course zip rather than as a document. */
    public static boolean isArchiveName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * The course files in the zip, checked to load as a course.
     *
     * @throws UnreadableDocumentException with a message for the educator that names the file and, where there is
     *     one, the entry
     */
    public static CourseFileSet read(String fileName, byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length > MAX_UPLOAD_BYTES) {
            throw new UnreadableDocumentException(Message.of(
                    "zip.tooLarge",
                    fileName,
                    InMemoryZip.megabytes(bytes.length),
                    InMemoryZip.megabytes(MAX_UPLOAD_BYTES)));
        }
        requireZip(fileName, bytes);
        InMemoryZip zip = new InMemoryZip(fileName, bytes);
        List<Entry> entries = zip.entries(MAX_ENTRIES);
        // Every name is judged before anything is unpacked or skipped, so one unsafe entry refuses the whole zip.
        Set<String> seen = new HashSet<>();
        for (Entry entry : entries) {
            requireSafePath(fileName, entry.name());
            if (!seen.add(entry.name())) {
                throw new UnreadableDocumentException(Message.of("zip.duplicate", fileName, shown(entry.name())));
            }
        }
        List<Entry> files = entries.stream()
                .filter(e -> !e.isFolder() && !isSystemClutter(e.name()))
                .toList();
        Entry courseYaml = courseFileOf(fileName, files);
        String folder = folderOf(courseYaml.name());
        for (Entry entry : files) {
            if (!isYaml(entry.name())) {
                throw new UnreadableDocumentException(Message.of("zip.notCourseFile", fileName, shown(entry.name())));
            }
            if (!folderOf(entry.name()).equals(folder)) {
                throw new UnreadableDocumentException(
                        Message.of("zip.otherFolder", fileName, shown(entry.name()), shown(courseYaml.name())));
            }
        }
        InMemoryZip.Limits limits =
                new InMemoryZip.Limits(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES, MAX_RATIO, RATIO_FROM_BYTES);
        SequencedMap<String, String> texts = new LinkedHashMap<>();
        Map<String, String> entryOf = new HashMap<>();
        texts.put(COURSE_FILE, text(fileName, courseYaml, zip.unpack(courseYaml, limits)));
        entryOf.put(COURSE_FILE, courseYaml.name());
        for (Entry entry : files) {
            if (entry != courseYaml) {
                String name = entry.name().substring(folder.length());
                texts.put(name, text(fileName, entry, zip.unpack(entry, limits)));
                entryOf.put(name, entry.name());
            }
        }
        String id = folder.isEmpty()
                ? CourseParser.declaredId(texts.get(COURSE_FILE)).orElse(UNNAMED)
                : folder.substring(folder.lastIndexOf('/', folder.length() - 2) + 1, folder.length() - 1);
        CourseFileSet course = new CourseFileSet(id, texts);
        try {
            course.load();
        } catch (InvalidCourseException e) {
            throw doesNotLoad(fileName, e.problems(), entryOf);
        }
        return course;
    }

    private static void requireZip(String fileName, byte[] bytes) throws UnreadableDocumentException {
        // "PK\3\4" starts a zip with files; "PK\5\6" is an empty zip, refused later for having no course.yaml.
        if (startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 'P', 'K', 5, 6)) {
            return;
        }
        for (Map.Entry<String, int[]> type : OTHER_TYPES.entrySet()) {
            if (startsWith(bytes, type.getValue())) {
                throw new UnreadableDocumentException(
                        Message.of("zip.notZipLooksLike", fileName, Message.of(type.getKey())));
            }
        }
        throw new UnreadableDocumentException(Message.of("zip.notZip", fileName));
    }

    /** Refuses names that could point outside a folder if anyone ever unpacked them ("zip slip"). */
    private static void requireSafePath(String fileName, String name) throws UnreadableDocumentException {
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
            String[] parts = (name.endsWith("/") ? name.substring(0, name.length() - 1) : name).split("/", -1);
            for (String part : parts) {
                if (part.equals("..")) {
                    reason = "path.up";
                    break;
                }
                if (part.isEmpty() || part.equals(".")) {
                    reason = "path.emptyFolder";
                    break;
                }
            }
        }
        if (reason != null) {
            throw new UnreadableDocumentException(
                    Message.of("zip.unsafePath", fileName, shown(name), Message.of(reason)));
        }
    }

    private static Entry courseFileOf(String fileName, List<Entry> files) throws UnreadableDocumentException {
        List<Entry> courseFiles = files.stream()
                .filter(e -> e.name().equals(COURSE_FILE) || e.name().endsWith("/" + COURSE_FILE))
                .toList();
        if (courseFiles.isEmpty()) {
            throw new UnreadableDocumentException(Message.of("zip.noCourse", fileName));
        }
        if (courseFiles.size() > 1) {
            throw new UnreadableDocumentException(Message.of(
                    "zip.twoCourses",
                    fileName,
                    String.join(
                            ", ", courseFiles.stream().map(e -> shown(e.name())).toList())));
        }
        return courseFiles.getFirst();
    }

    /** Zip tools add these (macOS resource forks, .DS_Store, Windows thumbnails); they are never course files. */
    private static boolean isSystemClutter(String name) {
        for (String part : name.split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return SYSTEM_FILES.contains(name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /** The folder part of an entry name with its final slash, or "" at the top of the zip. */
    private static String folderOf(String name) {
        return name.substring(0, name.lastIndexOf('/') + 1);
    }

    private static String text(String fileName, Entry entry, byte[] bytes) throws UnreadableDocumentException {
        // Windows editors put a byte-order mark in front of UTF-8; it is not part of the text.
        int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        ByteBuffer input = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(input)
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(
                    Message.of("zip.notUtf8", fileName, shown(entry.name()), input.position() + 1));
        }
    }

    private static UnreadableDocumentException doesNotLoad(
            String fileName, List<ContentProblem> problems, Map<String, String> entryOf) {
        // The loader's own sentences stay as it says them (DECISIONS 49); the file and line lead each one.
        StringBuilder listed = new StringBuilder();
        for (ContentProblem problem : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
            // The loader names files as if they were in quizzes/<id>/; the educator knows them by their zip entry.
            String file = problem.file().substring(problem.file().lastIndexOf('/') + 1);
            String where = shown(entryOf.getOrDefault(file, file)) + (problem.line() > 0 ? ":" + problem.line() : "");
            listed.append('\n').append(where).append(": ").append(problem.message());
        }
        Object more = problems.size() > PROBLEMS_SHOWN
                ? Message.of("zip.doesNotLoad.more", problems.size() - PROBLEMS_SHOWN)
                : "";
        return new UnreadableDocumentException(
                Message.of("zip.doesNotLoad", fileName, problems.size(), listed.toString(), more));
    }

    /** An entry name as it can be shown safely: control characters made visible, very long names shortened. */
    private static String shown(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(200).forEach(c -> {
            if (c < 0x20 || c == 0x7F) {
                shown.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return name.codePointCount(0, name.length()) > 200 ? shown + "…" : shown.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
