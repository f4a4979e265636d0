package org.oncolearn.attempt;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.oncolearn.PostgresDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same tests as {@link LearningServiceTest} (learner flow: register, read, answer, retry, continue, summary), on PostgreSQL with the "postgres" profile. */
@ActiveProfiles("postgres")
@EnabledIfEnvironmentVariable(named = PostgresDatabase.URL_VARIABLE, matches = ".+")
class LearningServiceOnPostgresIT extends LearningServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
