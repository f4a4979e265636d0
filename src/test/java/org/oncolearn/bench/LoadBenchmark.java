package org.oncolearn.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.oncolearn.bench.LearnerScript.Departure;
import org.oncolearn.bench.LearnerScript.Pace;
import org.oncolearn.bench.LearnerScript.Pause;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Course;

/**
 * Learners under load: starts the packaged app (or uses one already running), drives N learners through lesson 1
 * over Vaadin's own protocol, and reports throughput, latency percentiles, errors, the heap each session keeps and the
 * CPU the app and this generator spend per request. A benchmark, not a test: run it by hand (commands in
 * BENCHMARKS.md) and read the figures.
 *
 * <p>Arguments: the jar, the scenario ({@code realistic} or {@code stress}), then one or more learner counts. JVM
 * options for the app in {@code -Dbench.appJvm="..."}, app arguments in {@code -Dbench.appArgs="..."}; for the
 * realistic scenario the class arrives over {@code -Dbench.arrivalMinutes} (default 10) and the run stops after
 * {@code -Dbench.minutes} (default 15). With {@code -Dbench.url=http://...} the learners go to that address (for
 * example nginx in front of two nodes) and the app's own CPU and heap are not read.
 */
public final class LoadBenchmark {

    /** Enough requests (about 4,800) for the JIT to compile the hot paths before anything is measured. */
    private static final int WARM_UP_LEARNERS = 200;

    /** The two workloads; see BENCHMARKS.md for where the realistic figures come from. */
    enum Scenario {
        /**
         * A class at the start of a lesson: arrivals over several minutes peaking just after the start, lesson
         * reading 60–180 s, answering 15–60 s, feedback 10–40 s, and 15 % who leave after a check and come back 1–4
         * minutes later in a new browser.
         */
        REALISTIC(
                new Pace(
                        new Pause(3_000, 15_000),
                        new Pause(60_000, 180_000),
                        new Pause(15_000, 60_000),
                        new Pause(10_000, 40_000)),
                0.15),
        /** Every pause 0.5–2 s and an even ramp of 10 ms per learner: far more requests per learner than a class. */
        STRESS(Pace.uniform(500, 2_000), 0);

        final Pace pace;
        final double leaving;

