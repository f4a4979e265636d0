package org.oncolearn.contentimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A generated course folder as bytes on disk, so that reading is fuzzed too: encodings, sizes, missing files and
 * folders where files should be. A name ending in "/" stands for a folder of that name.
 */
record FuzzedFolder(String how, String folderName, SequencedMap<String, byte[]> files) {

    /** Written into course files as text and replaced by the real temporary folder, for absolute lesson paths. */
    static final String ROOT_PLACEHOLDER = "@ROOT@";

    /** A valid lesson that sits outside the course folder; no lesson list may ever reach it. */
    static final String SECRET_LESSON =
            CourseFolder.LESSON_1.replace("id: first", "id: secret-lesson").replace("id: a1", "id: secret-check");

    static final String SECRET_LESSON_ID = "secret-lesson";

    FuzzedFolder {
        files = new LinkedHashMap<>(files);
    }

    /**
     * Names that stay inside the folder they are resolved in: no separator, no parent or current folder, nothing a
     * file system refuses. Anything else, such as "../secret.yaml", stands for a file outside.
     */
    private static final Pattern PLAIN_NAME = Pattern.compile("(?!\\.{1,2}$)[^/\\\\\\x00-\\x1F]+");

    /**
     * The course's files as UTF-8 bytes. Names that would leave the folder are dropped: in memory they stand for files
     * outside it, but on disk the test must never write outside its temporary folder, so {@link #writeInto} plants
     * those files itself.
     */
    static FuzzedFolder of(FuzzedCourse course) {
        SequencedMap<String, byte[]> bytes = new LinkedHashMap<>();
        course.files().forEach((name, text) -> {
            if (isPlainName(name)) {
                bytes.put(name, text.getBytes(StandardCharsets.UTF_8));
            }
        });
        return new FuzzedFolder(course.how(), course.folderName(), bytes);
    }

    static boolean isPlainName(String name) {
        return PLAIN_NAME.matcher(name).matches();
    }

    FuzzedFolder with(String change, Consumer<SequencedMap<String, byte[]>> edit) {
        SequencedMap<String, byte[]> changed = new LinkedHashMap<>(files);
        edit.accept(changed);
        return new FuzzedFolder(how.isEmpty() ? change : how + "; " + change, folderName, changed);
    }

    /**
     * Writes the course into {@code root/<folder>} and secret lessons next to it and above it.
     *
     * @return the course folder
     */
    Path writeInto(Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve(folderName));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().endsWith("/")) {
                Files.createDirectories(folder.resolve(file.getKey()));
            } else {
                Files.write(folder.resolve(file.getKey()), withRoot(file.getValue(), root));
            }
        }
        for (String outside : new String[] {"secret.yaml", "secret.yml", "lesson-1.yaml", "other/lesson-1.yaml"}) {
            Path secret = root.resolve(outside);
            Files.createDirectories(secret.getParent());
            Files.writeString(secret, SECRET_LESSON);
        }
        return folder;
    }

    /** Latin-1 maps each byte to one char and back, so bytes that are not UTF-8 survive the replacement. */
    private static byte[] withRoot(byte[] bytes, Path root) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!text.contains(ROOT_PLACEHOLDER)) {
            return bytes;
        }
        return text.replace(ROOT_PLACEHOLDER, root.toAbsolutePath().toString()).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        StringBuilder shown = new StringBuilder("[" + how + "] in folder \"" + folderName + "\"");
        files.forEach((name, bytes) -> shown.append("\n  ")
                .append(name)
                .append(name.endsWith("/") ? " (folder)" : " (" + bytes.length + " bytes)"));
        return shown.toString();
    }
}
