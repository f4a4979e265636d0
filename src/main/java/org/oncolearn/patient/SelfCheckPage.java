package org.oncolearn.patient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.oncolearn.course.Course;
import org.oncolearn.course.WarningSigns;
import org.oncolearn.export.SelfCheckExporter;
import org.oncolearn.export.SelfCheckExporter.SelfCheckFile;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves the patient self-check as one static page, the same file the educator can download: no server session, no
 * cookie, nothing about the patient reaches the server after the page has loaded.
 */
@Controller
class SelfCheckPage {

    /** Content changes only on publishing; a patient's browser may keep the page this long, and works offline. */
    static final Duration BROWSER_CACHE = Duration.ofMinutes(10);

    private final SelfCheckCourses courses;
    private final WarningSigns signs;
    private final SelfCheckExporter exporter = new SelfCheckExporter();
    private final Map<Integer, Rendered> last = new ConcurrentHashMap<>();

    SelfCheckPage(SelfCheckCourses courses, WarningSigns signs) {
        this.courses = courses;
        this.signs = signs;
    }

    private record Rendered(Course course, SelfCheckFile file, String etag) {}

    /** {@code set} picks another question on each topic; anything but a known set number gives the first set. */
    @GetMapping("/self-check")
    ResponseEntity<byte[]> page(WebRequest request, @RequestParam(name = "set", required = false) String set) {
        Rendered page = rendered(set(set));
        if (request.checkNotModified(page.etag())) {
            return null;
        }
        return ResponseEntity.status(page.course() == null ? 503 : 200)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(BROWSER_CACHE).cachePublic())
                .eTag(page.etag())
                .header("Content-Security-Policy", page.file().contentSecurityPolicy())
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .body(page.file().html());
    }

    /** The old address of the urgent-help page, printed on leaflets: now a section of the self-check itself. */
    @GetMapping("/self-check/urgent-help")
    ResponseEntity<Void> urgentHelp() {
        return ResponseEntity.status(302)
                .header(HttpHeaders.LOCATION, "/self-check#urgent")
                .build();
    }

    private int set(String requested) {
        int sets = courses.course().map(SelfCheckExporter::sets).orElse(1);
        try {
            int set = Integer.parseInt(requested == null ? "1" : requested.strip());
            return set >= 1 && set <= sets ? set : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Rendered once per course version and set; the catalog hands out the same course object until content changes. */
    private Rendered rendered(int set) {
        Course course = courses.course().orElse(null);
        Rendered cached = last.get(set);
        if (cached != null && cached.course() == course) {
            return cached;
        }
        SelfCheckFile file =
                course == null ? exporter.unavailable(signs) : exporter.render(course, signs, "en", set, true);
        // A weak tag: Tomcat does not compress a response that carries a strong one.
        Rendered fresh = new Rendered(course, file, "W/\"" + sha256(file.html()).substring(0, 32) + "\"");
        last.put(set, fresh);
        return fresh;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
