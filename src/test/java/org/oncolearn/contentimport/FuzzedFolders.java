package org.oncolearn.contentimport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Course folders broken at the level of bytes and files, and lesson lists that try to leave the folder. */
final class FuzzedFolders {

    /** Byte sequences no UTF-8 decoder accepts: stray continuations, overlong forms, surrogates, cut sequences. */
    private static final List<byte[]> NOT_UTF8 = List.of(
            bytes(0x80),
            bytes(0xC3),
            bytes(0xC3, 0x28),
            bytes(0xFF),
            bytes(0xFE, 0xFF),
            bytes(0xC0, 0x80),
            bytes(0xED, 0xA0, 0x80),
            bytes(0xF4, 0x90, 0x80, 0x80),
            bytes(0xE2, 0x82),
            bytes(0xF0, 0x9F, 0x98));

    /** The loader's limit is 1,000,000 bytes; sizes straddle it closely and by a margin. */
    private static final int LIMIT = 1_000_000;

    /** Lesson entries that point outside the course folder, or try to look as if they do not. */
    static final List<String> ESCAPING_NAMES = List.of(
            "../secret.yaml",
            "../../secret.yaml",
            "../lesson-1.yaml",
            "../other/lesson-1.yaml",
            "..",
            "../",
            "./lesson-1.yaml",
            "lesson-1.yaml/../../secret.yaml",
            FuzzedFolder.ROOT_PLACEHOLDER + "/secret.yaml",
            FuzzedFolder.ROOT_PLACEHOLDER + "/lesson-1.yaml",
            "/etc/passwd",
            "/tmp",
            "C:\\Windows\\win.ini",
            "..\\secret.yaml",
            "%2e%2e%2fsecret.yaml",
            "..%2fsecret.yaml",
            "~/secret.yaml",
            "file:///etc/passwd",
            "secret.yaml\u0000.yaml",
            "lesson-1.yaml\u0000",
            "....//secret.yaml",
            "..;/secret.yaml",
            "\u2025/secret.yaml",
            "\uFF0E\uFF0E/secret.yaml",
            "..\u2215secret.yaml",
            "lesson-1.yaml\n../secret.yaml",
            " ../secret.yaml",
            "../secret.yml",
            ".yaml",
            "..yaml",
            "...yaml",
            "-.yaml",
            "nul.yaml",
            "con",
            "lesson-1.YAML",
            "a/../secret.yaml",
            "lesson-1.yaml",
            "lesson-2.yaml");

    private FuzzedFolders() {}

    /** A course folder on disk with one to three changes to its bytes or files. */
    static Arbitrary<FuzzedFolder> broken(Arbitrary<FuzzedCourse> courses) {
        return Combinators.combine(
                        courses.map(FuzzedFolder::of),
                        changes().list().ofMinSize(1).ofMaxSize(3))
                .as((folder, changes) -> {
                    FuzzedFolder changed = folder;
                    for (Change change : changes) {
                        changed = change.applyTo(changed);
                    }
                    return changed;
                });
    }

    static Arbitrary<Change> changes() {
        Arbitrary<Integer> pick = Arbitraries.integers().greaterOrEqual(0);
        return Arbitraries.oneOf(
                Combinators.combine(pick, pick, Arbitraries.of(NOT_UTF8)).as(FuzzedFolders::insertBytes),
                Combinators.combine(
                                pick,
                                Arbitraries.of(
                                        StandardCharsets.UTF_16,
                                        StandardCharsets.UTF_16LE,
                                        Charset.forName("UTF-32"),
                                        StandardCharsets.ISO_8859_1))
                        .as(FuzzedFolders::encodeAs),
                Combinators.combine(
                                pick,
                                Arbitraries.oneOf(
                                        Arbitraries.integers().between(LIMIT - 64, LIMIT + 64),
                                        Arbitraries.integers().between(0, LIMIT + 200_000)))
                        .as(FuzzedFolders::padTo),
                pick.map(at -> onFile(at, "missing", (files, name) -> files.remove(name))),
                pick.map(at ->
                        onFile(at, "a folder instead", (files, name) -> files.put(name + "/", files.remove(name)))),
                pick.map(at -> onFile(at, "empty", (files, name) -> files.put(name, new byte[0]))),
                Combinators.combine(
                                pick, Arbitraries.bytes().array(byte[].class).ofMaxSize(3_000))
                        .as((at, noise) -> onFile(at, "random bytes", (files, name) -> files.put(name, noise))),
                Combinators.combine(pick, CourseEdits.textEdits()).as(FuzzedFolders::editText));
    }

