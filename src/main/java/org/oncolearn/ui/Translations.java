package org.oncolearn.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The user interface in English and German. Texts live in {@code i18n/*.properties} (UTF-8), one bundle per area;
 * a key missing in German falls back to English rather than showing a raw key. Course content is not translated
 * here: it stays in the language it is written in.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale GERMAN = Locale.GERMAN;

    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);
    private static final List<String> BUNDLES =
            List.of("i18n/messages", "i18n/patient", "i18n/educator", "i18n/editor", "i18n/trypackage");

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, GERMAN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = GERMAN.getLanguage().equals(locale == null ? "" : locale.getLanguage()) ? GERMAN : ENGLISH;
        for (String name : BUNDLES) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, language, NO_FALLBACK_TO_DEFAULT_LOCALE);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
            }
        }
        LOG.warn("No text for key {} in {}", key, language);
        return "!" + key;
    }

    /** Without this, a German key missing would be looked up in the JVM's default locale before the base bundle. */
    private static final ResourceBundle.Control NO_FALLBACK_TO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
