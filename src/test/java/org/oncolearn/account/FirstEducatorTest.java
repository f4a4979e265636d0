package org.oncolearn.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.oncolearn.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** No default password anywhere: the first educator comes from configuration or from a one-time password. */
@ExtendWith(OutputCaptureExtension.class)
class FirstEducatorTest {

    /**
     * A whole application sets Spring Security's static context-holder strategy; put back the one the cached test
     * contexts use, or later tests would sign in their mock users into a closed application.
     */
    private final org.springframework.security.core.context.SecurityContextHolderStrategy strategy =
            org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();

    @org.junit.jupiter.api.AfterEach
    void restoreSecurityStrategy() {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(strategy);
    }

    private static final Pattern ONE_TIME = Pattern.compile("with the one-time password (\\S+) and choose");

    @TempDir
    Path data;

    @Test
    void a_one_time_password_is_logged_once_and_must_be_changed(CapturedOutput output) {
        String password;
        try (ConfigurableApplicationContext app = start()) {
            Matcher logged = ONE_TIME.matcher(output.getAll());
            assertThat(logged.find()).as("the one-time password is in the log").isTrue();
            password = logged.group(1);
            EducatorAccounts accounts = app.getBean(EducatorAccounts.class);
            assertThat(accounts.mustChangePassword("admin")).isTrue();
            accounts.changePassword("admin", password, "my-own-long-password");
        }
        int before = output.getAll().length();

        try (ConfigurableApplicationContext app = start()) {
            assertThat(output.getAll().substring(before)).doesNotContain("one-time password");
            assertThat(app.getBean(EducatorAccounts.class).educators()).hasSize(1);
        }
    }

    @Test
    void a_configured_first_educator_signs_in_with_the_configured_password() {
        String configured = EducatorAccounts.oneTimePassword() + "-configured";
        try (ConfigurableApplicationContext app =
                start("--oncolearn.admin.username=lead.educator", "--oncolearn.admin.password=" + configured)) {
            EducatorAccounts accounts = app.getBean(EducatorAccounts.class);
            assertThat(accounts.educators()).singleElement().satisfies(e -> {
                assertThat(e.username()).isEqualTo("lead.educator");
                assertThat(e.mustChangePassword()).isFalse();
            });
            String hash = app.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                    .loadUserByUsername("lead.educator")
                    .getPassword();
            assertThat(app.getBean(PasswordEncoder.class).matches(configured, hash))
                    .isTrue();
        }
    }

    @Test
    void a_configured_first_password_beyond_bcrypts_72_bytes_starts_the_app_and_signs_in() {
        String configured = "Ärztin-Passwort-für-die-Immuntherapie-Schulung-".repeat(3) + "ß".repeat(20);
        assertThat(configured.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeGreaterThan(72);
        assertThat(configured.length()).isLessThanOrEqualTo(EducatorAccounts.MAX_PASSWORD_LENGTH);
        try (ConfigurableApplicationContext app =
                start("--oncolearn.admin.username=long.password", "--oncolearn.admin.password=" + configured)) {
            String hash = app.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                    .loadUserByUsername("long.password")
                    .getPassword();
            PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
            assertThat(encoder.matches(configured, hash)).isTrue();
            assertThat(encoder.matches(configured.substring(0, configured.length() - 1), hash))
                    .isFalse();
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        String[] args = new String[3 + extra.length];
        args[0] = "--oncolearn.data-dir=" + data;
        args[1] = "--server.port=0";
        args[2] = "--vaadin.launch-browser=false";
        System.arraycopy(extra, 0, args, 3, extra.length);
        return new SpringApplicationBuilder(Application.class).run(args);
    }
}
