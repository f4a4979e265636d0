package org.oncolearn.testing;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The app's clock replaced by one a test moves on by hand, for what happens days later (spaced review). */
@TestConfiguration
public class DaysPass {

    @Bean
    @Primary
    public MovableClock movableClock() {
        return new MovableClock(Instant.now());
    }
}