        Scenario(Pace pace, double leaving) {
            this.pace = pace;
            this.leaving = leaving;
        }
    }

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Scenario scenario = Scenario.valueOf(args[1].toUpperCase(Locale.ROOT));
        Course course = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        List<String> jvm = List.of(System.getProperty("bench.appJvm", "-Xmx3g").split(" "));
        System.out.println("scenario " + scenario + ", app JVM options: " + jvm + ", available processors here: "
                + Runtime.getRuntime().availableProcessors());
        System.out.println("| learners | sessions | finished | requests | req/s | p50 ms | p95 ms | p99 ms | max ms"
                + " | errors | heap/session KiB | RSS after MiB | app CPU ms/request | generator CPU ms/request"
                + " | peak active learners | minutes |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int i = 2; i < args.length; i++) {
            run(jar, course, scenario, Integer.parseInt(args[i]), jvm);
        }
    }

    private static void run(Path jar, Course course, Scenario scenario, int learners, List<String> jvm)
            throws Exception {
        String url = System.getProperty("bench.url", "");
        if (!url.isBlank()) {
            measure(null, URI.create(url), course, scenario, learners);
            return;
        }
        Path data = Files.createTempDirectory("oncolearn-load");
        List<String> appArguments = System.getProperty("bench.appArgs", "").isBlank()
                ? List.of()
                : List.of(System.getProperty("bench.appArgs").split(" "));
        try (AppProcess app = AppProcess.start(jar, data, jvm, appArguments)) {
            app.awaitReady(Duration.ofMinutes(2));
            measure(app, app.base(), course, scenario, learners);
        }
    }

    private static void measure(AppProcess app, URI base, Course course, Scenario scenario, int learners)
            throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(20))
                .build();
        // Warm-up without pauses so the JIT has compiled the hot paths before anything is measured.
        Plan warmUp = new Plan(new LearnerScript(course, Pace.uniform(0, 0)), WARM_UP_LEARNERS, i -> 0L, i -> null);
        drive(http, base, warmUp, new ConcurrentLinkedQueue<>(), Duration.ofMinutes(10));
        Map<String, long[]> histogramBefore =
                app != null && Boolean.getBoolean("bench.histogram") ? app.histogramByClass() : Map.of();
        long baseline = app == null ? 0 : app.heapAfterGcKiB();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Plan plan = plan(course, scenario, learners);
        Duration bound = scenario == Scenario.REALISTIC
                ? Duration.ofSeconds(Math.round(Double.parseDouble(System.getProperty("bench.minutes", "15")) * 60))
                : Duration.ofMinutes(30);
        long start = System.nanoTime();
        double appCpuBefore = app == null ? 0 : app.cpuSeconds();
        double ownCpuBefore = ownCpuSeconds();
        Outcome outcome = drive(http, base, plan, latencies, bound);
        double seconds = (System.nanoTime() - start) / 1e9;
        double appCpu = app == null ? Double.NaN : app.cpuSeconds() - appCpuBefore;
        double ownCpu = ownCpuSeconds() - ownCpuBefore;
        long after = app == null ? 0 : app.heapAfterGcKiB();
        long perSession = app == null ? 0 : (after - baseline) / Math.max(1, outcome.sessions());
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        System.out.printf(
                Locale.ROOT,
                "| %,d | %,d | %,d | %,d | %.0f | %.1f | %.1f | %.1f | %.1f | %d | %s | %s | %s | %.2f | %,d | %.1f |%n",
                learners,
                outcome.sessions(),
                outcome.finished(),
                sorted.size(),
                sorted.size() / seconds,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.getLast() / 1e6,
                outcome.errors(),
                app == null ? "–" : String.valueOf(perSession),
                app == null ? "–" : String.valueOf(app.rssKiB() / 1024),
                app == null ? "–" : String.format(Locale.ROOT, "%.2f", appCpu * 1000 / Math.max(1, sorted.size())),
                ownCpu * 1000 / Math.max(1, sorted.size()),
                outcome.peakActive(),
                seconds / 60);
        outcome.firstError().ifPresent(e -> System.out.println("  first error: " + e));
        if (!histogramBefore.isEmpty()) {
            printHistogramGrowth(histogramBefore, app.histogramByClass(), outcome.sessions());
        }
    }

    /** Who does what when: the script, how many learners, when each arrives and whether and when each leaves. */
    private record Plan(
            LearnerScript script,
            int learners,
            java.util.function.IntToLongFunction arrivalMillis,
            java.util.function.IntFunction<Departure> departure) {}

    private static Plan plan(Course course, Scenario scenario, int learners) {
        LearnerScript script = new LearnerScript(course, scenario.pace);
        if (scenario == Scenario.STRESS) {
            long ramp = Math.max(5_000, learners * 10L);
            return new Plan(script, learners, i -> learners > 1 ? ramp * i / learners : 0, i -> null);
        }
        long window = Math.round(Double.parseDouble(System.getProperty("bench.arrivalMinutes", "10")) * 60_000);
        // Every n-th learner leaves, so the share is exact and the same in every run.
        int every = (int) Math.round(1 / scenario.leaving);
        return new Plan(
                script,
                learners,
                i -> arrival(window, (i + 0.5) / learners),
                i -> i % every == every - 1
                        ? new Departure(
                                1 + ThreadLocalRandom.current().nextInt(5),
                                ThreadLocalRandom.current().nextLong(60_000, 240_001))
                        : null);
    }

    /**
     * When the learner at quantile {@code q} of the class arrives: a triangular distribution over the window with
     * its peak at a fifth of it, so a few are early, most come in the first minutes after the start, and a tail is
     * late. Quantiles rather than random draws make every run's arrivals the same.
     */
    static long arrival(long windowMillis, double q) {
        double mode = 0.2;
        double x = q < mode ? Math.sqrt(q * mode) : 1 - Math.sqrt((1 - q) * (1 - mode));
        return Math.round(x * windowMillis);
    }

    record Outcome(int errors, Optional<String> firstError, int sessions, int finished, int peakActive) {}

    private static Outcome drive(
            HttpClient http, URI base, Plan plan, ConcurrentLinkedQueue<Long> latencies, Duration bound)
            throws InterruptedException {
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger sessions = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger active = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        ConcurrentLinkedQueue<String> messages = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < plan.learners(); i++) {
            long delay = plan.arrivalMillis().applyAsLong(i);
            Departure departure = plan.departure().apply(i);
            threads.submit(() -> {
                try {
                    Thread.sleep(delay);
                    peak.accumulateAndGet(active.incrementAndGet(), Math::max);
                    plan.script()
                            .run(
                                    () -> {
                                        sessions.incrementAndGet();
                                        return new UidlClient(http, base, latencies::add);
                                    },
                                    (learner, check) -> {},
                                    departure);
                    finished.incrementAndGet();
                } catch (InterruptedException stoppedAtTheBound) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    errors.incrementAndGet();
                    messages.add(e.toString());
                } finally {
                    active.decrementAndGet();
                }
                return null;
            });
        }
        threads.shutdown();
        if (!threads.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            // The run is bounded: learners still working now stop, mid-pause or mid-request, without an error.
            threads.shutdownNow();
            threads.awaitTermination(1, TimeUnit.MINUTES);
        }
        return new Outcome(
                errors.get(), Optional.ofNullable(messages.peek()), sessions.get(), finished.get(), peak.get());
    }

    /** What the open sessions added to the heap, class by class, per session: where a session's bytes are. */
    private static void printHistogramGrowth(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        Map<String, long[]> growth = new HashMap<>();
        after.forEach((name, figures) -> {
            long[] was = before.getOrDefault(name, new long[2]);
            growth.put(name, new long[] {figures[0] - was[0], figures[1] - was[1]});
        });
        long total = growth.values().stream().mapToLong(g -> g[1]).sum();
        System.out.printf(
                Locale.ROOT, "heap growth per session: %.1f KiB; largest classes:%n", total / 1024.0 / sessions);
        System.out.println("| class | instances/session | bytes/session |");
        System.out.println("|---|---|---|");
        growth.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(40)
                .forEach(e -> System.out.printf(
                        Locale.ROOT,
                        "| %s | %.1f | %,d |%n",
                        e.getKey(),
                        e.getValue()[0] / (double) sessions,
                        e.getValue()[1] / sessions));
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
