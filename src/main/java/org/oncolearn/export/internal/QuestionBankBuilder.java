package org.oncolearn.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.course.Source;
import org.oncolearn.export.QuestionBankFormat;
import org.oncolearn.export.internal.QuestionBankModel.Answer;
import org.oncolearn.export.internal.QuestionBankModel.Category;
import org.oncolearn.export.internal.QuestionBankModel.Question;

/**
 * Renders every check of a course as a question-bank file. Nursing checks go into one category per lesson; a lesson's
 * patient checks go into a category below it, so that a quiz drawing random questions from the lesson's category gets
 * nursing questions only (Moodle includes subcategories only when asked to), while no check is left out.
 */
public final class QuestionBankBuilder {

    private final Templates moodle = new Templates(new MoodleXmlEscaper());
    private final Templates gift = new Templates(new GiftEscaper());

    /** A text format: Moodle XML or GIFT. */
    public String render(Course course, QuestionBankFormat format) {
        QuestionBankModel model = model(course);
        return switch (format) {
            case MOODLE_XML -> moodle.render("questionbank/moodle.xml.vm", Map.of("bank", model));
            case GIFT -> gift.render("questionbank/gift.txt.vm", Map.of("bank", model));
            case QTI3 -> throw new IllegalArgumentException("QTI 3.0 is a package of files: see QtiPackageBuilder");
        };
    }

    static QuestionBankModel model(Course course) {
        String top = "$course$/top/" + categoryName(course.title())
                + (course.version() > 0 ? " (version " + course.version() + ")" : "");
        List<Category> categories = new ArrayList<>();
        List<String> keptInOrder = new ArrayList<>();
        int count = 0;
        for (Lesson lesson : course.lessons()) {
            String lessonPath = top + "/Lesson " + lesson.number() + ": " + categoryName(lesson.title());
            for (Level level : Level.values()) {
                List<Question> questions = new ArrayList<>();
                for (Check check : lesson.checks(level)) {
                    questions.add(question(course, lesson, check));
                    if (!check.shuffle()) {
                        keptInOrder.add(check.id());
                    }
                }
                if (questions.isEmpty()) {
                    continue;
                }
                count += questions.size();
                categories.add(
                        level == Level.NURSING
                                ? new Category(lessonPath, "<p>" + html(lesson.summary()) + "</p>", questions)
                                : new Category(
                                        lessonPath + "/Patient checks",
                                        "<p>Plain-language checks for patients and carers, lesson " + lesson.number()
                                                + ".</p>",
                                        questions));
            }
        }
        return new QuestionBankModel(course, categories, count, keptInOrder);
    }

    private static Question question(Course course, Lesson lesson, Check check) {
        boolean single = check.type() == CheckType.SINGLE;
        List<Option> keys = check.options().stream().filter(Option::key).toList();
        List<String> keyGrades = single ? List.of("100") : MoodleFractions.shares(keys.size());
        List<String> wrongGrades =
                single ? List.of() : MoodleFractions.penalties(check.options().size() - keys.size());
        List<Answer> answers = new ArrayList<>();
        int k = 0;
        int w = 0;
        for (Option option : check.options()) {
            String fraction = option.key() ? keyGrades.get(k++) : single ? "0" : wrongGrades.get(w++);
            answers.add(new Answer(fraction, option.key(), html(option.text()), html(option.rationale())));
        }
        List<Source> sources = check.sources().isEmpty() ? lesson.sources() : check.sources();
        String objective = lesson.objectives().getOrDefault(check.objective(), "");
        StringBuilder feedback = new StringBuilder();
        feedback.append("<p>Objective ")
                .append(html(check.objective()))
                .append(objective.isBlank() ? "" : ": " + html(objective))
                .append("</p>");
        check.ask()
                .ifPresent(ask -> feedback.append("<p>Ask your care team: ")
                        .append(html(ask))
                        .append("</p>"));
        if (!sources.isEmpty()) {
            feedback.append("<p>Sources:</p><ul>");
            for (Source source : sources) {
                feedback.append("<li><a href=\"")
                        .append(attribute(source.url().toString()))
                        .append("\">")
                        .append(html(source.title()))
                        .append("</a></li>");
            }
            feedback.append("</ul>");
        }
        return new Question(
                check,
                check.id(),
                single,
                check.shuffle(),
                "<p>" + html(check.stem()) + "</p>",
                answers,
                feedback.toString(),
                List.of(course.id() + "-" + check.objective()),
                sources.stream().map(s -> s.title() + " <" + s.url() + ">").toList(),
                check.id() + ", " + check.level().name().toLowerCase(java.util.Locale.ROOT) + ", "
                        + (single ? "one best answer" : "select all that apply") + ", objective "
                        + check.objective());
    }

    /**
     * A name inside a Moodle category path: a {@code /} would start a subcategory, so Moodle wants it doubled, and
     * line breaks would end GIFT's category line.
     */
    static String categoryName(String name) {
        String oneLine = name.replaceAll("\\s+", " ").strip();
        while (oneLine.startsWith("/") || oneLine.endsWith("/")) {
            // A doubled slash at either end would read as a slash and a separator.
            oneLine = oneLine.replaceAll("^/+|/+$", "").strip();
        }
        return (oneLine.isEmpty() ? "Untitled" : oneLine).replace("/", "//");
    }

    /**
     * Authored plain text as HTML text: only {@code & < >} escaped, so the GIFT file stays readable; line breaks kept
     * as {@code <br>}; characters XML forbids dropped, as the SCORM manifests do.
     */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        normalised.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n' -> out.append("<br>");
                default -> {
                    if (MarkupEscaper.allowedInXml(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString().strip();
    }

    private static String attribute(String text) {
        return html(text).replace("\"", "&quot;");
    }
}
