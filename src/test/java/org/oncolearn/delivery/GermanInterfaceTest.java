package org.oncolearn.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class GermanInterfaceTest extends SpringBrowserlessTest {

    @Test
    void the_start_page_speaks_german_when_the_locale_is_german() {
        ResourceBundle german = ResourceBundle.getBundle("i18n/messages", Locale.GERMAN);
        UI.getCurrent().setLocale(Locale.GERMAN);
        // The start page was built in English on the first navigation; leave it so that it is built anew.
        navigate("no-such-page", PageNotFoundView.class);
        navigate(HomeView.class);

        assertThat($(H1.class).withText(german.getString("home.title")).exists())
                .isTrue();
        assertThat(german.getString("home.title"))
                .isNotEqualTo(
                        ResourceBundle.getBundle("i18n/messages", Locale.ROOT).getString("home.title"));
        assertThat($(Button.class).withText("Continue without a name").exists()).isFalse();
    }

    @Test
    void every_english_text_has_a_german_one_except_the_product_name() {
        ResourceBundle english = ResourceBundle.getBundle(
                "i18n/messages",
                Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        java.util.Properties german = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/i18n/messages_de.properties")) {
            german.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(english.keySet().stream().filter(k -> !german.containsKey(k)))
                .containsExactlyInAnyOrder("app.name", "course.pageTitle.named");
    }

    @Test
    void every_text_of_try_the_package_has_a_german_one() {
        java.util.Properties english = properties("/i18n/trypackage.properties");
        java.util.Properties german = properties("/i18n/trypackage_de.properties");
        assertThat(english).isNotEmpty();
        assertThat(english.keySet().stream().filter(k -> !german.containsKey(k)))
                .isEmpty();
        assertThat(german.keySet().stream().filter(k -> !english.containsKey(k)))
                .isEmpty();
    }

    private java.util.Properties properties(String resource) {
        java.util.Properties properties = new java.util.Properties();
        try (var in = getClass().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}
