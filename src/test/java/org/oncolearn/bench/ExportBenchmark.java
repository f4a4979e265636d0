package org.oncolearn.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.zip.ZipOutputStream;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.export.ScormExporter;
import org.oncolearn.export.ScormPackage;
import org.oncolearn.export.ScormStandard;

/**
 * Warm export times of the bundled course and of a course ten times its size, against zipping the same bytes with
 * {@code java.util.zip} in the same run. Prints figures; asserts nothing (see BENCHMARKS.md for how to run it).
 */
public final class ExportBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 41;

    private ExportBenchmark() {}

    public static void main(String[] args) throws IOException {
        System.setProperty("logback.configurationFile", "oncolearn-cli-logback.xml");
        Course bundled = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        ScormExporter exporter = new ScormExporter(Clock.systemUTC());
        System.out.printf(
                "%-10s %-10s %8s %8s %8s %8s %10s %7s%n",
                "course", "standard", "p10 ms", "median", "p90 ms", "zip ms", "size B", "ratio");
        for (Course course : List.of(bundled, timesTen(bundled))) {
            for (ScormStandard standard : ScormStandard.values()) {
                measure(exporter, course, standard);
            }
        }
    }

    private static void measure(ScormExporter exporter, Course course, ScormStandard standard) throws IOException {
        ScormPackage sample = exporter.export(course, standard);
        SequencedMap<String, byte[]> files = unzip(sample.zip());
        for (int i = 0; i < WARM_UP; i++) {
            exporter.export(course, standard);
            zip(files);
        }
        double[] export = new double[RUNS];
        double[] zip = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            exporter.export(course, standard);
            export[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            zip(files);
            zip[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(export);
        Arrays.sort(zip);
        double median = export[RUNS / 2];
        System.out.printf(
                "%-10s %-10s %8.2f %8.2f %8.2f %8.2f %10d %7.2f%n",
                course.lessons().size() + " lessons",
                standard.key(),
                export[RUNS / 10],
                median,
                export[RUNS * 9 / 10],
                zip[RUNS / 2],
                sample.size(),
                median / zip[RUNS / 2]);
    }

    /** The bundled lessons repeated ten times, with ids made unique, as the larger course. */
    static Course timesTen(Course course) {
        List<Lesson> lessons = new ArrayList<>();
        for (int copy = 1; copy <= 10; copy++) {
            for (Lesson lesson : course.lessons()) {
                String suffix = "-" + copy;
                List<Check> checks = lesson.checks().stream()
                        .map(c -> new Check(
                                c.id() + suffix,
                                c.level(),
                                c.type(),
                                c.objective(),
                                c.stem(),
                                c.options(),
                                c.sources(),
                                c.ask(),
                                c.review()))
                        .toList();
                lessons.add(new Lesson(
                        lesson.id() + suffix,
                        lessons.size() + 1,
                        lesson.title(),
                        lesson.summary(),
                        lesson.text(),
                        lesson.objectives(),
                        lesson.sources(),
                        checks,
                        lesson.review()));
            }
        }
        return new Course(
                course.id(),
                course.title(),
                course.language(),
                course.masteryPercent(),
                course.summary(),
                course.reviewed(),
                lessons,
                course.version());
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static SequencedMap<String, byte[]> unzip(byte[] zip) throws IOException {
        SequencedMap<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
