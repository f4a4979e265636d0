package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An educator goes from the course card to "Export for LMS" and downloads a package in a real browser. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class ExportInAppIT {

    @LocalServerPort
    int port;

    @Test
    void educator_downloads_a_scorm_2004_package_from_the_course_card() {
        try (Browser browser = new Browser(1280, 1000)) {
            browser.open("http://localhost:" + port + "/");
            browser.click("Continue without a name");
            browser.waitFor(d -> d.findElements(By.linkText("Export for LMS")).isEmpty() ? null : Boolean.TRUE);
            browser.driver().findElement(By.linkText("Export for LMS")).click();
            browser.waitForText("Export for LMS: Immunotherapies and targeted therapies");
            browser.choose("SCORM 2004 4th Edition: reports completion and pass/fail separately");
            browser.waitForText("Download the SCORM 2004 4th Edition package (immunotherapy-scorm2004.zip)");
            browser.screenshot("export-view");

            @SuppressWarnings("unchecked")
            Map<String, Object> download =
                    (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                            .executeAsyncScript("var done = arguments[arguments.length - 1];"
                                    + "var link = document.querySelector('a.download-link');"
                                    + "fetch(link.href).then(function (r) {"
                                    + "  var disposition = r.headers.get('content-disposition');"
                                    + "  return r.arrayBuffer().then(function (b) {"
                                    + "    var bytes = new Uint8Array(b);"
                                    + "    done({status: r.status, disposition: disposition, size: bytes.length,"
                                    + "          magic: String.fromCharCode(bytes[0], bytes[1])});"
                                    + "  });"
                                    + "}).catch(function (e) { done({error: String(e)}); });");

            assertThat(download.get("status")).isEqualTo(200L);
            assertThat((String) download.get("disposition")).contains("immunotherapy-scorm2004.zip");
            assertThat(download.get("magic")).isEqualTo("PK");
            assertThat((Long) download.get("size")).isGreaterThan(10_000L);
        }
    }
}
