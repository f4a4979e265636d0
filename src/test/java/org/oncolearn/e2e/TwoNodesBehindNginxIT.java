package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.oncolearn.PostgresDatabase;
import org.oncolearn.bench.AppProcess;
import org.oncolearn.bench.UidlClient;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Option;

/**
 * Two packaged app nodes on one PostgreSQL database behind nginx with the sticky-session configuration from
 * {@code src/main/deploy/nginx-sticky.conf}: every browser stays on one node, both nodes get browsers, and when a
 * learner's node is killed, a reload continues on the other node from the saved progress.
 */
@EnabledIfEnvironmentVariable(named = PostgresDatabase.URL_VARIABLE, matches = ".+")
class TwoNodesBehindNginxIT {

    private static final Path JAR = Path.of("target", "oncolearn.jar");
    private static final int BROWSERS = 16;
    private static final int ANSWERED = 3;

    @Test
    void browsers_stick_to_one_node_and_a_lost_node_costs_a_reload_not_progress() throws Exception {
        Course course = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        String schema = PostgresDatabase.freshSchema();
        try (AppProcess first = node(schema);
                AppProcess second = node(schema);
                Nginx nginx = Nginx.start(first.base().getPort(), second.base().getPort())) {
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            Set<String> nodesUsed = new HashSet<>();
            for (int i = 0; i < BROWSERS; i++) {
                UidlClient browser = new UidlClient(http, nginx.base(), nanos -> {});
                Set<String> seen = new HashSet<>();
                browser.open("");
                seen.add(node(browser));
                browser.click("Continue without a name");
                seen.add(node(browser));
                browser.click("Start course");
                seen.add(node(browser));
                assertThat(seen).as("nodes that served browser %d", i).hasSize(1);
                nodesUsed.addAll(seen);
            }
            assertThat(nodesUsed).as("both nodes serve browsers").hasSize(2);

            UidlClient learner = new UidlClient(http, nginx.base(), nanos -> {});
            learner.open("");
            learner.click("Continue without a name");
            learner.click("Start course");
            learner.clickStartingWith("Start the ");
            List<Check> checks = course.lessons().getFirst().courseChecks();
            for (int i = 0; i < ANSWERED; i++) {
                String shown = learner.question().orElseThrow();
                Check check = checks.stream()
                        .filter(c -> shown.contains(c.stem()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("not a check of lesson 1: " + shown));
                learner.choose(check.stem(), keys(check));
                learner.click("Check answer");
                learner.click("Next check");
            }
            String due = learner.question().orElseThrow();
            String learnersNode = node(learner);
            AppProcess lost = first.base().getPort() == port(learnersNode) ? first : second;
            lost.kill();

            UidlClient reloaded = new UidlClient(http, nginx.base(), nanos -> {});
            reloaded.copyCookies(learner, Set.of("JSESSIONID"));
            reloaded.open("course/immunotherapy");

            assertThat(node(reloaded)).isNotEqualTo(learnersNode);
            assertThat(reloaded.question()).contains(due);
        }
    }

    private static Set<String> keys(Check check) {
        Set<String> keys = new HashSet<>();
        check.options().stream().filter(Option::key).forEach(o -> keys.add(o.text()));
        return keys;
    }

    private static String node(UidlClient browser) {
        return browser.lastHeader("X-OncoLearn-Node").orElseThrow();
    }

    private static int port(String upstreamAddress) {
        return Integer.parseInt(upstreamAddress.substring(upstreamAddress.lastIndexOf(':') + 1));
    }

    private static AppProcess node(String schema) throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "node");
        AppProcess app = AppProcess.start(
                JAR,
                data,
                List.of("-Xmx512m"),
                List.of(
                        "--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + PostgresDatabase.urlFor(schema),
                        "--spring.datasource.username=" + PostgresDatabase.user(),
                        "--spring.datasource.password=" + PostgresDatabase.password(),
                        "--spring.flyway.schemas=" + schema));
        app.awaitReady(Duration.ofMinutes(2));
        return app;
    }

    /** nginx from Debian's package, run in the foreground with the deploy configuration and test ports. */
    private record Nginx(Process process, int port, Path prefix) implements AutoCloseable {

        static Nginx start(int firstNode, int secondNode) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path prefix = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "nginx");
            Files.createDirectories(prefix.resolve("logs"));
            String config = Files.readString(Path.of("src", "main", "deploy", "nginx-sticky.conf"))
                    .replace("127.0.0.1:8081", "127.0.0.1:" + firstNode)
                    .replace("127.0.0.1:8082", "127.0.0.1:" + secondNode)
                    .replace("listen 127.0.0.1:8080;", "listen 127.0.0.1:" + port + ";")
                    .replace("worker_processes auto;", "worker_processes 1;")
                    .replace(
                            "http {",
                            "http {\n    access_log " + prefix.resolve("logs/access.log") + ";"
                                    + "\n    client_body_temp_path " + prefix.resolve("body") + ";"
                                    + "\n    proxy_temp_path " + prefix.resolve("proxy") + ";");
            Path conf = prefix.resolve("nginx.conf");
            Files.writeString(conf, config);
            String binary = System.getenv().getOrDefault("ONCOLEARN_TEST_NGINX", "/usr/sbin/nginx");
            Process process = new ProcessBuilder(
                            binary,
                            "-p",
                            prefix.toString(),
                            "-c",
                            conf.toString(),
                            "-e",
                            prefix.resolve("logs/error.log").toString(),
                            "-g",
                            "daemon off; pid " + prefix.resolve("nginx.pid") + ";")
                    .redirectErrorStream(true)
                    .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
                    .start();
            Nginx nginx = new Nginx(process, port, prefix);
            nginx.awaitListening();
            return nginx;
        }

        URI base() {
            return URI.create("http://127.0.0.1:" + port + "/");
        }

        private void awaitListening() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IOException("nginx stopped: " + Files.readString(prefix.resolve("logs/stdout.log"))
                            + readIfExists(prefix.resolve("logs/error.log")));
                }
                try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            throw new IOException("nginx did not listen on " + port);
        }

        private static String readIfExists(Path file) throws IOException {
            return Files.exists(file) ? Files.readString(file) : "";
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
