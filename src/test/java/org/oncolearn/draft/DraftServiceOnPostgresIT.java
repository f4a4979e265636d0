package org.oncolearn.draft;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.oncolearn.PostgresDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same tests as {@link DraftServiceTest} (document import into drafts), on PostgreSQL with the "postgres" profile. */
@ActiveProfiles("postgres")
@EnabledIfEnvironmentVariable(named = PostgresDatabase.URL_VARIABLE, matches = ".+")
class DraftServiceOnPostgresIT extends DraftServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
