package org.oncolearn.message;

import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * What a service has to tell the user (a refusal, a problem in an uploaded file, a finding), as a key of the
 * {@code i18n/notices} bundle and its arguments. Services make these instead of sentences, so the screen says them in
 * the educator's or learner's language; the command line and the logs use {@link #english()}. Exact places (file
 * name, line, entry, element) travel as arguments, so every language names them. An argument may itself be a message
 * (a place such as "line 18"), which is said in the same language, or a list of messages, said one after the other.
 */
public record Message(String key, List<Object> arguments) {

    public static final String BUNDLE = "i18n/notices";

    private static final Locale GERMAN = Locale.GERMAN;

    /** A German text missing would otherwise be looked up in the JVM's default locale before the English base. */
    private static final ResourceBundle.Control NO_FALLBACK_TO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }

    /** The message in German for any German locale, otherwise in English (the languages the interface has). */
    public String in(Locale locale) {
        Locale language = locale != null && GERMAN.getLanguage().equals(locale.getLanguage()) ? GERMAN : Locale.ROOT;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK_TO_DEFAULT_LOCALE)
                    .getString(key);
        } catch (MissingResourceException e) {
            // Never expected (a test reads every key the code names); the key still says which text is missing.
            return "!" + key;
        }
        MessageFormat format = new MessageFormat(pattern, language == GERMAN ? GERMAN : Locale.ENGLISH);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            Object argument = arguments.get(i);
            boolean plain = i >= formats.length || formats[i] == null;
            if (argument instanceof Message inner) {
                values[i] = inner.in(language);
            } else if (argument instanceof List<?> several) {
                // Reasons given together, such as everything that holds back publishing.
                values[i] = String.join(
                        "; ",
                        several.stream()
                                .map(item -> item instanceof Message m ? m.in(language) : String.valueOf(item))
                                .toList());
            } else if (argument instanceof Number && plain) {
                // Lines, byte positions and limits read as written ("line 1234"), as the messages always said them.
                values[i] = argument.toString();
            } else {
                values[i] = argument;
            }
        }
        return format.format(values);
    }

    public String english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }
}
