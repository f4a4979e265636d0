package org.oncolearn.export.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.course.WarningSigns;
import org.oncolearn.course.WarningSigns.Sign;
import org.oncolearn.export.internal.SelfCheckModel.Question;
import org.oncolearn.export.internal.SelfCheckModel.Topic;

/**
 * Renders the patient self-check as one self-contained HTML page: every topic, question, rationale and warning sign
 * is in the page, with its script and stylesheet inline, so it needs no server after loading and can be saved as a
 * single file. The content security policy allows exactly that script and stylesheet, by hash, and nothing else.
 */
public final class SelfCheckBuilder {

    private final Templates templates = new Templates();
    private final String style = text("templates/selfcheck/selfcheck.css");
    private final String script = text("templates/selfcheck/selfcheck.js");
    private final InterfaceTexts texts = InterfaceTexts.load("i18n/patient", WarningSigns.LANGUAGES);

    public SelfCheckBuilder() {
        if (script.contains("</") || style.contains("</")) {
            throw new IllegalStateException("the self-check script and stylesheet must not contain \"</\"");
        }
    }

    /** The page and the content security policy it carries, for a server to send as a header as well. */
    public record Page(String html, String contentSecurityPolicy) {}

    public Page render(Course course, WarningSigns signs, String language) {
        return render(course, signs, language, 1, false);
    }

    /** How many sets of questions the course offers: the most patient checks any objective has. */
    public static int sets(Course course) {
        return course.lessons().stream()
                .flatMap(lesson -> byObjective(lesson.checks(Level.PATIENT)).values().stream())
                .mapToInt(List::size)
                .max()
                .orElse(1);
    }

    private static Map<String, List<Check>> byObjective(List<Check> checks) {
        Map<String, List<Check>> groups = new LinkedHashMap<>();
        checks.forEach(c ->
                groups.computeIfAbsent(c.objective(), k -> new ArrayList<>()).add(c));
        return groups;
    }

    /**
     * One question per objective, so the self-check stays short: set 1 asks the first check of each objective, set
     * 2 its variant, and so on. Served online, the summary links to the next set.
     */
    public Page render(Course course, WarningSigns signs, String language, int set, boolean online) {
        String opening = WarningSigns.LANGUAGES.contains(language) ? language : "en";
        List<Topic> topics = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            List<Check> checks = byObjective(lesson.checks(Level.PATIENT)).values().stream()
                    .map(group -> group.get((set - 1) % group.size()))
                    .toList();
            if (checks.isEmpty()) {
                continue;
            }
            List<Question> inTopic = new ArrayList<>();
            for (Check check : checks) {
                Question question = new Question(
                        questions.size() + 1,
                        topics.size() + 1,
                        check,
                        check.type() == CheckType.MULTIPLE,
                        aboutAWarningSign(check, signs));
                inTopic.add(question);
                questions.add(question);
            }
            topics.add(new Topic(topics.size() + 1, lesson, List.copyOf(inTopic)));
        }
        String policy = "default-src 'none'; script-src 'sha256-" + sha256(script) + "'; style-src 'sha256-"
                + sha256(style) + "'; img-src data:; base-uri 'none'; form-action 'none'";
        SelfCheckModel model = new SelfCheckModel(
                course,
                opening,
                texts.in(opening),
                topics,
                questions,
                signs,
                fingerprint(course, questions),
                style,
                script,
                texts.jsonHtml(),
                policy,
                online && sets(course) > 1
                        ? (set % sets(course) == 0 ? "/self-check" : "/self-check?set=" + (set + 1))
                        : "");
        return new Page(templates.render("selfcheck/self-check.html.vm", Map.of("page", model)), policy);
    }

    /** Missed questions about a warning sign come first in the summary: they matter most for safety. */
    static boolean aboutAWarningSign(Check check, WarningSigns signs) {
        StringBuilder text = new StringBuilder(check.stem());
        check.options().stream()
                .filter(Option::key)
                .forEach(o -> text.append(' ').append(o.text()));
        List<Sign> all = new ArrayList<>(signs.callNow().signs());
        all.addAll(signs.tellWithinADay().signs());
        return all.stream().anyMatch(sign -> sign.mentionedIn(text.toString()).isPresent());
    }

    /** Changes whenever the questions or their keys change, so answers kept in a tab never meet other questions. */
    private static String fingerprint(Course course, List<Question> questions) {
        CRC32 crc = new CRC32();
        crc.update((course.id() + "@" + course.version()).getBytes(StandardCharsets.UTF_8));
        for (Question question : questions) {
            crc.update(("Q" + question.check().id() + ":" + question.keyIds() + "/"
                            + question.options().size())
                    .getBytes(StandardCharsets.UTF_8));
        }
        return Long.toString(crc.getValue(), 36);
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String path) {
        try (InputStream in = SelfCheckBuilder.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing from the application: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
