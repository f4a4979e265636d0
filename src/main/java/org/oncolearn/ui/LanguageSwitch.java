package org.oncolearn.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** The header control that switches the interface between English and German. */
class LanguageSwitch extends Select<Locale> {

    LanguageSwitch() {
        addClassName("language-switch");
        setLabel(getTranslation("language.label"));
        setItems(Translations.ENGLISH, Translations.GERMAN);
        // Each language is named in itself, so a visitor who cannot read the current one still finds their own.
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        setRenderer(new ComponentRenderer<>(LanguageSwitch::ownName));
        setValue(LanguagePreference.supported(getLocale()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                switchTo(event.getValue());
            }
        });
    }

    private static Span ownName(Locale locale) {
        Span name = new Span(locale.getDisplayLanguage(locale));
        name.getElement().setAttribute("lang", locale.getLanguage());
        return name;
    }

    private static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        LanguagePreference.remember(locale);
        // Views build their texts once, when they are created; a reload rebuilds every one in the new language.
        UI.getCurrent().getPage().reload();
    }
}
