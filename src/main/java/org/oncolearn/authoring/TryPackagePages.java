package org.oncolearn.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.concurrent.ConcurrentHashMap;
import org.oncolearn.course.Course;
import org.oncolearn.draft.EditorService;
import org.oncolearn.export.CourseExports;
import org.oncolearn.export.ScormExporter;
import org.oncolearn.export.ScormStandard;
import org.oncolearn.ui.Translations;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages inside "Try the package": a small LMS page that runs the SCORM runtime (scorm-again) and shows what it
 * records, the package's own files as an LMS would serve them after unpacking, and the runtime's scripts. Everything
 * is built in memory from the course's current version and served to educators only; no file is written and nothing
 * the package reports reaches the server.
 */
@Controller
class TryPackagePages {

    static final String BASE = "/try-package";

    /**
     * The LMS page: its own scripts and styles only, the package in a frame of the same origin, and framed only by
     * the app's own "Try the package" screen.
     */
    static final String HOST_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
    /** The package's files: what its own launch page declares, and framed only by the LMS page above. */
    static final String PACKAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data: https: http:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    /** The runtime's files as the build puts them into the app's classes (see the pom's scorm-again execution). */
    private static final Map<String, String> RUNTIME = Map.of(
            "scorm12.js", "scorm-again/scorm12.js",
            "scorm2004.js", "scorm-again/scorm2004.js",
            "try.js", "try-package/try.js",
            "try.css", "try-package/try.css");

    /** Texts the page's script shows, looked up in the interface's language. */
    private static final List<String> SCRIPT_TEXTS = List.of(
            "try.state.running",
            "try.state.relaunched",
            "try.state.reset",
            "try.state.finished",
            "try.value.none",
            "try.score.raw",
            "try.score.scaled",
            "try.suspend.size12",
            "try.suspend.size2004",
            "try.suspend.over",
            "try.suspend.empty",
            "try.error.set",
            "try.error.call",
            "try.error.runtime",
            "try.interactions.none",
            "try.errors.none");

    /** Packages kept built at once, a few hundred kilobytes each. */
    private static final int MAX_BUILT = 32;

    private final CourseExports exports;
    private final EditorService editor;
    private final Translations translations;
    private final ScormExporter scorm;
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    TryPackagePages(CourseExports exports, EditorService editor, Translations translations, Clock clock) {
        this.exports = exports;
        this.editor = editor;
        this.translations = translations;
        this.scorm = new ScormExporter(clock);
    }

    /** A package's files by path, with the course they were built from. */
    private record Built(Course course, SequencedMap<String, byte[]> files) {}

