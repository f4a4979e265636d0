package org.oncolearn.bankimport.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.oncolearn.bankimport.BankQuestion;
import org.oncolearn.bankimport.ReadBank;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.course.Source;

/**
 * Turns the questions of a bank into a course: a category becomes a lesson (a {@code Patient checks} category below
 * it holds the lesson's patient checks, as the exporter files them), a question a check, an answer with a positive
 * grade a key, each answer's feedback its rationale. What the exporter writes into the general feedback (the
 * objective, the question for the care team, the sources as links) is read back from it, so an exported course
 * comes back as it was; a bank from elsewhere gets one objective per question, named after the question.
 */
public final class CourseFromBank {

    static final String PATIENT_CATEGORY = "Patient checks";
    private static final Pattern LESSON_PREFIX = Pattern.compile("^Lesson \\d+: ");
    private static final Pattern VERSION_SUFFIX = Pattern.compile(" \\(version \\d+\\)$");
    private static final Pattern OBJECTIVE = Pattern.compile("^Objective ([^:\\s]+)(?:: (.*))?$", Pattern.DOTALL);
    private static final String ASK = "Ask your care team: ";

    private CourseFromBank() {}

    public static Course convert(ReadBank bank, String courseId, String fallbackTitle) {
        Map<String, LessonDraft> lessons = new LinkedHashMap<>();
        Set<String> checkIds = new HashSet<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        String courseTitle = null;
        int number = 0;
        for (BankQuestion question : bank.questions()) {
            number++;
            List<String> path = path(question.category());
            boolean patient = path.size() > 1 && path.getLast().equals(PATIENT_CATEGORY);
            List<String> lessonPath = patient ? path.subList(0, path.size() - 1) : path;
            if (lessonPath.size() >= 2 && courseTitle == null) {
                courseTitle = VERSION_SUFFIX.matcher(lessonPath.getFirst()).replaceFirst("");
            }
            String lessonTitle = lessonPath.isEmpty()
                    ? "Imported questions"
                    : LESSON_PREFIX.matcher(lessonPath.getLast()).replaceFirst("");
            LessonDraft lesson = lessons.computeIfAbsent(
                    String.join("/", lessonPath), k -> new LessonDraft(lessonTitle, question.lessonId()));
            if (!patient && lesson.summary.isEmpty()) {
                lesson.summary = text(question.categoryInfoHtml());
            }
            lesson.checks.add(check(question, number, patient, courseId, checkIds, lesson, sources));
        }
        List<Lesson> result = new ArrayList<>();
        Set<String> lessonIds = new HashSet<>();
        for (LessonDraft draft : lessons.values()) {
            // A lesson id the bank carries (QTI's test identifier) is kept, so that exporting again names it alike.
            String id = unique(
                    draft.id.isBlank()
                            ? slug(draft.title, "lesson-" + (result.size() + 1))
                            : slug(draft.id, "lesson-" + (result.size() + 1)),
                    lessonIds);
            List<Source> lessonSources = new ArrayList<>();
            for (Check check : draft.checks) {
                check.sources().stream().filter(s -> !lessonSources.contains(s)).forEach(lessonSources::add);
            }
            result.add(new Lesson(
                    id,
                    result.size() + 1,
                    draft.title,
                    draft.summary,
                    new LessonText("", ""),
                    draft.objectives,
                    lessonSources,
                    draft.checks,
                    Optional.empty()));
        }
        return new Course(
                courseId,
                courseTitle == null ? fallbackTitle : courseTitle,
                language(bank.language()),
                Course.DEFAULT_MASTERY_PERCENT,
                "",
                Optional.empty(),
                result,
                Course.FILE_VERSION);
    }

    private static final class LessonDraft {
        final String title;
        final String id;
        String summary = "";
        final SequencedMap<String, String> objectives = new LinkedHashMap<>();
        final List<Check> checks = new ArrayList<>();

        LessonDraft(String title, String id) {
            this.title = title;
            this.id = id;
        }
    }

