package org.oncolearn.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncolearn.account.SignInThrottledException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
@WithMockUser(username = "lead.educator", roles = "EDUCATOR")
class GermanEducatorScreensTest extends SpringBrowserlessTest {

    @BeforeEach
    void inGerman() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void the_import_screen_speaks_german_and_names_its_limits() {
        navigate(ImportView.class);

        assertThat($(H1.class).withText("Dokument importieren").exists()).isTrue();
        assertThat($(Paragraph.class)
                        .withTextContaining("Laden Sie ein Patienten-Merkblatt oder Vorlesungsnotizen als .txt")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class)
                        .withTextContaining("Oder laden Sie eine Fragensammlung hoch")
                        .exists())
                .isTrue();
    }

    @Test
    void a_proposed_course_is_described_in_german() {
        navigate(ImportView.class);

        test($(Upload.class).single())
                .upload(
                        "merkblatt.md",
                        "text/plain",
                        "# Merkblatt\n\n## Erste\n\nEin Absatz.\n\nNoch ein Absatz.\n\n## Zweite\n\nText.\n"
                                .getBytes(StandardCharsets.UTF_8));

        assertThat($(TextField.class).withLabel("Kurstitel").exists()).isTrue();
        assertThat($(Paragraph.class)
                        .withText("2 vorgeschlagene Lektionen, eine je Abschnitt des Dokuments:")
                        .exists())
                .isTrue();
        assertThat($(Button.class)
                        .withText("Lektion 1 mit der nächsten zusammenführen")
                        .exists())
                .isTrue();
        assertThat($(Button.class).withText("Kursentwurf anlegen").exists()).isTrue();
    }

    @Test
    void the_educators_list_and_the_password_screen_speak_german() {
        navigate(EducatorsView.class);

        assertThat($(H1.class).withText("Lehrende").exists()).isTrue();
        Grid<?> accounts = $(Grid.class).single();
        assertThat(accounts.getColumns().stream().map(c -> c.getHeaderText()))
                .containsExactly("Benutzername", "Name", "Status");
        assertThat($(Button.class).withText("Konto sperren").exists()).isTrue();

        navigate(ChangePasswordView.class);
        assertThat($(H1.class).withText("Passwort ändern").exists()).isTrue();
        assertThat($(PasswordField.class)
                        .withLabel("Neues Passwort wiederholen")
                        .exists())
                .isTrue();
    }

    @Test
    void sign_in_problems_are_explained_in_german() {
        navigate(LoginView.class);
        LoginView view = (LoginView) getCurrentView();

        var wait = LoginView.errorText(new SignInThrottledException(java.time.Duration.ofSeconds(90)), view);

        assertThat($(LoginForm.class).exists()).isTrue();
        assertThat(wait.getForm().getSubmit()).isEqualTo("Anmelden");
        assertThat(wait.getErrorMessage().getTitle()).isEqualTo("Zu viele fehlgeschlagene Anmeldungen von hier");
        assertThat(wait.getErrorMessage().getMessage()).startsWith("Warten Sie 2 Minuten und");
    }

    @Test
    void every_english_educator_text_has_a_german_one() {
        Properties english = load("/i18n/educator.properties");
        Properties german = load("/i18n/educator_de.properties");

        assertThat(english).isNotEmpty();
        assertThat(german.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    private Properties load(String resource) {
        Properties texts = new Properties();
        try (var in = getClass().getResourceAsStream(resource)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
