package org.oncolearn.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Course;

/**
 * Learners under load: starts the packaged app, drives N concurrent learners through lesson 1 over Vaadin's own
 * protocol, and reports throughput, latency percentiles, errors and the heap each session keeps. A benchmark, not a
 * test: run it by hand (command in BENCHMARKS.md) and read the figures.
 *
 * <p>Arguments: the jar, then one or more learner counts; JVM options for the app in {@code -Dbench.appJvm="..."}.
 */
public final class LoadBenchmark {

    /** Enough requests (about 4,800) for the JIT to compile the hot paths before anything is measured. */
    private static final int WARM_UP_LEARNERS = 200;

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Course course = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        List<String> jvm = List.of(System.getProperty("bench.appJvm", "-Xmx3g").split(" "));
        System.out.println("app JVM options: " + jvm + ", available processors here: "
                + Runtime.getRuntime().availableProcessors());
        System.out.println(
                "| learners | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | heap/session KiB |"
                        + " RSS after MiB | app CPU ms/request | load generator CPU ms/request |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int i = 1; i < args.length; i++) {
            run(jar, course, Integer.parseInt(args[i]), jvm);
        }
    }

    private static void run(Path jar, Course course, int learners, List<String> jvm) throws Exception {
        Path data = Files.createTempDirectory("oncolearn-load");
        List<String> appArguments = System.getProperty("bench.appArgs", "").isBlank()
                ? List.of()
                : List.of(System.getProperty("bench.appArgs").split(" "));
        try (AppProcess app = AppProcess.start(jar, data, jvm, appArguments)) {
            app.awaitReady(Duration.ofMinutes(2));
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(20))
                    .build();
            // Warm-up without think time so the JIT has compiled the hot paths before anything is measured.
            drive(http, app, course, WARM_UP_LEARNERS, false, new ConcurrentLinkedQueue<>(), 0);
            long baseline = app.heapAfterGcKiB();
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            long rampMillis = Math.max(5_000, learners * 10L);
            long start = System.nanoTime();
            double appCpuBefore = app.cpuSeconds();
            double ownCpuBefore = ownCpuSeconds();
            Outcome outcome = drive(http, app, course, learners, true, latencies, rampMillis);
            double seconds = (System.nanoTime() - start) / 1e9;
            double appCpu = app.cpuSeconds() - appCpuBefore;
            double ownCpu = ownCpuSeconds() - ownCpuBefore;
            long after = app.heapAfterGcKiB();
            long perSession = (after - baseline) / learners;
            List<Long> sorted = new ArrayList<>(latencies);
            sorted.sort(null);
            System.out.printf(
                    Locale.ROOT,
                    "| %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %d | %d | %d | %.2f | %.2f |%n",
                    learners,
                    sorted.size(),
                    sorted.size() / seconds,
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    sorted.isEmpty() ? 0 : sorted.getLast() / 1e6,
                    outcome.errors(),
                    perSession,
                    app.rssKiB() / 1024,
                    appCpu * 1000 / Math.max(1, sorted.size()),
                    ownCpu * 1000 / Math.max(1, sorted.size()));
            outcome.firstError().ifPresent(e -> System.out.println("  first error: " + e));
            if (Boolean.getBoolean("bench.histogram")) {
                System.out.println(app.histogram(30));
            }
        }
    }

    record Outcome(int errors, java.util.Optional<String> firstError) {}

    private static Outcome drive(
            HttpClient http,
            AppProcess app,
            Course course,
            int learners,
            boolean thinking,
            ConcurrentLinkedQueue<Long> latencies,
            long rampMillis)
            throws InterruptedException {
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> messages = new ConcurrentLinkedQueue<>();
        LearnerScript script = thinking ? new LearnerScript(course, 500, 2000) : new LearnerScript(course, 0, 0);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < learners; i++) {
                long delay = learners > 1 ? rampMillis * i / learners : 0;
                threads.submit(() -> {
                    try {
                        Thread.sleep(delay);
                        script.run(new UidlClient(http, app.base(), latencies::add), (learner, check) -> {});
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        messages.add(e.toString());
                    }
                    return null;
                });
            }
        }
        return new Outcome(errors.get(), java.util.Optional.ofNullable(messages.peek()));
    }

    private static double ownCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
