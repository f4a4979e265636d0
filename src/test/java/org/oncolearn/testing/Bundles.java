package org.oncolearn.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The app's text bundles as the tests read them: from the class path, in UTF-8, a missing one failing the test. */
public final class Bundles {

    private Bundles() {}

    public static Properties load(String resource) {
        Properties properties = new Properties();
        try (var in = Bundles.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