    /**
     * {@code source} is {@code course} for a course of the catalog (its current published version) or {@code draft}
     * for a draft of the editor, by its id.
     */
    @GetMapping(BASE + "/{source}/{course}/{standard}/host.html")
    ResponseEntity<String> host(
            @PathVariable String source,
            @PathVariable String course,
            @PathVariable String standard,
            @RequestParam(name = "lang", required = false) String lang) {
        Locale locale = "de".equals(lang) ? Translations.GERMAN : Translations.ENGLISH;
        Optional<ScormStandard> chosen = ScormStandard.byKey(standard);
        Optional<Built> files = chosen.flatMap(s -> files(source, course, s));
        if (files.isEmpty() || !runtimeAvailable(chosen.get())) {
            return ResponseEntity.status(404)
                    .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .header("Content-Security-Policy", HOST_POLICY)
                    .body(unavailable(locale, files.isEmpty()));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", HOST_POLICY)
                .body(hostPage(locale, chosen.get()));
    }

    @GetMapping(BASE + "/{source}/{course}/{standard}/sco/{*path}")
    ResponseEntity<byte[]> packageFile(
            @PathVariable String source,
            @PathVariable String course,
            @PathVariable String standard,
            @PathVariable String path) {
        Optional<byte[]> file = ScormStandard.byKey(standard)
                .flatMap(s -> files(source, course, s))
                .map(f -> f.files().get(path.startsWith("/") ? path.substring(1) : path));
        if (file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(mediaType(path))
                .header("Content-Security-Policy", PACKAGE_POLICY)
                .body(file.get());
    }

    @GetMapping(BASE + "/runtime/{file}")
    ResponseEntity<byte[]> runtime(@PathVariable String file) throws IOException {
        String resource = RUNTIME.get(file);
        byte[] bytes = resource == null ? null : resource(resource);
        if (bytes == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(mediaType(file)).body(bytes);
    }

    /**
     * The package built in memory, once per content: a course of the catalog stays the same object until it is
     * published again, and a draft loads equal to itself until it is edited.
     */
    private Optional<Built> files(String source, String id, ScormStandard standard) {
        Optional<Course> course = course(source, id);
        String key = source + "/" + id + "/" + standard.key();
        if (course.isEmpty()) {
            built.remove(key);
            return Optional.empty();
        }
        Built current = built.get(key);
        if (current != null && current.course().equals(course.get())) {
            return Optional.of(current);
        }
        Built fresh = new Built(course.get(), scorm.files(course.get(), standard));
        if (built.size() >= MAX_BUILT) {
            // Packages of drafts tried once would otherwise pile up; building one again takes milliseconds.
            built.clear();
        }
        built.put(key, fresh);
        return Optional.of(fresh);
    }

    private Optional<Course> course(String source, String id) {
        return switch (source) {
            case "course" -> exports.course(id);
            case "draft" -> editor.draftForPreview(id);
            default -> Optional.empty();
        };
    }

    private static boolean runtimeAvailable(ScormStandard standard) {
        return TryPackagePages.class.getClassLoader().getResource("scorm-again/" + standard.key() + ".js") != null;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = TryPackagePages.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private String hostPage(Locale locale, ScormStandard standard) {
        Map<String, String> texts = new LinkedHashMap<>();
        SCRIPT_TEXTS.forEach(key -> texts.put(key, t(locale, key)));
        StringBuilder json = new StringBuilder("{");
        texts.forEach((key, value) -> json.append(json.length() > 1 ? "," : "")
                .append(jsonString(key))
                .append(':')
                .append(jsonString(value)));
        json.append('}');
        boolean v12 = standard == ScormStandard.SCORM12;
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s</title>
                  <link rel="stylesheet" href="../../../runtime/try.css">
                  <script src="../../../runtime/%s.js"></script>
                  <script src="../../../runtime/try.js" defer></script>
                  <script type="application/json" id="texts">%s</script>
                </head>
                <body data-standard="%s">
                  <div class="try">
                    <section class="player" aria-label="%s">
                      <div class="controls">
                        <button type="button" id="relaunch">%s</button>
                        <button type="button" id="reset">%s</button>
                      </div>
                      <p id="state" class="state" role="status"></p>
                      <iframe id="sco" title="%s" src="about:blank"></iframe>
                    </section>
                    <section class="record" aria-labelledby="record-heading">
                      <h2 id="record-heading">%s</h2>
                      <p class="hint">%s</p>
                      <dl class="summary">
                        <dt>%s</dt><dd id="status">%s</dd>
                        %s
                        <dt>%s</dt><dd id="score">%s</dd>
                      </dl>
                      <h3 id="interactions-heading">%s</h3>
                      <p id="no-interactions">%s</p>
                      <div class="table-scroll" tabindex="0" role="region" aria-labelledby="interactions-heading">
                        <table id="interactions" hidden>
                          <thead><tr><th scope="col">#</th><th scope="col">%s</th><th scope="col">%s</th>\
                <th scope="col">%s</th><th scope="col">%s</th></tr></thead>
                          <tbody></tbody>
                        </table>
                      </div>
                      <h3>suspend_data</h3>
                      <p id="suspend-size"></p>
                      <details>
                        <summary>%s</summary>
                        <pre id="suspend"></pre>
                      </details>
                      <h3>%s</h3>
                      <p id="no-errors">%s</p>
                      <ul id="errors"></ul>
                    </section>
                  </div>
                </body>
                </html>
                """.formatted(
                        locale.getLanguage(),
                        html(t(locale, "try.host.title", standard.label())),
                        standard.key(),
                        json.toString(),
                        standard.key(),
                        html(t(locale, "try.player", standard.label())),
                        html(t(locale, "try.relaunch")),
                        html(t(locale, "try.reset")),
                        html(t(locale, "try.frame", standard.label())),
                        html(t(locale, "try.record")),
                        html(t(locale, "try.record.hint")),
                        html(v12 ? "cmi.core.lesson_status" : "cmi.completion_status"),
                        html(t(locale, "try.value.none")),
                        v12
                                ? ""
                                : "<dt>cmi.success_status</dt><dd id=\"success\">" + html(t(locale, "try.value.none"))
                                        + "</dd>",
                        html(t(locale, "try.score")),
                        html(t(locale, "try.value.none")),
                        html(t(locale, "try.interactions")),
                        html(t(locale, "try.interactions.none")),
                        html(t(locale, "try.interactions.id")),
                        html(t(locale, "try.interactions.type")),
                        html(t(locale, "try.interactions.response")),
                        html(t(locale, "try.interactions.result")),
                        html(t(locale, "try.suspend.show")),
                        html(t(locale, "try.errors")),
                        html(t(locale, "try.errors.none")));
    }

    private String unavailable(Locale locale, boolean noCourse) {
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><title>%s</title><link rel="stylesheet" href="../../../runtime/try.css"></head>
                <body><p class="state">%s</p></body>
                </html>
                """.formatted(
                        locale.getLanguage(),
                        html(t(locale, "try.title")),
                        html(t(locale, noCourse ? "try.missing.course" : "try.missing.runtime")));
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    private static MediaType mediaType(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html")) {
            return new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
        }
        if (name.endsWith(".js")) {
            return new MediaType("text", "javascript", StandardCharsets.UTF_8);
        }
        if (name.endsWith(".css")) {
            return new MediaType("text", "css", StandardCharsets.UTF_8);
        }
        if (name.endsWith(".xml") || name.endsWith(".xsd") || name.endsWith(".dtd")) {
            return new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }

    static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