    private static Check check(
            BankQuestion question,
            int number,
            boolean patient,
            String courseId,
            Set<String> checkIds,
            LessonDraft lesson,
            Map<String, Source> knownSources) {
        String name = question.idNumber().isBlank() ? question.name() : question.idNumber();
        String id = unique(slug(name, "q" + number), checkIds);
        List<Option> options = new ArrayList<>();
        for (BankQuestion.Answer answer : question.answers()) {
            options.add(new Option(
                    String.valueOf((char) ('a' + options.size())),
                    text(answer.textHtml()),
                    answer.fraction().signum() > 0,
                    text(answer.feedbackHtml())));
        }
        org.jsoup.nodes.Document feedback = Jsoup.parseBodyFragment(question.generalFeedbackHtml());
        String objective = null;
        String objectiveText = "";
        Optional<String> ask = Optional.empty();
        for (Element paragraph : feedback.select("p")) {
            String text = paragraph.text();
            Matcher matcher = OBJECTIVE.matcher(text);
            if (objective == null && matcher.matches()) {
                objective = matcher.group(1);
                objectiveText = matcher.group(2) == null ? "" : matcher.group(2);
            } else if (text.startsWith(ASK)) {
                ask = Optional.of(text.substring(ASK.length()));
            }
        }
        if (objective == null) {
            objective = question.tags().stream()
                    .filter(t -> t.startsWith(courseId + "-") && t.length() > courseId.length() + 1)
                    .map(t -> t.substring(courseId.length() + 1))
                    .findFirst()
                    .orElse("Q" + number);
            objectiveText = question.name().isBlank() ? "" : question.name();
        }
        lesson.objectives.putIfAbsent(objective, objectiveText);
        List<Source> sources = new ArrayList<>();
        for (Element link : feedback.select("a[href]")) {
            Source source = source(link.attr("href"), link.text(), knownSources);
            if (source != null && !sources.contains(source)) {
                sources.add(source);
            }
        }
        return new Check(
                id,
                patient ? Level.PATIENT : Level.NURSING,
                question.single() ? CheckType.SINGLE : CheckType.MULTIPLE,
                objective,
                text(question.stemHtml()),
                options,
                sources,
                ask,
                Optional.empty(),
                question.shuffle().orElse(true));
    }

    private static Source source(String href, String title, Map<String, Source> known) {
        Source existing = known.get(href);
        if (existing != null) {
            return existing;
        }
        try {
            URI url = URI.create(href.strip());
            if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
                return null;
            }
            Set<String> keys = new HashSet<>();
            known.values().forEach(s -> keys.add(s.key()));
            Source source = new Source(unique(slug(title, "source-" + (known.size() + 1)), keys), title, url);
            known.put(href, source);
            return source;
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    /** The bank's language when it gives a plain language tag ({@code en}, {@code de-AT}); English otherwise. */
    private static String language(String declared) {
        String tag = declared.strip();
        return tag.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") ? tag : "en";
    }

    /**
     * The names in a Moodle category path without the context and {@code top}: single slashes separate names,
     * a doubled slash is a slash inside a name.
     */
    static List<String> path(String category) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        String text = category.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                name.append('/');
                i++;
            } else if (c == '/') {
                names.add(name.toString().strip());
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        names.add(name.toString().strip());
        names.removeIf(String::isEmpty);
        if (!names.isEmpty() && names.getFirst().matches("\\$[a-z0-9]+\\$")) {
            names.removeFirst();
        }
        if (!names.isEmpty() && names.getFirst().equals("top")) {
            names.removeFirst();
        }
        return names;
    }

    /** The text of bank HTML: line breaks kept, paragraphs as blank lines, entities decoded. */
    static String text(String html) {
        org.jsoup.nodes.Document document = Jsoup.parseBodyFragment(html);
        document.select("br").forEach(br -> br.replaceWith(new TextNode("\n")));
        document.select("p").forEach(p -> p.after(new TextNode("\n\n")));
        return document.body().wholeText().replaceAll("\n{3,}", "\n\n").strip();
    }

    static String slug(String text, String fallback) {
        String slug =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 64) {
            slug = slug.substring(0, 64).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            String suffix = "-" + n;
            candidate = (id.length() + suffix.length() > 64 ? id.substring(0, 64 - suffix.length()) : id) + suffix;
        }
        return candidate;
    }
}
