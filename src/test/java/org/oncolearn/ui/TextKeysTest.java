package org.oncolearn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oncolearn.message.Message;
import org.oncolearn.testing.Bundles;

/**
 * Every text key the code names has an English and a German text, so no screen shows a raw key or falls back to
 * English unnoticed. Keys are read from the source: {@code getTranslation("…")} for the screens' bundles, and for the
 * services' messages ({@code i18n/notices}) every literal shaped like one of that bundle's keys.
 */
class TextKeysTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern TRANSLATION = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern MESSAGE = Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    /** The version comparison names its fields by a word that the message key ends with. */
    private static final Pattern CHANGED_FIELD = Pattern.compile("field\\(\\s*where,\\s*\"([A-Za-z]+)\"");

    private static final Set<String> SCREEN_BUNDLES = Set.of("messages", "patient", "educator", "editor", "trypackage");
    /** The product's name and the page title built on it are the same in both languages. */
    private static final Set<String> SAME_IN_GERMAN = Set.of("app.name", "course.pageTitle.named");

    @Test
    void every_key_the_screens_name_has_an_english_and_a_german_text() {
        Properties english = new Properties();
        Properties german = new Properties();
        SCREEN_BUNDLES.forEach(name -> {
            english.putAll(Bundles.load("/i18n/" + name + ".properties"));
            german.putAll(Bundles.load("/i18n/" + name + "_de.properties"));
        });
        Set<String> keys = found(TRANSLATION);

        assertThat(keys).hasSizeGreaterThan(300);
        assertThat(keys.stream().filter(key -> !english.containsKey(key))).isEmpty();
        assertThat(keys.stream().filter(key -> !german.containsKey(key)).filter(key -> !SAME_IN_GERMAN.contains(key)))
                .isEmpty();
    }

    @Test
    void every_message_key_the_services_name_has_an_english_and_a_german_text_and_every_text_is_used() {
        Properties english = Bundles.load("/" + Message.BUNDLE + ".properties");
        Properties german = Bundles.load("/" + Message.BUNDLE + "_de.properties");
        Properties screens = new Properties();
        SCREEN_BUNDLES.forEach(name -> screens.putAll(Bundles.load("/i18n/" + name + ".properties")));
        Set<String> prefixes = new TreeSet<>();
        english.stringPropertyNames().forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        Set<String> keys = found(MESSAGE);
        found(LITERAL).stream()
                .filter(literal -> prefixes.stream().anyMatch(literal::startsWith))
                .filter(literal -> !screens.containsKey(literal))
                .forEach(keys::add);
        found(CHANGED_FIELD).forEach(field -> keys.add("change.field." + field));

        assertThat(keys.stream().filter(key -> !english.containsKey(key))).isEmpty();
        assertThat(keys.stream().filter(key -> !german.containsKey(key))).isEmpty();
        // And the other way round: a text that no code names is a message that was lost on the way.
        assertThat(english.stringPropertyNames()).isSubsetOf(keys);
    }

    @Test
    void the_services_messages_have_the_same_keys_and_name_the_same_places_in_both_languages() {
        Properties english = Bundles.load("/" + Message.BUNDLE + ".properties");
        Properties german = Bundles.load("/" + Message.BUNDLE + "_de.properties");

        assertThat(german.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String inEnglish = english.getProperty(key);
            String inGerman = german.getProperty(key);
            // Both must be valid patterns, and the German one must say every argument (file, line, entry) too.
            new MessageFormat(inEnglish, Locale.ENGLISH);
            new MessageFormat(inGerman, Locale.GERMAN);
            assertThat(arguments(inGerman)).as(key).isEqualTo(arguments(inEnglish));
        }
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> arguments = new TreeSet<>();
        Matcher m = Pattern.compile("(?<!')\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            arguments.add(Integer.parseInt(m.group(1)));
        }
        return arguments;
    }

    private static Set<String> found(Pattern pattern) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
