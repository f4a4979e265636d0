package org.oncolearn.export.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The interface texts of an exported page, read from one of the app's own bundles in {@code i18n/} (the same files
 * the screens use), so that a page the app exports and the app itself say things in the same words. The page is
 * rendered with them and its script gets them as JSON data, never as a second table of its own. Texts go through
 * plain placeholder replacement ({@code {0}}, {@code {1}}), which the script repeats exactly; a count picks the key
 * ending in {@code .one} for 1 and {@code .other} otherwise, the plural rule English and German share.
 */
public final class InterfaceTexts {

    /** The languages the app's bundles are written in; English is the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "de");

    private static final String FALLBACK = "en";

    private final Map<String, Texts> byLanguage = new LinkedHashMap<>();

    private InterfaceTexts(String bundle, List<String> languages) {
        for (String language : languages) {
            String path = bundle + (FALLBACK.equals(language) ? "" : "_" + language) + ".properties";
            byLanguage.put(language, new Texts(language, properties(path)));
        }
    }

    /** A bundle such as {@code i18n/player} in each of the given languages; a missing file is an error. */
    static InterfaceTexts load(String bundle, List<String> languages) {
        return new InterfaceTexts(bundle, languages);
    }

    /**
     * The texts for a page whose content is in the given language (a tag such as {@code de} or {@code de-AT}): that
     * language's texts when the bundle has them, English otherwise.
     */
    Texts forContentIn(String languageTag) {
        Texts texts = byLanguage.get(primary(languageTag));
        return texts != null ? texts : byLanguage.get(FALLBACK);
    }

    Texts in(String language) {
        Texts texts = byLanguage.get(language);
        if (texts == null) {
            throw new IllegalStateException("no interface texts in " + language);
        }
        return texts;
    }

    /** Every language's texts as one JSON object by language, safe to place inside an HTML script element. */
    String jsonHtml() {
        StringBuilder out = new StringBuilder("{");
        byLanguage.forEach((language, texts) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(jsonString(language)).append(':').append(texts.jsonHtml());
        });
        return out.append('}').toString();
    }

    /** The primary subtag of a language tag, in lower case: {@code de} for {@code de-AT}. */
    static String primary(String languageTag) {
        return languageTag == null ? "" : languageTag.split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    /**
     * The interface texts of one language. Public only because Velocity's introspection requires it.
     *
     * @param language the language of the texts ({@code en} or {@code de})
     */
    public record Texts(String language, Map<String, String> byKey) {

        public Texts {
            byKey = Map.copyOf(byKey);
        }

        public String get(String key) {
            String text = byKey.get(key);
            if (text == null) {
                throw new IllegalStateException("no interface text " + key + " in " + language);
            }
            return text;
        }

        public String format(String key, Object... args) {
            String text = get(key);
            for (int i = 0; i < args.length; i++) {
                text = text.replace("{" + i + "}", String.valueOf(args[i]));
            }
            return text;
        }

        /** These texts without those whose key starts with the prefix. */
        public Texts without(String prefix) {
            Map<String, String> kept = new TreeMap<>(byKey);
            kept.keySet().removeIf(key -> key.startsWith(prefix));
            return new Texts(language, kept);
        }

        /** The key's {@code .one} text for a count of 1, its {@code .other} text otherwise, with the arguments. */
        public String plural(String key, int count, Object... args) {
            return format(key + (count == 1 ? ".one" : ".other"), args);
        }

        /** The texts as one JSON object, keys sorted, safe to place inside an HTML script element. */
        public String jsonHtml() {
            StringBuilder out = new StringBuilder("{");
            new TreeMap<>(byKey).forEach((key, text) -> {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(jsonString(key)).append(':').append(jsonString(text));
            });
            return out.append('}').toString();
        }
    }

    /** A JSON string that is also safe inside an HTML script element: no {@code <}, {@code >} or {@code &} as such. */
    static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.chars().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.append((char) c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    private static Map<String, String> properties(String path) {
        Properties properties = new Properties();
        try (InputStream in = InterfaceTexts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing from the application: " + path);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> byKey = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> byKey.put(key, properties.getProperty(key)));
        return byKey;
    }
}
