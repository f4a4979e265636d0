package org.oncolearn.contentimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.oncolearn.course.Course;

/**
 * Generated broken and hostile course files, in memory and on disk. Whatever the files hold, loading either gives a
 * course or throws {@link InvalidCourseException}, within a time limit, and every problem names a file of the course
 * and a line in it. Only {@link #WHOLE_FILE_PROBLEMS} may come without a line, because no line exists for them.
 */
class CourseLoaderFuzzTest {

    /**
     * Problems about a file as a whole: it is missing, too large to read, or not a file at all. The loader knows two
     * more that no generator here can cause: an error of the operating system ("cannot be read: it could not be
     * opened (…)") and a lesson path outside the folder, which the rule for lesson file names already rules out.
     */
    static final List<String> WHOLE_FILE_PROBLEMS = List.of(
            "not found: every course folder needs a course.yaml",
            "cannot be read: it is larger than 1000 kB",
            "cannot be read: it is a folder, not a file");

    /**
     * A message is one line in the log and the editor, whatever a file holds: values from the file are cut short and
     * their line breaks and other invisible characters spelt out, so no value can pass for a problem of its own.
     */
    private static final int MAX_MESSAGE_LENGTH = 400;

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}]");

    /** Generous for a 2-core machine under load; the run prints how long the slowest load took. */
    private static final Duration LOAD_LIMIT = Duration.ofSeconds(20);

    private static final Tally TALLY = new Tally();
    private static ExecutorService loader;
    private static Path scratch;

    @BeforeContainer
    static void startLoader() throws IOException {
        // Loading runs on its own thread so that a hanging load fails the try instead of the whole build.
        loader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fuzzed-course-loader");
            thread.setDaemon(true);
            return thread;
        });
        scratch = Files.createTempDirectory("course-fuzz");
        TALLY.start();
    }

    @AfterContainer
    static void reportAndCleanUp() throws IOException {
        loader.shutdownNow();
        deleteTree(scratch);
        System.out.println(TALLY);
    }

    @Property(tries = 3000)
    void edited_course_files_never_throw_anything_but_invalid_course(@ForAll("editedCourses") FuzzedCourse course) {
        assertLoadsOrReportsLocatedProblems(course);
    }

    @Property(tries = 2500)
    void random_yaml_structures_never_throw_anything_but_invalid_course(
            @ForAll("coursesWithRandomStructures") FuzzedCourse course) {
        assertLoadsOrReportsLocatedProblems(course);
    }

    @Property(tries = 2000)
    void hostile_files_are_rejected_in_time_with_located_problems(@ForAll("hostileCourses") FuzzedCourse course) {
        assertLoadsOrReportsLocatedProblems(course);
    }

    @Property(tries = 1500)
    void unreadable_bytes_and_files_on_disk_are_reported_with_file_and_line(
            @ForAll("brokenFolders") FuzzedFolder folder) {
        assertLoadsOrReportsLocatedProblems(folder);
    }

    @Property(tries = 1000)
    void lesson_lists_never_reach_files_outside_the_course_folder(@ForAll("escapingLessonLists") FuzzedCourse course) {
        assertThat(assertLoadsOrReportsLocatedProblems(course).lessonIds())
                .as("lessons loaded from memory for %s", course)
                .doesNotContain(FuzzedFolder.SECRET_LESSON_ID);
        FuzzedFolder onDisk = FuzzedFolder.of(course);
        assertThat(assertLoadsOrReportsLocatedProblems(onDisk).lessonIds())
                .as("lessons loaded from disk for %s", onDisk)
                .doesNotContain(FuzzedFolder.SECRET_LESSON_ID);
    }

    @Provide
    Arbitrary<FuzzedCourse> editedCourses() {
        return CourseEdits.edited(realCourses(), 5);
    }

    @Provide
    Arbitrary<FuzzedCourse> coursesWithRandomStructures() {
        return YamlTrees.grafted(realCourses());
    }

    @Provide
    Arbitrary<FuzzedCourse> hostileCourses() {
        return HostileYaml.courses(realCourses());
    }

    @Provide
    Arbitrary<FuzzedFolder> brokenFolders() {
        return FuzzedFolders.broken(realCourses());
    }

    @Provide
    Arbitrary<FuzzedCourse> escapingLessonLists() {
        return FuzzedFolders.escapingLessonLists();
    }

    /** The bundled course is what authors really write; the small demo course makes each try cheap. */
    private static Arbitrary<FuzzedCourse> realCourses() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(CourseEdits.DEMO)), Tuple.of(1, Arbitraries.just(CourseEdits.BUNDLED)));
    }

    private static Outcome assertLoadsOrReportsLocatedProblems(FuzzedCourse course) {
        CourseFileSet fileSet = course.fileSet();
        Outcome outcome = loadInTime(course, fileSet::load);
        Map<String, Integer> lineCounts = new HashMap<>();
        Path shownFolder = Path.of("quizzes", course.folderName());
        // Names that are not plain file names stand for files outside the folder; no problem may name those.
        course.files().forEach((name, text) -> {
            if (FuzzedFolder.isPlainName(name)) {
                lineCounts.put(shownFolder.resolve(name).toString(), yamlLineCount(text));
            }
        });
        String courseFile = shownFolder.resolve(CourseFileSet.COURSE_FILE).toString();
        for (ContentProblem problem : outcome.problems()) {
            assertLocated(problem, courseFile, lineCounts, course);
        }
        // The editor shows each problem next to its field; finding the fields must not fail on hostile files either.
        Set<ContentProblem> reported = new HashSet<>(outcome.problems());
        assertThat(fileSet.fieldsOf(outcome.problems()).keySet()).allMatch(reported::contains);
        TALLY.count(course.files().size(), outcome);
        return outcome;
    }

    private static Outcome assertLoadsOrReportsLocatedProblems(FuzzedFolder fuzzed) {
        Path root = uncheckedCreateDirectory(scratch.resolve("try-" + TALLY.courses()));
        try {
            Path folder = uncheckedWrite(fuzzed, root);
            Outcome outcome = loadInTime(fuzzed, () -> CourseLoader.load(folder));
            Map<String, Integer> lineCounts = new HashMap<>();
            fuzzed.files()
                    .forEach((name, bytes) ->
                            lineCounts.put(absolute(folder.resolve(name)), yamlLineCount(lenientText(bytes))));
            String courseFile = absolute(folder.resolve(CourseFileSet.COURSE_FILE));
            for (ContentProblem problem : outcome.problems()) {
                ContentProblem absoluteProblem =
                        new ContentProblem(absolute(Path.of(problem.file())), problem.line(), problem.message());
                assertLocated(absoluteProblem, courseFile, lineCounts, fuzzed);
                assertUtf8ProblemsPointAtTheFirstBadByte(absoluteProblem, fuzzed, folder);
            }
            TALLY.count(fuzzed.files().size(), outcome);
            return outcome;
        } finally {
            deleteTree(root);
        }
    }

    private static Outcome loadInTime(Object input, Callable<Course> load) {
        long startedAt = System.nanoTime();
        Future<Course> loading = loader.submit(load);
        try {
            Course course = loading.get(LOAD_LIMIT.toSeconds(), TimeUnit.SECONDS);
            TALLY.took(System.nanoTime() - startedAt);
            assertThat(course.lessons())
                    .as("a loaded course has lessons: %s", input)
                    .isNotEmpty();
            return Outcome.loaded(course);
        } catch (ExecutionException e) {
            TALLY.took(System.nanoTime() - startedAt);
            if (e.getCause() instanceof InvalidCourseException invalid) {
                assertThat(invalid.problems())
                        .as("a rejected course names its problems: %s", input)
                        .isNotEmpty();
                return Outcome.rejected(invalid.problems());
            }
            throw new AssertionError(e.getCause() + " escaped the loader for " + input, e.getCause());
        } catch (TimeoutException e) {
            loading.cancel(true);
            throw new AssertionError("loading took longer than " + LOAD_LIMIT + " for " + input, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while loading " + input, e);
        }
    }

    /**
     * The problem names a file of the course, and a line that exists in it; only whole-file problems have no line.
     * Lines are counted as YAML counts them, so a lone carriage return or a Unicode line separator starts a line.
     */
    private static void assertLocated(
            ContentProblem problem, String courseFile, Map<String, Integer> lineCounts, Object input) {
        assertThat(problem.message())
                .as("message of %s for %s", problem, input)
                .isNotBlank()
                .hasSizeLessThanOrEqualTo(MAX_MESSAGE_LENGTH)
                .doesNotContainPattern(INVISIBLE);
        assertThat(lineCounts.containsKey(problem.file()) || problem.file().equals(courseFile))
                .as("%s names a file of the course %s", problem, input)
                .isTrue();
        if (WHOLE_FILE_PROBLEMS.contains(problem.message())) {
            assertThat(problem.line()).as("%s for %s", problem, input).isZero();
            return;
        }
        Integer lines = lineCounts.get(problem.file());
        assertThat(lines)
                .as("%s is about a file that exists, for %s", problem, input)
                .isNotNull();
        assertThat(problem.line()).as("line of %s for %s", problem, input).isBetween(1, lines);
    }

    private static void assertUtf8ProblemsPointAtTheFirstBadByte(
            ContentProblem problem, FuzzedFolder fuzzed, Path folder) {
        if (!problem.message().contains("UTF-8")) {
            return;
        }
        String name = folder.relativize(Path.of(problem.file())).toString();
        assertThat(problem.line())
                .as("%s for %s", problem, fuzzed)
                .isEqualTo(lineOfFirstBadByte(fuzzed.files().get(name)));
    }

    static int yamlLineCount(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crBeforeLf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '\n' || (c == '\r' && !crBeforeLf) || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                lines++;
            }
        }
        return lines;
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        int end = result.isError() ? in.position() : bytes.length;
        return yamlLineCount(new String(bytes, 0, end, StandardCharsets.UTF_8));
    }

    /** Malformed bytes become one replacement character each, which leaves the line breaks where they were. */
    private static String lenientText(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    private static Path uncheckedWrite(FuzzedFolder fuzzed, Path root) {
        try {
            return fuzzed.writeInto(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path uncheckedCreateDirectory(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one load gave: a course, or the problems that stopped it. */
    record Outcome(Course course, List<ContentProblem> problems) {
        static Outcome loaded(Course course) {
            return new Outcome(course, List.of());
        }

        static Outcome rejected(List<ContentProblem> problems) {
            return new Outcome(null, problems);
        }

        List<String> lessonIds() {
            return course == null
                    ? List.of()
                    : course.lessons().stream().map(l -> l.id()).toList();
        }
    }

    /** Counts over all properties of a run, printed at the end so a run shows how much it fuzzed. */
    static final class Tally {
        private final AtomicLong courses = new AtomicLong();
        private final AtomicLong files = new AtomicLong();
        private final AtomicLong loaded = new AtomicLong();
        private final AtomicLong rejected = new AtomicLong();
        private final AtomicLong problems = new AtomicLong();
        private final AtomicLong slowestNanos = new AtomicLong();
        private long startedAt;

        void start() {
            startedAt = System.nanoTime();
        }

        long courses() {
            return courses.get();
        }

        void took(long nanos) {
            slowestNanos.accumulateAndGet(nanos, Math::max);
        }

        void count(int fileCount, Outcome outcome) {
            courses.incrementAndGet();
            files.addAndGet(fileCount);
            if (outcome.course() != null) {
                loaded.incrementAndGet();
            } else {
                rejected.incrementAndGet();
                problems.addAndGet(outcome.problems().size());
            }
        }

        @Override
        public String toString() {
            String format = "fuzzed %d course folders (%d files), %d loaded, %d rejected with %d problems,"
                    + " in %d s; slowest load %d ms";
            return format.formatted(
                    courses.get(),
                    files.get(),
                    loaded.get(),
                    rejected.get(),
                    problems.get(),
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedAt),
                    TimeUnit.NANOSECONDS.toMillis(slowestNanos.get()));
        }
    }
}
