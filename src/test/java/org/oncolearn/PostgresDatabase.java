package org.oncolearn;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server that {@code .ci/test} starts on loopback. Each test class gets a schema of its own, created by
 * the app's Flyway migrations, so classes never see each other's rows.
 */
public final class PostgresDatabase {

    /** Set by {@code .ci/test}; the PostgreSQL tests run whenever it is set, and the script checks that they did. */
    public static final String URL_VARIABLE = "ONCOLEARN_TEST_POSTGRES_URL";

    private PostgresDatabase() {}

    public static String url() {
        return System.getenv(URL_VARIABLE);
    }

    public static String user() {
        return System.getenv("ONCOLEARN_TEST_POSTGRES_USER");
    }

    public static String password() {
        return System.getenv("ONCOLEARN_TEST_POSTGRES_PASSWORD");
    }

    public static String freshSchema() {
        return "t" + UUID.randomUUID().toString().replace("-", "");
    }

    public static String urlFor(String schema) {
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Points the app at a fresh schema of the test database. */
    public static void register(DynamicPropertyRegistry registry) {
        String schema = freshSchema();
        registry.add("spring.datasource.url", () -> urlFor(schema));
        registry.add("spring.datasource.username", PostgresDatabase::user);
        registry.add("spring.datasource.password", PostgresDatabase::password);
        registry.add("spring.flyway.schemas", () -> schema);
    }
}
