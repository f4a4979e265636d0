package org.oncolearn.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FlagExplanationsTest {

    @Test
    void every_flag_is_explained_in_english_and_in_german() throws IOException {
        Properties english = load("i18n/messages.properties");
        Properties german = load("i18n/messages_de.properties");

        for (Flag flag : Flag.values()) {
            assertThat(english.getProperty(flag.explanationKey()))
                    .as(flag.word())
                    .isNotBlank();
            assertThat(german.getProperty(flag.explanationKey()))
                    .as(flag.word())
                    .isNotBlank()
                    .isNotEqualTo(english.getProperty(flag.explanationKey()));
        }
        assertThat(german.getProperty("analysis.discrimination.undefined")).startsWith("Nicht berechenbar");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FlagExplanationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