    private static Change insertBytes(int at, int offset, byte[] inserted) {
        return onFile(at, "bytes " + hex(inserted) + " at " + offset, (files, name) -> {
            byte[] old = files.get(name);
            int i = offset % (old.length + 1);
            ByteArrayOutputStream changed = new ByteArrayOutputStream();
            changed.write(old, 0, i);
            changed.writeBytes(inserted);
            changed.write(old, i, old.length - i);
            files.put(name, changed.toByteArray());
        });
    }

    private static Change encodeAs(int at, Charset charset) {
        return onFile(at, "encoded as " + charset, (files, name) -> {
            String text = "# Übersicht für Pflegekräfte\n" + new String(files.get(name), StandardCharsets.UTF_8);
            files.put(name, text.getBytes(charset));
        });
    }

    /** Pads with a comment, which leaves the YAML valid, so only the size decides. */
    private static Change padTo(int at, int size) {
        return onFile(at, "padded to " + size + " bytes", (files, name) -> {
            byte[] old = files.get(name);
            String padding = "\n#" + "x".repeat(Math.max(0, size - old.length - 2));
            byte[] padded = new byte[Math.max(size, old.length)];
            System.arraycopy(old, 0, padded, 0, old.length);
            byte[] tail = padding.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(tail, 0, padded, old.length, Math.min(tail.length, padded.length - old.length));
            files.put(name, padded);
        });
    }

    private static Change editText(int at, CourseEdits.TextEdit edit) {
        return onFile(at, edit.how(), (files, name) -> {
            String text = new String(files.get(name), StandardCharsets.UTF_8);
            files.put(name, edit.apply(text).getBytes(StandardCharsets.UTF_8));
        });
    }

    private static Change onFile(int at, String how, FileChange change) {
        return folder -> {
            List<String> names = folder.files().keySet().stream()
                    .filter(n -> !n.endsWith("/"))
                    .toList();
            if (names.isEmpty()) {
                return folder;
            }
            String name = names.get(at % names.size());
            return folder.with(name + ": " + how, files -> change.apply(files, name));
        };
    }

    /** The demo course whose lesson list holds one to four entries, mostly ones that try to leave the folder. */
    static Arbitrary<FuzzedCourse> escapingLessonLists() {
        return Arbitraries.of(ESCAPING_NAMES).list().ofMinSize(1).ofMaxSize(4).map(FuzzedFolders::withLessons);
    }

    private static FuzzedCourse withLessons(List<String> entries) {
        String list = entries.stream().map(e -> "  - " + HostileYaml.quoted(e)).collect(Collectors.joining("\n"));
        String course = CourseFolder.COURSE.replace("  - lesson-1.yaml\n  - lesson-2.yaml\n", list + "\n");
        return CourseEdits.DEMO.with(
                "lessons " + entries.stream().map(CourseEdits::escaped).toList(), files -> {
                    files.put("course.yaml", course);
                    // In memory, escaping names exist as keys, standing for files outside the folder.
                    for (String entry : entries) {
                        if (!FuzzedFolder.isPlainName(entry)) {
                            files.putIfAbsent(entry, FuzzedFolder.SECRET_LESSON);
                        }
                    }
                });
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static String hex(byte[] bytes) {
        List<String> shown = new ArrayList<>();
        for (byte b : bytes) {
            shown.add("%02X".formatted(b));
        }
        return String.join(" ", shown);
    }

    /** One change to a folder. */
    @FunctionalInterface
    interface Change {
        FuzzedFolder applyTo(FuzzedFolder folder);
    }

    @FunctionalInterface
    private interface FileChange {
        void apply(java.util.SequencedMap<String, byte[]> files, String name);
    }
}
