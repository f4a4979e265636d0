package org.oncolearn.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Start-up time and idle memory of the packaged app: time from launching {@code java -jar} to the first answered
 * request, and the resident set size after 30 idle seconds. Arguments: the jar, then the number of runs.
 */
public final class StartupBenchmark {

    private static final Duration IDLE = Duration.ofSeconds(30);

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> jvm = System.getProperty("bench.appJvm", "").isBlank()
                ? List.of()
                : List.of(System.getProperty("bench.appJvm").split(" "));
        System.out.println("app JVM options: " + (jvm.isEmpty() ? "none (JVM defaults)" : jvm));
        System.out.println("| run | first answer s | idle RSS MiB | heap in use after GC MiB |");
        System.out.println("|---|---|---|---|");
        for (int run = 1; run <= runs; run++) {
            Path data = Files.createTempDirectory("oncolearn-startup");
            try (AppProcess app = AppProcess.start(jar, data, jvm, List.of())) {
                double seconds = app.awaitReady(Duration.ofMinutes(2));
                Thread.sleep(IDLE.toMillis());
                long rss = app.rssKiB();
                long heap = app.heapAfterGcKiB();
                System.out.printf(Locale.ROOT, "| %d | %.2f | %d | %d |%n", run, seconds, rss / 1024, heap / 1024);
            }
        }
    }
}
