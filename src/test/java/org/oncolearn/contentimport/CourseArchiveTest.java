package org.oncolearn.contentimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.oncolearn.course.Course;

class CourseArchiveTest {

    private static final Course BUNDLED = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
    private static final Map<String, String> FILES = CourseWriter.write(BUNDLED).files();

    // --- what is accepted ---------------------------------------------------------------------------------------

    @Test
    void the_editors_download_of_the_bundled_course_imports_as_the_same_course() throws Exception {
        byte[] zip = CourseWriter.write(BUNDLED).zip();

        CourseFileSet files = CourseArchive.read("immunotherapy.zip", zip);

        assertThat(files.folderName()).isEqualTo("immunotherapy");
        assertThat(files.files()).isEqualTo(FILES);
        assertThat(files.load()).isEqualTo(BUNDLED);
    }

    @Test
    void a_course_folder_zipped_by_hand_without_its_folder_takes_the_id_from_course_yaml() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        FILES.forEach((name, text) -> entries.put(name, utf8(text)));

        CourseFileSet files = CourseArchive.read("My course (1).zip", zip(entries));

        assertThat(files.folderName()).isEqualTo("immunotherapy");
        assertThat(files.load()).isEqualTo(BUNDLED);
    }

    @Test
    void a_zip_made_on_a_mac_with_folder_entries_metadata_and_a_deeper_path_imports_and_ignores_the_clutter()
            throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("quizzes/", new byte[0]);
        entries.put("quizzes/immunotherapy/", new byte[0]);
        entries.put("quizzes/immunotherapy/.DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
        entries.put("__MACOSX/quizzes/immunotherapy/._course.yaml", new byte[] {0, 5, 22, 7, 0, 2});
        // Windows editors save UTF-8 with a byte-order mark; it must not end up in the text.
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        FILES.forEach((name, text) -> entries.put("quizzes/immunotherapy/" + name, concat(bom, utf8(text))));

        CourseFileSet files = CourseArchive.read("quizzes.zip", zip(entries));

        assertThat(files.files().keySet()).containsExactlyElementsOf(FILES.keySet());
        assertThat(files.load()).isEqualTo(BUNDLED);
    }

    @Test
    void importing_writes_nothing_to_the_working_directory_or_the_temporary_folder() throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<String> entryNames = Set.of("immunotherapy", "course.yaml", "lesson-1.yaml", "lesson-4.yaml");
        Set<String> tmpBefore = namesIn(tmp, entryNames);

        CourseArchive.read("immunotherapy.zip", CourseWriter.write(BUNDLED).zip());

        assertThat(namesIn(cwd, entryNames)).isEmpty();
        assertThat(namesIn(tmp, entryNames)).isEqualTo(tmpBefore);
    }

    // --- oversize and wrong type --------------------------------------------------------------------------------

    @Test
    void an_upload_over_two_megabytes_is_refused_before_it_is_looked_at() {
        byte[] big = new byte[2_500_000];
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, big, 0, 4);

        assertThatThrownBy(() -> CourseArchive.read("course.zip", big))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("course.zip is 2.5 MB; the limit for a course zip is 2 MB. Zip only the course folder.");
    }

    @Test
    void a_pdf_named_zip_is_refused_by_its_first_bytes() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> CourseArchive.read("course.zip", pdf))
                .hasMessage("course.zip is not a zip file (it looks like a PDF document). Upload the .zip that"
                        + " \"Download course files\" in the course editor makes, or a zip of one course folder.");
    }

    @Test
    void a_png_named_zip_is_refused_by_its_first_bytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThatThrownBy(() -> CourseArchive.read("course.zip", png))
                .hasMessage("course.zip is not a zip file (it looks like a PNG image). Upload the .zip that"
                        + " \"Download course files\" in the course editor makes, or a zip of one course folder.");
    }

    @Test
    void random_bytes_named_zip_are_refused_as_not_a_zip() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 'X';

        assertThatThrownBy(() -> CourseArchive.read("course.zip", noise))
                .hasMessage("course.zip is not a zip file. Upload the .zip that \"Download course files\" in the course"
                        + " editor makes, or a zip of one course folder.");
    }

    @Test
    void a_zip_cut_off_in_the_middle_is_refused_as_damaged() {
        byte[] zip = CourseWriter.write(BUNDLED).zip();

        assertThatThrownBy(() -> CourseArchive.read("course.zip", Arrays.copyOf(zip, zip.length / 2)))
                .hasMessage("course.zip is damaged or incomplete: its list of files is missing. Download or zip the"
                        + " course folder again.");
    }

    @Test
    void a_zip_holding_a_program_is_refused_naming_the_entry() {
        Map<String, byte[]> entries = bundledIn("immunotherapy/");
        entries.put("immunotherapy/setup.exe", new byte[] {'M', 'Z', (byte) 0x90, 0});

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip(entries)))
                .hasMessage("course.zip: entry \"immunotherapy/setup.exe\" is not a course file. A course zip holds"
                        + " only course.yaml and the lesson .yaml files; remove other files and zip the folder"
                        + " again.");
    }

    @Test
    void a_zip_inside_the_zip_is_refused_without_being_opened() {
        Map<String, byte[]> entries = bundledIn("immunotherapy/");
        entries.put("immunotherapy/more.zip", CourseWriter.write(BUNDLED).zip());

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip(entries)))
                .hasMessage("course.zip: entry \"immunotherapy/more.zip\" is not a course file. A course zip holds"
                        + " only course.yaml and the lesson .yaml files; remove other files and zip the folder"
                        + " again.");
    }

    // --- zip slip -----------------------------------------------------------------------------------------------

    @Test
    void an_entry_that_climbs_out_with_dot_dot_is_refused_and_creates_no_file() throws Exception {
        String evil = "evil-" + UUID.randomUUID() + ".txt";
        Path cwd = Path.of("").toAbsolutePath();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        List<Path> targets = List.of(
                cwd.resolve(evil),
                cwd.resolve("../../" + evil).normalize(),
                tmp.resolve(evil),
                tmp.resolve("../../" + evil).normalize());
        Map<String, byte[]> entries = bundledIn("immunotherapy/");
        entries.put("../../" + evil, utf8("owned"));

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip(entries)))
                .hasMessage("course.zip: entry \"../../" + evil + "\" has an unsafe path: it goes up a folder"
                        + " (\"..\"). Nothing was imported; zip the course folder itself.");
        assertThat(targets).noneMatch(Files::exists);
    }

    @Test
    void an_entry_with_dot_dot_inside_the_course_folder_is_refused() {
        Map<String, byte[]> entries = bundledIn("immunotherapy/");
        entries.put("immunotherapy/../../etc/cron.d/x.yaml", utf8("x: 1"));

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip(entries)))
                .hasMessage("course.zip: entry \"immunotherapy/../../etc/cron.d/x.yaml\" has an unsafe path: it goes"
                        + " up a folder (\"..\"). Nothing was imported; zip the course folder itself.");
    }

    @Test
    void an_entry_with_an_absolute_path_is_refused() {
        Map<String, byte[]> entries = bundledIn("immunotherapy/");
        entries.put("/tmp/evil.yaml", utf8("x: 1"));

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip(entries)))
                .hasMessage("course.zip: entry \"/tmp/evil.yaml\" has an unsafe path: it is an absolute path."
                        + " Nothing was imported; zip the course folder itself.");
    }

    @Test
    void an_entry_with_backslashes_is_refused() {
        Map<String, byte[]> entries = bundledIn("immunotherapy/");
        entries.put("..\\..\\evil.yaml", utf8("x: 1"));

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip(entries)))
                .hasMessage("course.zip: entry \"..\\..\\evil.yaml\" has an unsafe path: it contains a backslash."
                        + " Nothing was imported; zip the course folder itself.");
    }

    @Test
    void an_entry_with_a_drive_letter_is_refused() {
        Map<String, byte[]> entries = bundledIn("immunotherapy/");
        entries.put("C:/Windows/evil.yaml", utf8("x: 1"));

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip(entries)))
                .hasMessage("course.zip: entry \"C:/Windows/evil.yaml\" has an unsafe path: it starts with a drive"
                        + " letter. Nothing was imported; zip the course folder itself.");
    }

    @Test
    void an_entry_with_a_control_character_is_refused_and_shown_readably() {
        Map<String, byte[]> entries = bundledIn("immunotherapy/");
        entries.put("immunotherapy/lesson-1.yaml\u0000.exe", utf8("x: 1"));

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip(entries)))
                .hasMessage("course.zip: entry \"immunotherapy/lesson-1.yaml\\u0000.exe\" has an unsafe path: it"
                        + " contains a control character. Nothing was imported; zip the course folder itself.");
    }

    // --- zip bombs ----------------------------------------------------------------------------------------------

    @Test
    void fifty_megabytes_of_zeros_packed_into_a_lesson_are_refused_as_a_zip_bomb() throws Exception {
        Map<String, byte[]> entries = bundledIn("immunotherapy/");
        entries.put("immunotherapy/lesson-1.yaml", new byte[50 * 1024 * 1024]);
        byte[] bomb = zip(entries);
        assertThat(bomb.length).isLessThan(CourseArchive.MAX_UPLOAD_BYTES);

        assertThatThrownBy(() -> CourseArchive.read("course.zip", bomb))
                .hasMessage("course.zip: entry \"immunotherapy/lesson-1.yaml\" unpacks to more than 100 times its"
                        + " packed size. That is how a zip bomb looks, not a course file; nothing was imported.");
    }

    @Test
    void a_gigabyte_bomb_that_declares_a_small_size_is_stopped_long_before_it_is_unpacked() {
        RawZip zip = new RawZip();
        FILES.forEach((name, text) -> {
            if (!name.equals("lesson-1.yaml")) {
                zip.stored(utf8("immunotherapy/" + name), utf8(text));
            }
        });
        // 1 GiB of zeros; the zip claims 1000 bytes. Unpacking it all would take seconds and a gigabyte of memory.
        zip.deflated(utf8("immunotherapy/lesson-1.yaml"), zerosDeflated(1024), 1000, 0);
        byte[] bomb = zip.bytes();
        assertThat(bomb.length).isLessThan(CourseArchive.MAX_UPLOAD_BYTES);

        assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () -> assertThatThrownBy(() -> CourseArchive.read("course.zip", bomb))
                        .hasMessage("course.zip: entry \"immunotherapy/lesson-1.yaml\" unpacks to more than 100 times"
                                + " its packed size. That is how a zip bomb looks, not a course file; nothing was"
                                + " imported."));
    }

    @Test
    void an_entry_over_one_megabyte_unpacked_is_refused_even_at_an_ordinary_ratio() {
        Map<String, byte[]> entries = bundledIn("immunotherapy/");
        entries.put("immunotherapy/lesson-1.yaml", text(1_200_000, 1));

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip(entries)))
                .hasMessage("course.zip: entry \"immunotherapy/lesson-1.yaml\" is larger than 1 MB when unpacked;"
                        + " course files are short text. Nothing was imported.");
    }

    @Test
    void entries_that_together_unpack_beyond_five_megabytes_are_refused() {
        Map<String, byte[]> entries = bundledIn("immunotherapy/");
        for (int i = 1; i <= 6; i++) {
            entries.put("immunotherapy/lesson-" + (10 + i) + ".yaml", text(950_000, i));
        }
        byte[] zip = zip(entries);
        assertThat(zip.length).isLessThan(CourseArchive.MAX_UPLOAD_BYTES);

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip))
                .hasMessage("course.zip unpacks to more than 5 MB (reached at entry \"immunotherapy/lesson-16.yaml\");"
                        + " a course is far smaller. Nothing was imported.");
    }

    @Test
    void a_zip_of_ten_thousand_entries_is_refused_before_any_is_read() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 10_000; i++) {
            entries.put("immunotherapy/lesson-" + i + ".yaml", new byte[0]);
        }

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip(entries)))
                .hasMessage("course.zip holds 10000 entries; a course zip holds at most 200. Zip only the course"
                        + " folder.");
    }

    // --- encoding -----------------------------------------------------------------------------------------------

    @Test
    void a_lesson_saved_as_latin_1_is_refused_naming_the_entry_and_the_byte() {
        Map<String, byte[]> entries = bundledIn("immunotherapy/");
        String text = FILES.get("lesson-2.yaml").replaceFirst("title: ", "title: Übelkeit – ");
        entries.put("immunotherapy/lesson-2.yaml", text.getBytes(StandardCharsets.ISO_8859_1));
        int firstBadByte = text.indexOf('Ü') + 1;

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip(entries)))
                .hasMessage("course.zip: entry \"immunotherapy/lesson-2.yaml\" is not valid UTF-8 (at byte "
                        + firstBadByte + "). Save the file as UTF-8 and zip the folder again.");
    }

    @Test
    void an_entry_name_that_is_not_utf_8_is_refused_by_its_number() {
        RawZip zip = new RawZip();
        zip.stored(utf8("immunotherapy/course.yaml"), utf8(FILES.get("course.yaml")));
        zip.stored("immunotherapy/le\u00e7on.yaml".getBytes(StandardCharsets.ISO_8859_1), utf8("x: 1"));

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip.bytes()))
                .hasMessage("course.zip: entry number 2 has a name that is not valid UTF-8. Use plain file names, or"
                        + " zip the course folder again with a tool that stores UTF-8 names.");
    }

    // --- ambiguous or incomplete --------------------------------------------------------------------------------

    @Test
    void a_zip_with_the_same_entry_twice_is_refused() {
        RawZip zip = new RawZip();
        FILES.forEach((name, text) -> zip.stored(utf8("immunotherapy/" + name), utf8(text)));
        zip.stored(
                utf8("immunotherapy/course.yaml"), utf8(FILES.get("course.yaml").replace("mastery: 80", "")));

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip.bytes()))
                .hasMessage("course.zip holds the entry \"immunotherapy/course.yaml\" twice, so it is unclear which"
                        + " one to use. Zip the course folder again.");
    }

    @Test
    void a_zip_without_course_yaml_is_refused() {
        Map<String, byte[]> entries = bundledIn("immunotherapy/");
        entries.remove("immunotherapy/course.yaml");

        assertThatThrownBy(() -> CourseArchive.read("lessons.zip", zip(entries)))
                .hasMessage("lessons.zip has no course.yaml. Upload the .zip that \"Download course files\" in the"
                        + " course editor makes, or a zip of one course folder from quizzes/.");
    }

    @Test
    void a_zip_of_two_courses_is_refused() {
        Map<String, byte[]> entries = bundledIn("immunotherapy/");
        entries.putAll(bundledIn("immunotherapy-copy/"));

        assertThatThrownBy(() -> CourseArchive.read("quizzes.zip", zip(entries)))
                .hasMessage("quizzes.zip holds more than one course (immunotherapy/course.yaml,"
                        + " immunotherapy-copy/course.yaml). Import one course at a time.");
    }

    @Test
    void a_lesson_in_a_subfolder_is_refused_as_not_next_to_course_yaml() {
        Map<String, byte[]> entries = bundledIn("immunotherapy/");
        entries.put("immunotherapy/old/lesson-1.yaml", utf8(FILES.get("lesson-1.yaml")));

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip(entries)))
                .hasMessage("course.zip: entry \"immunotherapy/old/lesson-1.yaml\" is not next to"
                        + " immunotherapy/course.yaml. Put all the course's files in one folder and zip it again.");
    }

    @Test
    void a_course_that_does_not_load_is_refused_with_its_problems_by_entry_and_line() {
        Map<String, byte[]> entries = bundledIn("immunotherapy/");
        entries.put("immunotherapy/course.yaml", utf8(FILES.get("course.yaml").replace("\ntitle:", "\ntitel:")));
        entries.remove("immunotherapy/lesson-4.yaml");

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip(entries)))
                .hasMessage("course.zip holds a course that does not load (3 problems), so there is nothing for the"
                        + " editor to open. Fix them and upload the zip again:\n"
                        + "immunotherapy/course.yaml:2: missing required field \"title\"\n"
                        + "immunotherapy/course.yaml:3: unknown field \"titel\" (expected one of: confidence, id, language,"
                        + " lessons, mastery, reviewed, sources, summary, title)\n"
                        + "immunotherapy/course.yaml:14: lesson file \"lesson-4.yaml\" not found");
    }

    @Test
    void a_course_with_many_problems_lists_the_first_five_and_counts_the_rest() {
        LinkedHashMap<String, String> broken = new LinkedHashMap<>(FILES);
        broken.put("lesson-1.yaml", FILES.get("lesson-1.yaml").replace("objective:", "goal:"));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        broken.forEach((name, text) -> entries.put("immunotherapy/" + name, utf8(text)));
        int problems = new CourseFileSet("immunotherapy", broken).problems().size();
        assertThat(problems).isGreaterThan(5);

        assertThatThrownBy(() -> CourseArchive.read("course.zip", zip(entries)))
                .hasMessageStartingWith("course.zip holds a course that does not load (" + problems + " problems)")
                .hasMessageEndingWith("\n… and " + (problems - 5) + " more.")
                .satisfies(e -> assertThat(
                                e.getMessage().lines().filter(l -> l.startsWith("immunotherapy/lesson-1.yaml:")))
                        .hasSize(5));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static Map<String, byte[]> bundledIn(String folder) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        FILES.forEach((name, text) -> entries.put(folder + name, utf8(text)));
        return entries;
    }

    /** A zip as ordinary tools write it: deflated entries, sizes after the data. */
    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** YAML-like lines that pack about as well as real course text (a ratio well under 100). */
    private static byte[] text(int length, long seed) {
        Random random = new Random(seed);
        String[] words = {
            "immune",
            "tumour",
            "checkpoint",
            "nurse",
            "dose",
            "rash",
            "fatigue",
            "colitis",
            "report",
            "infusion",
            "antibody",
            "cell",
            "patient",
            "signal",
            "week",
            "fever"
        };
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append("  - ");
            for (int i = 0; i < 8; i++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            text.append(random.nextInt(100_000)).append('\n');
        }
        return utf8(text.substring(0, length));
    }

    /**
     * A raw deflate stream of {@code mebibytes} MiB of zeros, built without deflating them all: once the window is
     * full of zeros, every further MiB flushes to the same bytes, so that block is repeated.
     */
    private static byte[] zerosDeflated(int mebibytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] zeros = new byte[1 << 20];
        List<byte[]> rounds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            deflater.setInput(zeros);
            rounds.add(drain(deflater, Deflater.SYNC_FLUSH));
        }
        assertThat(rounds.get(3)).isEqualTo(rounds.get(2));
        deflater.finish();
        byte[] end = drain(deflater, Deflater.NO_FLUSH);
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(rounds.get(0));
        out.writeBytes(rounds.get(1));
        for (int i = 2; i < mebibytes; i++) {
            out.writeBytes(rounds.get(2));
        }
        out.writeBytes(end);
        return out.toByteArray();
    }

    private static byte[] drain(Deflater deflater, int flush) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, flush);
            out.write(buffer, 0, n);
        } while (n == buffer.length || (flush == Deflater.NO_FLUSH && !deflater.finished()));
        return out.toByteArray();
    }

    private static Set<String> namesIn(Path folder, Set<String> names) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(names::contains)
                    .collect(Collectors.toSet());
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /**
     * Writes zips byte by byte, for what {@link ZipOutputStream} refuses to write: the same entry twice, names in
     * another encoding, sizes that lie.
     */
    private static final class RawZip {
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();
        private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
        private int count;

        void stored(byte[] name, byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            add(name, 0, content, content.length, crc.getValue());
        }

        void deflated(byte[] name, byte[] packed, long declaredSize, long declaredCrc) {
            add(name, 8, packed, declaredSize, declaredCrc);
        }

        private void add(byte[] name, int method, byte[] packed, long size, long crc) {
            int offset = data.size();
            int32(data, 0x04034b50);
            int16(data, 20);
            int16(data, 0);
            int16(data, method);
            int32(data, 0);
            int32(data, (int) crc);
            int32(data, packed.length);
            int32(data, (int) size);
            int16(data, name.length);
            int16(data, 0);
            data.writeBytes(name);
            data.writeBytes(packed);
            int32(directory, 0x02014b50);
            int16(directory, 20);
            int16(directory, 20);
            int16(directory, 0);
            int16(directory, method);
            int32(directory, 0);
            int32(directory, (int) crc);
            int32(directory, packed.length);
            int32(directory, (int) size);
            int16(directory, name.length);
            int16(directory, 0);
            int16(directory, 0);
            int16(directory, 0);
            int16(directory, 0);
            int32(directory, 0);
            int32(directory, offset);
            directory.writeBytes(name);
            count++;
        }

        byte[] bytes() {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            zip.writeBytes(data.toByteArray());
            zip.writeBytes(directory.toByteArray());
            int32(zip, 0x06054b50);
            int16(zip, 0);
            int16(zip, 0);
            int16(zip, count);
            int16(zip, count);
            int32(zip, directory.size());
            int32(zip, data.size());
            int16(zip, 0);
            return zip.toByteArray();
        }

        private static void int16(ByteArrayOutputStream out, int value) {
            out.write(value & 0xFF);
            out.write(value >>> 8 & 0xFF);
        }

        private static void int32(ByteArrayOutputStream out, int value) {
            int16(out, value & 0xFFFF);
            int16(out, value >>> 16);
        }
    }
}
