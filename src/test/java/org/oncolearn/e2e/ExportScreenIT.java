package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncolearn.account.EducatorAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The educator's export screen, with the patient self-check download, on a desktop and on a phone. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class ExportScreenIT {

    private static final String USER = "export.educator";
    private static final String PASSWORD = EducatorAccounts.oneTimePassword() + "-it";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("oncolearn.admin.username", () -> USER);
        registry.add("oncolearn.admin.password", () -> PASSWORD);
    }

    @Test
    void the_export_screen_offers_every_download_and_fits_a_desktop_and_a_phone() {
        for (int width : List.of(1280, 360)) {
            try (Browser browser = width < 500 ? PatientSelfCheckIT.phone(width) : new Browser(width, 900)) {
                String base = "http://localhost:" + port;
                browser.signIn(base, USER, PASSWORD);
                browser.driver().get(base + "/export/immunotherapy");
                browser.waitForText("For patients: the self-check as one web page");
                List<String> links =
                        browser.driver().findElements(By.cssSelector("a[download], a.download-link")).stream()
                                .map(WebElement::getText)
                                .toList();
                assertThat(links)
                        .contains(
                                "Download the SCORM 1.2 package (immunotherapy-scorm12.zip)",
                                "Download the patient self-check (immunotherapy-self-check.html)");
                long overflow = browser.sidewaysOverflow();
                assertThat(overflow).as("sideways scrolling at %d px", width).isLessThanOrEqualTo(0);
                AccessibilityIT.axe(browser, "export-" + width);
            }
        }
    }
}
