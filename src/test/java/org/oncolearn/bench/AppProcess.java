package org.oncolearn.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged app started as its own process, as it runs in production, for load and durability tests. */
public final class AppProcess implements AutoCloseable {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private final Process process;
    private final int port;
    private final Path log;
    private final long startedNanos;

    private AppProcess(Process process, int port, Path log, long startedNanos) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    /** Starts {@code java -jar} on a free port with the given data folder and extra JVM options. */
    public static AppProcess start(Path jar, Path dataDir, List<String> jvmOptions, List<String> appArguments)
            throws IOException {
        int port = freePort();
        Path log = Files.createTempFile("oncolearn-app", ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.add("--server.port=" + port);
        command.add("--oncolearn.data-dir=" + dataDir.toAbsolutePath());
        command.add("--oncolearn.content.dir=" + Path.of("quizzes").toAbsolutePath());
        command.add("--logging.level.root=WARN");
        command.addAll(appArguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // A random admin password keeps the app from logging a one-time password into the benchmark's output.
        builder.environment().put("ONCOLEARN_ADMIN_PASSWORD", "bench-" + java.util.UUID.randomUUID());
        long started = System.nanoTime();
        return new AppProcess(builder.start(), port, log, started);
    }

    /**
     * Starts the packaged app as the README's run command does: {@code target/app/oncolearn.jar} with Java's AOT cache,
     * which halves each start. Without the cache (a build run with {@code -Doncolearn.aot.skip=true}) it starts
     * {@code target/oncolearn.jar}, the same application.
     */
    public static AppProcess startPackaged(Path dataDir, List<String> jvmOptions, List<String> appArguments)
            throws IOException {
        Path app = Path.of("target", "app");
        Path cache = app.resolve("oncolearn.aot");
        if (!Files.isRegularFile(cache)) {
            return start(Path.of("target", "oncolearn.jar"), dataDir, jvmOptions, appArguments);
        }
        List<String> jvm = new ArrayList<>();
        // The cache holds objects in the layout of the flags it was made with (pom.xml, "aot-cache").
        jvm.add("-XX:AOTCache=" + cache.toAbsolutePath());
        jvm.add("-XX:+UseCompactObjectHeaders");
        jvm.addAll(jvmOptions);
        return start(app.resolve("oncolearn.jar"), dataDir, jvm, appArguments);
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until the start page answers; returns the seconds from launch to the first answer. */
    public double awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the app stopped:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(base())
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IOException("the app did not start within " + timeout + ":\n" + Files.readString(log));
    }

    /** Heap in use after a full collection, in KiB, read with jcmd. */
    public long heapAfterGcKiB() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IOException("no heap figure from jcmd");
        }
        return Long.parseLong(used.group(1));
    }

    /** The classes taking most heap, as jcmd prints them: to see what a session is made of. */
    public String histogram(int lines) throws IOException, InterruptedException {
        return jcmd("GC.class_histogram").lines().limit(lines + 3L).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Bytes and instances per class, as jcmd's class histogram lists them after a full collection. */
    public java.util.Map<String, long[]> histogramByClass() throws IOException, InterruptedException {
        java.util.Map<String, long[]> classes = new java.util.HashMap<>();
        Matcher row = HISTOGRAM_ROW.matcher(jcmd("GC.class_histogram"));
        while (row.find()) {
            classes.put(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
        }
        return classes;
    }

    /** Resident set size of the app process, in KiB. */
    public long rssKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IOException("no VmRSS for " + pid());
    }

    /** CPU time the app process has used so far (user + system), in seconds. */
    public double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks / 100.0;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(pid()),
                        command)
                .redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return output;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
