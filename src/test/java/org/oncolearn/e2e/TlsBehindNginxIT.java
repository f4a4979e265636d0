package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oncolearn.KeepSecurityStrategy;
import org.oncolearn.account.EducatorAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app behind the project's own nginx configuration ({@code src/main/deploy/nginx-sticky.conf}) with TLS ended
 * at nginx, as in production: the app must know the browser used HTTPS, so that it sends HSTS, marks its cookies
 * Secure and redirects to https addresses. The certificate is a throw-away one made by openssl for this test.
 */
@ExtendWith(KeepSecurityStrategy.class)
@EnabledIfEnvironmentVariable(named = "ONCOLEARN_TEST_NGINX", matches = ".+")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class TlsBehindNginxIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private static Path prefix;
    private static Process nginx;
    private static int nginxPort;

    @LocalServerPort
    int appPort;

    @Autowired
    EducatorAccounts accounts;

    @BeforeAll
    static void makeCertificate() throws Exception {
        prefix = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "nginx-tls");
        Files.createDirectories(prefix.resolve("logs"));
        run(List.of(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout",
                prefix.resolve("key.pem").toString(),
                "-out",
                prefix.resolve("cert.pem").toString()));
    }

    @AfterAll
    static void stopNginx() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void over_https_through_nginx_the_app_sends_hsts_secure_cookies_and_https_redirects() throws Exception {
        startNginx();
        HttpClient browser = HttpClient.newBuilder()
                .sslContext(trusting(prefix.resolve("cert.pem")))
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> login = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThat(sessionCookie(login)).contains("Secure").contains("HttpOnly");

        HttpResponse<String> guarded = HttpClient.newBuilder()
                .sslContext(trusting(prefix.resolve("cert.pem")))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(get("/educator"), HttpResponse.BodyHandlers.ofString());
        assertThat(guarded.headers().firstValue("Location")).hasValue("https://localhost:" + nginxPort + "/login");

        String oneTime = accounts.add("tls.educator", "TLS Educator", "admin");
        accounts.changePassword("tls.educator", oneTime, "a-password-over-tls");
        Matcher token = CSRF_META.matcher(login.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=tls.educator&password="
                                + URLEncoder.encode("a-password-over-tls", StandardCharsets.UTF_8) + "&_csrf="
                                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow())
                .startsWith("https://localhost:" + nginxPort + "/")
                .doesNotContain("error");
        // The session id changes at sign-in; the new cookie is Secure too.
        assertThat(sessionCookie(signedIn)).contains("Secure");
    }

    @Test
    void over_plain_http_to_the_app_itself_there_is_no_hsts() throws Exception {
        HttpResponse<String> direct = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + appPort + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(direct)).doesNotContain("Secure");
    }

    private void startNginx() throws Exception {
        if (nginx != null) {
            return;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            nginxPort = socket.getLocalPort();
        }
        String config = Files.readString(Path.of("src", "main", "deploy", "nginx-sticky.conf"))
                .replace("127.0.0.1:8081", "127.0.0.1:" + appPort)
                .replace("        server 127.0.0.1:8082 max_fails=1 fail_timeout=10s;\n", "")
                .replace(
                        "listen 127.0.0.1:8080;",
                        "listen 127.0.0.1:" + nginxPort + " ssl;\n        ssl_certificate "
                                + prefix.resolve("cert.pem") + ";\n        ssl_certificate_key "
                                + prefix.resolve("key.pem") + ";")
                .replace("worker_processes auto;", "worker_processes 1;")
                .replace(
                        "http {",
                        "http {\n    access_log " + prefix.resolve("logs/access.log") + ";"
                                + "\n    client_body_temp_path " + prefix.resolve("body") + ";"
                                + "\n    proxy_temp_path " + prefix.resolve("proxy") + ";");
        assertThat(config).contains(" ssl;").contains("127.0.0.1:" + appPort);
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, config);
        nginx = new ProcessBuilder(
                        System.getenv("ONCOLEARN_TEST_NGINX"),
                        "-p",
                        prefix.toString(),
                        "-c",
                        conf.toString(),
                        "-e",
                        prefix.resolve("logs/error.log").toString(),
                        "-g",
                        "daemon off; pid " + prefix.resolve("nginx.pid") + ";")
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                throw new IOException("nginx stopped: " + Files.readString(prefix.resolve("logs/stdout.log")));
            }
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", nginxPort)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IOException("nginx did not listen on " + nginxPort);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private URI uri(String path) {
        return URI.create("https://localhost:" + nginxPort + path);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry(
                    "nginx", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
