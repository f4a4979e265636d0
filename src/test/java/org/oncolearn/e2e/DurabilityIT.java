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
 * The packaged app is killed with SIGKILL while learners answer checks, three times over on the same database; after
 * each restart the database opens cleanly, and at the end every answer the app had acknowledged (the learner saw its
 * feedback) is stored.
 */
class DurabilityIT {

    private static final int LEARNERS = 24;
    private static final int KILLS = 3;

    @Test
    void every_acknowledged_answer_survives_a_sigkill_and_the_database_opens_cleanly() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "durability");
        Course course = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        for (int round = 0; round < KILLS; round++) {
            answerUntilKilled(data, course, acknowledged);
        }
        Set<String> acknowledgedBeforeKills = Set.copyOf(acknowledged);
        assertThat(acknowledgedBeforeKills).hasSizeGreaterThanOrEqualTo(KILLS * LEARNERS * 2);

        try (AppProcess restarted = start(data)) {
            assertThat(restarted.log()).doesNotContain("ERROR").doesNotContain("corrupt");
        }
        Set<String> stored = storedAnswers(data);
        assertThat(stored).containsAll(acknowledgedBeforeKills);
        System.out.println("Durability: " + acknowledgedBeforeKills.size() + " answers acknowledged before " + KILLS
                + " SIGKILLs, " + stored.size() + " stored after restart");
    }

    /** Starts the app on the database, lets learners answer, and kills it while they are still answering. */
    private static void answerUntilKilled(Path data, Course course, Set<String> acknowledged) throws Exception {
        AppProcess app = start(data);
        assertThat(app.log()).doesNotContain("ERROR");
        int before = acknowledged.size();
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
        while (acknowledged.size() < before + LEARNERS * 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // Killed while the learners are still answering: some requests are in flight at this moment.
        app.kill();
        learners.shutdownNow();
        learners.awaitTermination(30, TimeUnit.SECONDS);
    }

    private static AppProcess start(Path data) throws Exception {
        AppProcess app = AppProcess.startPackaged(data, List.of("-Xmx512m"), List.of());
        app.awaitReady(Duration.ofMinutes(2));
        return app;
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
