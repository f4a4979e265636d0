package org.oncolearn.attempt.internal;

import java.security.SecureRandom;
import org.oncolearn.attempt.RoundSeeds;
import org.springframework.stereotype.Component;

/** Seeds from a strong random source, so that no learner can predict another's draws or option order. */
@Component
public class RandomRoundSeeds implements RoundSeeds {

    private final SecureRandom random = new SecureRandom();

    @Override
    public int next() {
        return random.nextInt();
    }
}
