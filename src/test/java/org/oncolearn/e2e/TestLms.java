package org.oncolearn.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.oncolearn.export.ScormStandard;

/**
 * The LMS side of a test: scorm-again's SCORM API in a page that launches a package in a frame (or a new window) and
 * keeps a log of every call the package makes.
 */
final class TestLms {

    private static final List<String> FILES = List.of("harness.html", "harness.js", "scorm12.js", "scorm2004.js");

    private final Browser browser;
    private final StaticSite site;

    TestLms(Browser browser, StaticSite site) {
        this.browser = browser;
        this.site = site;
    }

    /** Copies the test LMS into the folder the site serves. */
    static void install(Path siteRoot) throws IOException {
        for (String file : FILES) {
            try (InputStream in = TestLms.class.getResourceAsStream("/lms/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource lms/" + file + " (run the Maven build)");
                }
                Files.copy(in, siteRoot.resolve(file));
            }
        }
    }

    void launch(ScormStandard standard, String packagePath, String previousData, Map<String, Object> options) {
        browser.driver().switchTo().defaultContent();
        browser.driver().get(site.url("harness.html"));
        browser.script(
                "window.launch(arguments[0], arguments[1], arguments[2], arguments[3]);",
                standard.key(),
                site.url(packagePath + "/index.html"),
                previousData,
                options);
    }

    /** Closes the package as an LMS does when the learner leaves, and waits until it has terminated. */
    void unload(ScormStandard standard) {
        browser.driver().switchTo().defaultContent();
        browser.script("window.unload();");
        String finish = standard == ScormStandard.SCORM12 ? "LMSFinish" : "Terminate";
        browser.waitFor(d -> calls(finish).isEmpty() ? null : Boolean.TRUE);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> data() {
        browser.driver().switchTo().defaultContent();
        return (Map<String, Object>) browser.script("return window.data();");
    }

    /** The data model as JSON, in the order scorm-again needs to load it again for a relaunch. */
    String snapshot() {
        browser.driver().switchTo().defaultContent();
        return (String) browser.script("return JSON.stringify(window.lmsApi.cmi);");
    }

    /** What the package last asked to store in an element, as sent (the runtime may normalise what it keeps). */
    String lastValueSet(String element) {
        List<Map<String, Object>> sets = calls("LMSSetValue");
        sets = sets.isEmpty() ? calls("SetValue") : sets;
        return sets.stream()
                .map(c -> (List<?>) c.get("args"))
                .filter(args -> element.equals(args.get(0)))
                .map(args -> (String) args.get(1))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("the package never set " + element));
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> calls(String name) {
        browser.driver().switchTo().defaultContent();
        return (List<Map<String, Object>>) browser.script("return window.calls(arguments[0]);", name);
    }
}
