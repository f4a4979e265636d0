package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oncolearn.account.EducatorAccounts;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.course.Source;
import org.oncolearn.e2e.XssCourse.Field;
import org.oncolearn.e2e.XssVectors.Vector;
import org.oncolearn.export.ScormExporter;
import org.oncolearn.export.ScormStandard;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Known XSS vectors in every authored field of a course, in Chromium: none runs in the app (learner flow, patient
 * self-check, educator editor with its live Markdown preview) or in an exported SCORM 1.2 or 2004 package played in
 * an LMS frame, and the vectors show as text. A trap records any call a vector would make and an audit looks for
 * markup that would run on a click; a first test proves that both catch the vectors when markup is inserted
 * unescaped.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "oncolearn.data-dir=./target/test-data/${random.uuid}",
            "oncolearn.self-check.course=" + XssCourse.ID
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XssVectorsIT {

    private static final String USER = "xss.educator";
    private static final String PASSWORD = EducatorAccounts.oneTimePassword() + "-it";
    private static final Path CONTENT = writeContent();

    /**
     * Clicks, hovers, focuses and submits whatever the vectors made in the frames of the unescaped page, as a curious
     * learner might, skipping links that would leave for the web.
     */
    private static final String INTERACT = """
            Array.prototype.forEach.call(document.querySelectorAll('iframe.vector'), function (frame) {
              var d = frame.contentDocument;
              if (!d) { return; }
              Array.prototype.forEach.call(d.querySelectorAll('*'), function (el) {
                var href = el.getAttribute('href') || el.getAttribute('xlink:href') || '';
                if (/^\\s*https?:/i.test(href)) { return; }
                el.removeAttribute && el.removeAttribute('target');
                ['mouseover', 'focusin'].forEach(function (type) {
                  el.dispatchEvent(new MouseEvent(type, { bubbles: true }));
                });
                if (el.localName === 'form') {
                  try { el.requestSubmit(); } catch (e) { /* no submit button */ }
                } else if (['a', 'button', 'x', 'math', 'input'].indexOf(el.localName) >= 0 || el.hasAttribute('onclick')) {
                  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
                }
              });
            });
            return true;
            """;

    @LocalServerPort
    int port;

    @TempDir
    static Path siteRoot;

    static Course course;
    static StaticSite site;
    static Browser browser;
    static ScormPlayer player;
    static int screensChecked;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("oncolearn.content.dir", CONTENT::toString);
        registry.add("oncolearn.admin.username", () -> USER);
        registry.add("oncolearn.admin.password", () -> PASSWORD);
    }

    /** The content folder must exist before the application starts, so it is written when the class loads. */
    private static Path writeContent() {
        try {
            Path content = Files.createDirectories(Path.of("target", "test-content", "xss-" + UUID.randomUUID()));
            XssCourse.writeInto(content);
            Files.copy(Path.of("quizzes", "drug-lexicon.yaml"), content.resolve("drug-lexicon.yaml"));
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void exportAndStart() throws IOException {
        course = CourseLoader.load(CONTENT.resolve(XssCourse.ID));
        ScormExporter exporter = new ScormExporter(Clock.systemUTC());
        for (ScormStandard standard : ScormStandard.values()) {
            ScormPackageInLmsIT.unzip(exporter.export(course, standard).open(), siteRoot.resolve(standard.key()));
        }
        TestLms.install(siteRoot);
        Files.writeString(siteRoot.resolve("unescaped.html"), unescapedPage());
        site = new StaticSite(siteRoot);
        browser = new Browser(1280, 1000);
        player = new ScormPlayer(browser);
        XssTrap.install(browser);
        System.out.printf(
                "XSS: %d vectors; field x vector pairs in the app %s, in a package %s%n",
                XssVectors.ALL.size(), total(XssCourse.coverage(false)), total(XssCourse.coverage(true)));
    }

    @AfterAll
    static void stop() {
        System.out.printf("XSS: %d screens checked for running script and live markup%n", screensChecked);
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    @Order(1)
    void every_field_kind_carries_every_vector_and_the_course_files_keep_them_exactly() {
        assertThat(XssVectors.ALL).hasSizeGreaterThanOrEqualTo(50);
        assertThat(XssVectors.ALL.stream().map(Vector::text).distinct()).hasSameSizeAs(XssVectors.ALL);
        for (Field field : Field.values()) {
            assertThat(XssCourse.dealtTo(field)).as(field.name()).containsAll(XssVectors.ALL);
        }
        assertThat(course)
                .as("the course as loaded from the files the course writer wrote")
                .usingRecursiveComparison()
                .isEqualTo(XssCourse.build());
    }

    @Test
    @Order(2)
    void the_trap_and_the_audit_catch_the_vectors_when_markup_is_inserted_unescaped() {
        browser.driver().get(site.url("unescaped.html"));
        browser.waitFor(d -> browser.script("return document.readyState === 'complete';"));
        pause(1500);
        browser.script(INTERACT);
        pause(1500);
        List<String> calls = XssTrap.calls(browser);
        Set<Integer> ran = idsIn(calls);
        List<WebElement> frames = browser.driver().findElements(By.cssSelector("iframe.vector"));
        assertThat(frames).hasSameSizeAs(XssVectors.ALL);
        Set<Integer> flagged = new TreeSet<>();
        for (int i = 0; i < frames.size(); i++) {
            if (!XssTrap.audit(browser, frames.get(i)).isEmpty()) {
                flagged.add(XssVectors.ALL.get(i).id());
            }
        }
        System.out.printf(
                "XSS control: %d of %d vectors ran when inserted unescaped: %s%n",
                ran.size(), XssVectors.ALL.size(), ran);
        Set<Integer> either = new TreeSet<>(ran);
        either.addAll(flagged);
        System.out.printf(
                "XSS control: the audit flagged live markup for %d vectors; %d ran or were flagged; neither: %s%n",
                flagged.size(),
                either.size(),
                IntStream.rangeClosed(1, XssVectors.ALL.size())
                        .filter(i -> !either.contains(i))
                        .boxed()
                        .toList());
        assertThat(ran)
                .as("the classic vectors are live when nothing escapes them")
                .contains(1, 2, 4, 5, 6, 9, 10, 11, 16, 18, 23, 41, 44, 50, 51, 54, 58, 62, 63, 81);
        assertThat(ran.size()).isGreaterThanOrEqualTo(50);
        assertThat(flagged)
                .as("the audit finds live markup where the classic vectors sit unescaped")
                .contains(4, 9, 13, 15, 17, 18, 23, 30, 32, 37, 38, 39, 44, 49, 81, 88);
        assertThat(either.size())
                .as("vectors that either ran or left live markup")
                .isGreaterThanOrEqualTo(XssVectors.ALL.size() * 8 / 10);
    }

    @Test
    @Order(3)
    void no_vector_runs_while_a_learner_works_through_the_course_in_the_app() {
        String base = "http://localhost:" + port;
        browser.driver().get(base + "/");
        waitForScript("return document.querySelector('.home-view') !== null;");
        if (content().contains("Continue without a name")) {
            browser.click("Continue without a name");
        }
        waitForContent(course.summary());
        assertClean("home");
        assertShown("home", course.title(), course.summary());
        clickButtonStartingWith("Start course");

        for (Lesson lesson : course.lessons()) {
            String heading = "Lesson " + lesson.number() + ": " + lesson.title();
            waitForScript(
                    "var h = document.querySelector('.lesson h2'); return h !== null && h.textContent === arguments[0];",
                    heading);
            assertClean("lesson " + lesson.number());
            assertShown("lesson " + lesson.number(), heading, lesson.summary());
            assertShown(
                    "lesson " + lesson.number(), lesson.objectives().values().toArray(String[]::new));
            assertSources("lesson " + lesson.number(), lesson.sources());
            assertLessonText("lesson " + lesson.number(), ".lesson-text", lesson);

            List<Check> checks = lesson.courseChecks();
            browser.click("Start the " + checks.size() + " checks");
            for (int i = 0; i < checks.size(); i++) {
                Check check = checks.get(i);
                String where = "lesson " + lesson.number() + " check " + (i + 1);
                waitForScript(
                        "var h = document.querySelector('.check h2');"
                                + "return h !== null && h.textContent === arguments[0];",
                        "Check " + (i + 1) + " of " + checks.size());
                assertClean(where);
                assertShown(where, check.stem());
                assertShown(where, texts(check));
                boolean right = i > 0;
                for (int option : picks(check, right)) {
                    chooseInApp(".check-options", option);
                }
                browser.click("Check answer");
                waitForScript("return document.querySelector('.feedback') !== null;");
                assertClean(where + " feedback");
                assertShown(where + " feedback", right ? "Correct" : "Not quite");
                assertShown(where + " feedback", rationales(check));
                assertShown(where + " feedback", texts(check));
                assertSources(where + " feedback", check.sources());
                browser.click(i == checks.size() - 1 ? "See your lesson result" : "Next check");
            }
            waitForScript("return document.querySelector('.lesson-result') !== null;");
            assertClean("lesson " + lesson.number() + " result");
            assertShown(
                    "lesson " + lesson.number() + " result", checks.getFirst().stem());
            if (lesson.number() < course.lessons().size()) {
                clickButtonStartingWith("Continue to lesson " + (lesson.number() + 1) + ": ");
            } else {
                browser.click("See the course summary");
            }
        }
        waitForScript("return document.querySelector('.course-summary') !== null;");
        assertClean("course summary");
        assertShown(
                "course summary",
                course.lessons().stream()
                        .map(l -> "Lesson " + l.number() + ": " + l.title())
                        .toArray(String[]::new));
    }

    @Test
    @Order(4)
    void no_vector_runs_in_the_patient_self_check() {
        browser.driver().get("http://localhost:" + port + "/self-check");
        waitForScript("return document.getElementById('start') !== null && !document.getElementById('start').hidden;");
        assertClean("self-check start");
        assertScreenShows("self-check start", "“" + course.title() + "”");
        clickLink("Start");

        List<Check> questions = course.lessons().stream()
                .flatMap(l -> l.checks(Level.PATIENT).stream())
                .toList();
        List<String> asks = new ArrayList<>();
        int number = 0;
        for (Lesson lesson : course.lessons()) {
            waitForScript("var s = document.querySelector('.topic:not([hidden])'); return s !== null;");
            assertClean("self-check topic " + lesson.number());
            assertScreenShows("self-check topic " + lesson.number(), lesson.title(), lesson.summary());
            clickLink("Go to the questions");
            List<Check> checks = lesson.checks(Level.PATIENT);
            for (int i = 0; i < checks.size(); i++) {
                Check check = checks.get(i);
                number++;
                String where = "self-check question " + number;
                waitForScript(
                        "var h = document.querySelector('.question:not([hidden]) h2');"
                                + "return h !== null && h.textContent === arguments[0];",
                        "Question " + number + " of " + questions.size());
                assertClean(where);
                assertScreenShows(where, check.stem());
                assertScreenShows(where, texts(check));
                // Choosing every option shows every option's rationale.
                for (int option = 0; option < check.options().size(); option++) {
                    browser.script(
                            "document.querySelectorAll('.question:not([hidden]) .option label')[arguments[0]].click();",
                            option);
                }
                browser.script("document.querySelector('.question:not([hidden]) button[type=submit]').click();");
                waitForScript("return document.querySelector('.question:not([hidden]) .feedback p') !== null;");
                assertClean(where + " feedback");
                assertScreenShows(where + " feedback", rationales(check));
                assertScreenShows(where + " feedback", check.ask().orElseThrow());
                asks.add(check.ask().orElseThrow());
                boolean last = number == questions.size();
                clickLink(last ? "See my summary" : i == checks.size() - 1 ? "Next topic" : "Next question");
            }
        }
        waitForScript("return !document.getElementById('summary').hidden;");
        assertClean("self-check summary");
        assertScreenShows("self-check summary", "“" + course.title() + "”");
        assertScreenShows("self-check summary", asks.toArray(String[]::new));
    }

    /** Follows a link of the shown self-check screen by its text, as a patient taps it. */
    private static void clickLink(String text) {
        WebElement link = browser.waitFor(d -> d.findElements(By.cssSelector(".screen:not([hidden]) a.button")).stream()
                .filter(a -> a.getText().strip().equals(text))
                .findFirst()
                .orElse(null));
        link.click();
    }

    @ParameterizedTest
    @EnumSource(ScormStandard.class)
    @Order(5)
    void no_vector_runs_in_an_exported_package_played_in_an_lms_frame(ScormStandard standard) throws Exception {
        assertManifestKeepsTitleAsText(standard);
        TestLms lms = new TestLms(browser, site);
        lms.launch(standard, standard.key(), null, Map.of());
        enterPackage();
        String pkg = standard.key();
        assertThat(browser.script("return document.querySelector('title').textContent;"))
                .isEqualTo(withoutNul(course.title()));
        for (Lesson lesson : course.lessons()) {
            String where = pkg + " lesson " + lesson.number();
            waitForScript(
                    "var s = document.querySelector('.lesson-reader:not([hidden]) .screen-heading');"
                            + "return s !== null && s.textContent === arguments[0];",
                    "Lesson " + lesson.number() + ": " + withoutNul(lesson.title()));
            assertPackageClean(where);
            assertScreenShows(where, lesson.summary());
            assertScreenShows(where, lesson.objectives().values().toArray(String[]::new));
            assertScreenShows(
                    where, lesson.sources().stream().map(Source::title).toArray(String[]::new));
            assertLessonText(where, ".lesson-reader:not([hidden]) .lesson-body", lesson);
            assertLinks(where, lesson.sources());

            // One check per objective a round: a check is answered wrong while its objective has a check not yet
            // shown, so that retries bring every check of the lesson on screen.
            List<Check> checks = lesson.courseChecks();
            player.click(ScormPlayer.startLabel(lesson));
            Set<String> shown = new HashSet<>();
            for (int round = 1; ; round++) {
                String heading = (String) waitForValue("var s = document.querySelector('form.check:not([hidden])"
                        + " .screen-heading'); return s === null || s.textContent === '' ? null : s.textContent;");
                Matcher count = Pattern.compile("check 1 of (\\d+) ·").matcher(heading.toLowerCase(Locale.ROOT));
                assertThat(count.find()).as("heading %s", heading).isTrue();
                int asked = Integer.parseInt(count.group(1));
                for (int i = 0; i < asked; i++) {
                    String at = where + " round " + round + " check " + (i + 1);
                    waitForScript(
                            "var s = document.querySelector('form.check:not([hidden]) .screen-heading');"
                                    + "return s !== null && s.textContent === arguments[0];",
                            (round == 1 ? "Check " : "Retry: check ") + (i + 1) + " of " + asked + " · Lesson "
                                    + lesson.number());
                    Check check = player.shownCheck(course);
                    shown.add(check.id());
                    assertPackageClean(at);
                    assertScreenShows(at, check.stem());
                    assertScreenShows(at, texts(check));
                    boolean right = checks.stream()
                            .filter(c -> c.objective().equals(check.objective()))
                            .allMatch(c -> shown.contains(c.id()));
                    for (int option : picks(check, right)) {
                        browser.script(
                                "document.querySelector('form.check:not([hidden]) .option[data-option=\"'"
                                        + " + arguments[0] + '\"] label').click();",
                                check.options().get(option).id());
                    }
                    player.click("Check answer");
                    waitForScript(
                            "var f = document.querySelector('form.check:not([hidden]) .feedback-title');"
                                    + "return f !== null && f.textContent === arguments[0];",
                            right ? "Correct" : "Not quite");
                    assertPackageClean(at + " feedback");
                    assertScreenShows(at + " feedback", rationales(check));
                    assertScreenShows(
                            at + " feedback",
                            check.sources().stream().map(Source::title).toArray(String[]::new));
                    player.click(i == asked - 1 ? "See your lesson result" : "Next check");
                }
                waitForScript("return !document.getElementById('lesson-result').hidden;");
                assertPackageClean(where + " result " + round);
                Object retried = browser.script("var b = Array.prototype.filter.call("
                        + "document.querySelectorAll('#lesson-result button'), function (b) {"
                        + " return b.textContent.indexOf('Retry what you missed') === 0; })[0];"
                        + "if (b) { b.click(); } return Boolean(b);");
                if (!Boolean.TRUE.equals(retried)) {
                    break;
                }
            }
            assertThat(shown).as("%s: every check shown", where).hasSize(checks.size());
            if (lesson.number() < course.lessons().size()) {
                Lesson next = course.lessons().get(lesson.number());
                player.click("Continue to lesson " + next.number() + ": " + withoutNul(next.title()));
            } else {
                player.click("See the course summary");
            }
        }
        waitForScript("return !document.getElementById('course-summary').hidden;");
        assertPackageClean(pkg + " course summary");
        assertScreenShows(
                pkg + " course summary",
                course.lessons().stream()
                        .map(l -> "Lesson " + l.number() + ": " + l.title())
                        .toArray(String[]::new));
        lms.unload(standard);
        player.leaveFrame();
        assertThat(XssTrap.calls(browser))
                .as("%s after the package closed", pkg)
                .isEmpty();
    }

    @Test
    @Order(6)
    void no_vector_runs_in_the_educator_pages_the_course_editor_or_its_live_markdown_preview() {
        String base = "http://localhost:" + port;
        browser.signIn(base, USER, PASSWORD);
        browser.driver().get(base + "/educator");
        waitForScript("return document.querySelector('.educator-view') !== null;");
        assertClean("educator area");
        assertShown("educator area", course.title(), "Edit", "Export");

        browser.driver().get(base + "/export/" + course.id());
        waitForContent("Export for LMS: " + course.title());
        assertClean("export page");

        browser.driver().get(base + "/educator");
        waitForScript("return document.querySelector('.educator-view') !== null;");
        clickButtonStartingWith("Edit");
        waitForContent("Edit course: " + course.title());
        for (Lesson lesson : course.lessons()) {
            openLessonTab(lesson);
            assertClean("course editor, lesson " + lesson.number());
            assertLessonText("course editor preview of lesson " + lesson.number(), ".markdown-preview", lesson);
        }

        // Lesson 1 gets every vector, so that the learner preview opens on it.
        openLessonTab(course.lessons().getFirst());
        String marker = "Preview of every vector " + UUID.randomUUID();
        String markdown =
                XssVectors.ALL.stream().map(Vector::text).collect(Collectors.joining("\n\n", marker + "\n\n", "\n"));
        browser.script(
                "var area = Array.from(document.querySelectorAll('vaadin-text-area'))"
                        + ".find(a => a.label === 'Lesson text (Markdown)');"
                        + "area.value = arguments[0];"
                        // Flow sends a lazily synchronised value after an input event, as typing gives.
                        + "area.inputElement.dispatchEvent(new Event('input', {bubbles: true, composed: true}));",
                markdown);
        waitForScript(
                "return document.querySelector('.markdown-preview').textContent.indexOf(arguments[0]) >= 0;", marker);
        assertClean("live Markdown preview of every vector");
        String preview = (String) browser.script("return document.querySelector('.markdown-preview').textContent;");
        assertThat(preview).contains(plain(XssVectors.ALL));

        String previewLink = (String) browser.script(
                "return Array.from(document.querySelectorAll('a')).find(a => a.textContent === 'Preview as learner')"
                        + ".href;");
        browser.driver().get(previewLink);
        waitForScript("return document.querySelector('.lesson') !== null;");
        assertClean("preview as learner");
        assertShown("preview as learner", marker);
    }

    /**
     * The editor shows one lesson at a time, chosen with its button in the lesson picker. The picker is drawn again
     * after every choice, so a click can land on a button that is being replaced; it is repeated until the lesson
     * shows.
     */
    private static void openLessonTab(Lesson lesson) {
        String heading = "Lesson " + lesson.number() + ": " + lesson.title();
        String shown = "var h = document.querySelector('.lesson-editor h2');"
                + "return h !== null && h.textContent === arguments[0];";
        browser.waitFor(d -> {
            if (Boolean.TRUE.equals(browser.script(shown, heading))) {
                return Boolean.TRUE;
            }
            browser.script(
                    "var b = Array.from(document.querySelectorAll('.lesson-picker vaadin-button'))"
                            + ".find(t => t.textContent.trim() === arguments[0]); if (b) { b.click(); }",
                    "Lesson " + lesson.number());
            return null;
        });
    }

    // ---------------------------------------------------------------- checks

    private static void assertClean(String screen) {
        screensChecked++;
        assertThat(XssTrap.calls(browser))
                .as("script run by authored content on the %s screen", screen)
                .isEmpty();
        assertThat(XssTrap.audit(browser))
                .as("live markup from authored content on the %s screen", screen)
                .isEmpty();
    }

    /** Markup that breaks out of its place can stop the player from starting; then the trap says why. */
    private static void enterPackage() {
        try {
            player.enterFrame();
        } catch (TimeoutException e) {
            player.leaveFrame();
            List<String> calls = XssTrap.calls(browser);
            browser.driver().switchTo().frame("sco");
            throw new AssertionError(
                    "the package did not start; the trap recorded " + calls + " and the audit found "
                            + XssTrap.audit(browser),
                    e);
        }
    }

    /** The LMS window collects what the package frame records; the audit looks inside the frame. */
    private static void assertPackageClean(String screen) {
        screensChecked++;
        player.leaveFrame();
        List<String> calls = XssTrap.calls(browser);
        player.enterFrame();
        assertThat(calls)
                .as("script run by authored content on the %s screen", screen)
                .isEmpty();
        assertThat(XssTrap.calls(browser))
                .as("script run by authored content on the %s screen", screen)
                .isEmpty();
        assertThat(XssTrap.audit(browser))
                .as("live markup from authored content on the %s screen", screen)
                .isEmpty();
    }

    private static void assertShown(String screen, String... texts) {
        String page = content();
        for (String text : texts) {
            assertThat(page).as("text on the %s screen", screen).contains(text);
        }
    }

    /** The package's HTML parser drops NUL characters from text, as every browser does. */
    private static void assertScreenShows(String screen, String... texts) {
        String shown =
                (String) browser.script("return Array.from(document.querySelectorAll('.screen')).filter(s => !s.hidden)"
                        + ".map(s => s.textContent).join('\\n');");
        for (String text : texts) {
            assertThat(shown).as("text on the %s screen", screen).contains(withoutNul(text));
        }
    }

    /** The lesson text shows the vectors that Markdown leaves alone exactly as written, as text. */
    private static void assertLessonText(String screen, String selector, Lesson lesson) {
        String text = (String) browser.script(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent).join('\\n');",
                selector);
        assertThat(text).as("lesson text on the %s screen", screen).contains(plainInMarkdown(lesson));
    }

    /** Every source is a link to exactly its https address, titled with its title as text. */
    private static void assertSources(String screen, List<Source> sources) {
        assertShown(screen, sources.stream().map(Source::title).toArray(String[]::new));
        assertLinks(screen, sources);
    }

    private static void assertLinks(String screen, List<Source> sources) {
        for (Source source : sources) {
            Object links = browser.script(
                    "return Array.from(document.querySelectorAll('a')).filter(a => a.getAttribute('href') === arguments[0]"
                            + " && a.textContent.replace(/\\0/g, '') === arguments[1] && a.protocol === 'https:').length;",
                    source.url().toString(),
                    withoutNul(source.title()));
            assertThat((Long) links)
                    .as("links to %s on the %s screen", source.key(), screen)
                    .isPositive();
        }
    }

    private static void assertManifestKeepsTitleAsText(ScormStandard standard) throws Exception {
        Document manifest = DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(siteRoot.resolve(standard.key())
                        .resolve("imsmanifest.xml")
                        .toFile());
        NodeList titles = manifest.getElementsByTagNameNS("*", "title");
        assertThat(titles.getLength()).isPositive();
        for (int i = 0; i < titles.getLength(); i++) {
            assertThat(titles.item(i).getTextContent()).isEqualTo(withoutNul(course.title()));
            assertThat(titles.item(i).getChildNodes().getLength()).isEqualTo(1);
        }
    }

    // ---------------------------------------------------------------- the learner's moves

    private static String content() {
        return (String) browser.script("return document.body.textContent;");
    }

    private static void waitForContent(String text) {
        waitForScript("return document.body.textContent.indexOf(arguments[0]) >= 0;", text);
    }

    private static void waitForScript(String script, Object... args) {
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script(script, args)) ? Boolean.TRUE : null);
    }

    private static Object waitForValue(String script) {
        return browser.waitFor(d -> browser.script(script));
    }

    private static void clickButtonStartingWith(String prefix) {
        WebElement button = browser.waitFor(d -> (WebElement) browser.script(
                "return Array.from(document.querySelectorAll('vaadin-button')).find(b => b.offsetParent !== null"
                        + " && b.textContent.trim().startsWith(arguments[0])) || null;",
                prefix));
        button.click();
    }

    /** Option labels are long and full of markup-like text, so options are picked by position or by id. */
    private static void chooseInApp(String scope, int index) {
        String labels = scope + " vaadin-radio-button > label, " + scope + " vaadin-checkbox > label";
        List<WebElement> options = browser.waitFor(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(labels));
            return found.size() == XssCourse.OPTIONS ? found : null;
        });
        options.get(index).click();
    }

    /** The keys for a right answer, or the first option that is not a key for a wrong one. */
    private static List<Integer> picks(Check check, boolean right) {
        List<Integer> picks = new ArrayList<>();
        for (int i = 0; i < check.options().size(); i++) {
            if (check.options().get(i).key() == right) {
                picks.add(i);
                if (!right) {
                    break;
                }
            }
        }
        return picks;
    }

    private static String[] texts(Check check) {
        return check.options().stream().map(Option::text).toArray(String[]::new);
    }

    private static String[] rationales(Check check) {
        return check.options().stream().map(Option::rationale).toArray(String[]::new);
    }

    // ---------------------------------------------------------------- vectors as text

    private static final Pattern PLAIN_HTML = Pattern.compile("<[a-zA-Z][a-zA-Z0-9]*[ />][^\\n`*_\\\\\\[\\]&!]*");

    /**
     * The vectors of a lesson text that Markdown leaves as they are: single-line markup without Markdown
     * punctuation or entities. The text around them is Markdown, which learners see formatted.
     */
    private static String[] plainInMarkdown(Lesson lesson) {
        String markdown = lesson.text().markdown();
        List<Vector> inText =
                XssVectors.ALL.stream().filter(v -> markdown.contains(v.text())).toList();
        return plain(inText);
    }

    private static String[] plain(List<Vector> vectors) {
        String[] plain = vectors.stream()
                .map(Vector::text)
                .filter(text -> PLAIN_HTML.matcher(text).matches() && !text.contains("\0"))
                .toArray(String[]::new);
        assertThat(plain).as("plain markup vectors to look for").isNotEmpty();
        return plain;
    }

    private static String withoutNul(String text) {
        return text.replace("\0", "");
    }

    // ---------------------------------------------------------------- the unescaped control page

    /**
     * Each vector in a frame of its own, inserted as raw HTML and as Markdown rendered without escaping or address
     * checks: what a page would show if the app or the exporter stopped escaping.
     */
    private static String unescapedPage() {
        Parser parser = Parser.builder().build();
        HtmlRenderer unsafe = HtmlRenderer.builder().build();
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Unescaped vectors</title></head><body>\n");
        for (Vector vector : XssVectors.ALL) {
            String inside = "<p>Vector " + vector.id() + "</p>" + vector.text() + "\n"
                    + unsafe.render(parser.parse(vector.text()));
            page.append("<iframe class=\"vector\" title=\"vector ")
                    .append(vector.id())
                    .append("\" srcdoc=\"")
                    .append(attribute(inside))
                    .append("\"></iframe>\n");
        }
        return page.append("</body></html>\n").toString();
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    private static final Pattern ID = Pattern.compile("\\((\\d+)\\)");

    private static Set<Integer> idsIn(List<String> log) {
        Set<Integer> ids = new TreeSet<>();
        for (String entry : log) {
            Matcher m = ID.matcher(entry);
            while (m.find()) {
                ids.add(Integer.parseInt(m.group(1)));
            }
        }
        return ids;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int total(Map<Field, Integer> coverage) {
        return coverage.values().stream().mapToInt(Integer::intValue).sum();
    }
}
