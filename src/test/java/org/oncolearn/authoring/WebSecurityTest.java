package org.oncolearn.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.SessionTrackingMode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oncolearn.KeepSecurityStrategy;
import org.oncolearn.account.EducatorAccounts;
import org.oncolearn.bench.UidlClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;

/**
 * The app over plain HTTP, as a browser or a hostile page would talk to it: the sign-in form, the security headers,
 * mistyped addresses and sessions that end.
 */
@ExtendWith(KeepSecurityStrategy.class)
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class WebSecurityTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String PASSWORD = "a-password-for-http-tests";

    @LocalServerPort
    int port;

    @Autowired
    EducatorAccounts accounts;

    @Autowired
    EducatorSessions sessions;

    @Autowired
    WebApplicationContext web;

    @Test
    void signing_in_without_the_csrf_token_fails_as_from_another_site() throws Exception {
        educator("csrf.victim");
        Browser attackerPage = new Browser();

        HttpResponse<String> forged =
                attackerPage.post("/login", Map.of("username", "csrf.victim", "password", PASSWORD), Optional.empty());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(attackerPage.signedIn()).isFalse();
    }

    @Test
    void signing_in_with_the_token_from_the_sign_in_page_works() throws Exception {
        educator("csrf.user");
        Browser browser = new Browser();

        HttpResponse<String> signIn = browser.signIn("csrf.user", PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.signedIn()).isTrue();
    }

    @Test
    void pages_carry_a_content_security_policy_nosniff_a_referrer_policy_and_no_store() throws Exception {
        for (String page : new String[] {"/", "/login"}) {
            HttpResponse<String> response = new Browser().get(page);

            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).contains("name=\"_csrf\"");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(page)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'")
                            .contains("frame-ancestors 'none'")
                            .contains("object-src 'none'")
                            .contains("img-src 'self' data: https: http:"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(response.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        }
    }

    @Test
    void the_patient_self_check_is_public_and_keeps_its_own_content_security_policy_and_caching() throws Exception {
        HttpResponse<String> response = new Browser().get("/self-check");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .noneMatch(csp -> csp.equals(SecurityConfiguration.CONTENT_SECURITY_POLICY));
        // Its own caching holds: the app's no-store is for pages with a CSRF token.
        assertThat(response.headers().allValues("Cache-Control")).noneMatch(cache -> cache.contains("no-store"));
    }

    @Test
    void the_try_the_package_pages_are_for_educators_and_only_the_app_may_frame_them() throws Exception {
        String host = "/try-package/course/immunotherapy/scorm12/host.html";
        HttpResponse<String> anonymous = new Browser().get(host);
        assertThat(anonymous.statusCode())
                .as("an anonymous visitor is sent to sign in")
                .isEqualTo(302);
        assertThat(anonymous.body()).doesNotContain("scorm12.js");
        assertThat(new Browser().get("/try-package/runtime/scorm12.js").statusCode())
                .isEqualTo(302);

        educator("try.user");
        Browser educator = new Browser();
        educator.signIn("try.user", PASSWORD);
        HttpResponse<String> page = educator.get(host);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"../../../runtime/scorm12.js\"></script>", "id=\"sco\"");
        assertThat(page.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(page.headers().allValues("Content-Security-Policy"))
                .containsExactly(TryPackagePages.HOST_POLICY)
                .allSatisfy(csp -> assertThat(csp)
                        .contains("frame-ancestors 'self'")
                        .doesNotContain("unsafe-inline")
                        .doesNotContain("unsafe-eval"));
        HttpResponse<String> launch = educator.get("/try-package/course/immunotherapy/scorm12/sco/index.html");
        assertThat(launch.statusCode()).isEqualTo(200);
        assertThat(launch.body()).contains("player/player.js");
        assertThat(launch.headers().allValues("Content-Security-Policy"))
                .containsExactly(TryPackagePages.PACKAGE_POLICY);
        HttpResponse<String> runtime = educator.get("/try-package/runtime/scorm12.js");
        assertThat(runtime.statusCode()).isEqualTo(200);
        assertThat(runtime.body()).contains("Scorm12API");
        assertThat(educator.get("/try-package/course/immunotherapy/scorm12/sco/player/other.js")
                        .statusCode())
                .as("only the package's own files")
                .isEqualTo(404);
        assertThat(educator.get("/try-package/course/no-such-course/scorm12/host.html")
                        .statusCode())
                .isEqualTo(404);
        assertThat(educator.get("/export/immunotherapy").headers().allValues("X-Frame-Options"))
                .as("every other page keeps refusing frames")
                .containsExactly("DENY");
    }

    @Test
    void a_mistyped_address_shows_the_not_found_page_to_anonymous_visitors() throws Exception {
        HttpResponse<String> page = new Browser().get("/cours/immunotherapy-typo");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Location")).isEmpty();
        UidlClient vaadin = new UidlClient(HttpClient.newHttpClient(), URI.create(base()), nanos -> {});
        vaadin.open("cours/immunotherapy-typo");
        assertThat(vaadin.texts("h1")).contains("Page not found");
    }

    @Test
    void a_mistyped_address_shows_the_not_found_page_to_signed_in_educators() throws Exception {
        educator("typo.educator");
        Browser browser = new Browser();
        browser.signIn("typo.educator", PASSWORD);

        HttpResponse<String> page = browser.get("/educator/no-such-screen");

        assertThat(page.statusCode()).isEqualTo(200);
        UidlClient vaadin = new UidlClient(HttpClient.newHttpClient(), URI.create(base()), nanos -> {});
        vaadin.useCookie("JSESSIONID", browser.sessionId());
        vaadin.open("educator/no-such-screen");
        assertThat(vaadin.texts("h1")).contains("Page not found");
    }

    @Test
    void redirects_never_put_the_session_id_in_the_address() throws Exception {
        assertThat(web.getServletContext().getEffectiveSessionTrackingModes())
                .containsExactly(SessionTrackingMode.COOKIE);
        HttpResponse<String> response = new Browser().get("/educator");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith("/login")
                .doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void ending_an_educators_other_sessions_signs_them_out_and_keeps_this_one() throws Exception {
        educator("two.tabs");
        Browser kept = new Browser();
        Browser other = new Browser();
        kept.signIn("two.tabs", PASSWORD);
        other.signIn("two.tabs", PASSWORD);
        assertThat(kept.signedIn()).isTrue();
        assertThat(other.signedIn()).isTrue();

        int ended = sessions.endSessions("two.tabs", kept.sessionId());

        assertThat(ended).isEqualTo(1);
        assertThat(other.signedIn()).isFalse();
        assertThat(kept.signedIn()).isTrue();
    }

    @Test
    void a_multipart_request_with_sixty_parts_is_refused_and_logged_in_one_line(CapturedOutput output)
            throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            body.append("--B\r\nContent-Disposition: form-data; name=\"p")
                    .append(i)
                    .append("\"\r\n\r\n")
                    .append("x".repeat(60))
                    .append("\r\n");
        }
        body.append("--B--\r\n");

        for (String path : new String[] {"/", "/login", "/?v-r=uidl&v-uiId=0", "/educator/import"}) {
            int before = output.getAll().length();
            HttpResponse<String> response = new Browser()
                    .http.send(
                            HttpRequest.newBuilder(URI.create(base() + path.substring(1)))
                                    .header("Content-Type", "multipart/form-data; boundary=B")
                                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(413);
            String logged = output.getAll().substring(before);
            assertThat(logged.lines().filter(line -> line.contains("Refused POST")))
                    .as(path)
                    .singleElement()
                    .asString()
                    .contains("FileCountLimitExceededException");
            assertThat(logged).as(path).doesNotContain("\tat ").doesNotContain("Caused by");
        }
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private void educator(String name) {
        String oneTime = accounts.add(name, name, "admin");
        accounts.changePassword(name, oneTime, PASSWORD);
    }

    /** A cookie-keeping HTTP client that does not follow redirects. */
    private class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form, Optional<String> csrf)
                throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            if (csrf.isPresent()) {
                body += "&_csrf=" + URLEncoder.encode(csrf.get(), StandardCharsets.UTF_8);
            }
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Opens the sign-in page, as a browser does, and sends the form with the token the page carries. */
        HttpResponse<String> signIn(String user, String password) throws IOException, InterruptedException {
            Matcher token = CSRF_META.matcher(get("/login").body());
            assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();
            return post("/login", Map.of("username", user, "password", password), Optional.of(token.group(1)));
        }

        /** Whether an educator page opens (a visitor who is not signed in is sent to the sign-in page). */
        boolean signedIn() throws IOException, InterruptedException {
            return get("/educator").statusCode() == 200;
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID"))
                    .findFirst()
                    .orElseThrow()
                    .getValue();
        }

        private URI uri(String path) {
            return URI.create(base() + path.substring(1));
        }
    }
}
