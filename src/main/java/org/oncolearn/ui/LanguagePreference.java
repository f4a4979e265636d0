package org.oncolearn.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The interface language a visitor chose, kept in a cookie so that it outlasts the session. Without the cookie,
 * Vaadin has already matched the browser's preferred languages against {@link Translations}.
 */
@Component
class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "oncolearn-lang";
    private static final int COOKIE_SECONDS = (int) Duration.ofDays(365).toSeconds();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    /** Runs before the first view of a page is built, so its texts come out in the chosen language. */
    private static void apply(UI ui) {
        chosen().ifPresent(locale -> {
            ui.getSession().setLocale(locale);
            ui.setLocale(locale);
        });
        // Screen readers pick their pronunciation from the page language.
        ui.getPage()
                .executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
    }

    /** The supported locale closest to the one given: German for any German, English for everything else. */
    static Locale supported(Locale locale) {
        return locale != null && Translations.GERMAN.getLanguage().equals(locale.getLanguage())
                ? Translations.GERMAN
                : Translations.ENGLISH;
    }

    static void remember(Locale locale) {
        VaadinRequest request = VaadinService.getCurrentRequest();
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (request == null || response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, supported(locale).getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(COOKIE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static Optional<Locale> chosen() {
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .filter(value -> "en".equals(value) || "de".equals(value))
                .map(Locale::forLanguageTag)
                .map(LanguagePreference::supported)
                .findFirst();
    }
}
