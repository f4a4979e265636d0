package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.oncolearn.bench.AppProcess;
import org.oncolearn.bench.LearnerScript;
import org.oncolearn.bench.UidlClient;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Course;

/**
 * The packaged app is killed with SIGKILL while learners answer checks; after a restart every answer the app had
 * acknowledged (the learner saw its feedback) is still stored, and the database opens cleanly.
 */
class DurabilityIT {

    private static final int LEARNERS = 24;

    @Test
    void every_acknowledged_answer_survives_a_sigkill_and_the_database_opens_cleanly() throws Exception {
        Path jar = Path.of("target", "oncolearn.jar");
        Path data = Files.createTempDirectory(Path.of("target"), "durability");
        Course course = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        AppProcess app = AppProcess.start(jar, data, List.of("-Xmx512m"), List.of());
        app.awaitReady(Duration.ofMinutes(2));
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService learners = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < LEARNERS; i++) {
            learners.submit(() -> {
                new LearnerScript(course, 20, 150)
                        .run(
                                new UidlClient(http, app.base(), nanos -> {}),
                                (learner, check) -> acknowledged.add(learner + "/" + check));
                return null;
            });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.size() < LEARNERS * 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // Killed while the learners are still answering: some requests are in flight at this moment.
        app.kill();
        learners.shutdownNow();
        learners.awaitTermination(30, TimeUnit.SECONDS);
        Set<String> acknowledgedBeforeKill = Set.copyOf(acknowledged);
        assertThat(acknowledgedBeforeKill).hasSizeGreaterThanOrEqualTo(LEARNERS * 2);

        try (AppProcess restarted = AppProcess.start(jar, data, List.of("-Xmx512m"), List.of())) {
            restarted.awaitReady(Duration.ofMinutes(2));
            assertThat(restarted.log()).doesNotContain("ERROR").doesNotContain("corrupt");
        }

        Set<String> stored = storedAnswers(data);
        assertThat(stored).containsAll(acknowledgedBeforeKill);
        System.out.println("Durability: " + acknowledgedBeforeKill.size() + " answers acknowledged before SIGKILL, "
                + stored.size() + " stored after restart");
    }

    /** Reads the answers straight from the database file, after the app has stopped and released it. */
    private static Set<String> storedAnswers(Path data) throws Exception {
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("oncolearn") + ";ACCESS_MODE_DATA=r";
        Set<String> stored = new HashSet<>();
        try (Connection db = DriverManager.getConnection(url, "oncolearn", "");
                ResultSet rows = db.createStatement()
                        .executeQuery("select r.learner_id, a.check_id from answer a"
                                + " join lesson_round r on r.id = a.round_id")) {
            while (rows.next()) {
                stored.add(rows.getString(1) + "/" + rows.getString(2));
            }
        }
        return stored;
    }
}
