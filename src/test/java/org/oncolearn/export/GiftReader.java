package org.oncolearn.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GIFT the way Moodle's importer does ({@code question/format/gift/format.php}), step by step: questions end at
 * a blank line, {@code //} lines are comments (with {@code [id:…]} and {@code [tag:…]}), escapes become placeholders
 * before anything is split and characters again afterwards, the answers lie between the first {@code {} and the
 * first {@code }}, {@code ####} starts the general feedback, a question without {@code =} has several answers, and a
 * weight is {@code %number%}. Only multiple-choice questions and categories, which is all the exporter writes.
 */
final class GiftReader {

    /** @param weight in percent, as written ({@code 100} for {@code =}, {@code 0} for a plain {@code ~}) */
    record Answer(String weight, boolean equalsSign, String text, String feedback) {}

    record Question(
            String category,
            String name,
            String idNumber,
            List<String> tags,
            String format,
            String text,
            boolean single,
            List<Answer> answers,
            String generalFeedback) {}

    private static final String[] ESCAPED = {"\\:", "\\#", "\\=", "\\{", "\\}", "\\~", "\\n"};
    private static final String[] PLACEHOLDERS = {"&&058;", "&&035;", "&&061;", "&&123;", "&&125;", "&&126;", "&&010"};
    private static final String[] CHARACTERS = {":", "#", "=", "{", "}", "~", "\n"};
    private static final Pattern WEIGHT = Pattern.compile("^%-*([0-9]{1,2})\\.?([0-9]*)%");
    private static final Pattern ID = Pattern.compile("\\[id:((?:\\\\]|[^\\]\\p{Cntrl}])+)]");
    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]<>`\\p{Cntrl}])+)]");

    private GiftReader() {}

    static List<Question> read(String gift) {
        List<Question> questions = new ArrayList<>();
        String category = null;
        List<String> block = new ArrayList<>();
        for (String line : (gift + "\n\n").split("\n", -1)) {
            if (!line.strip().isEmpty()) {
                block.add(line);
                continue;
            }
            if (block.isEmpty()) {
                continue;
            }
            String comments = "";
            List<String> lines = new ArrayList<>();
            for (String l : block) {
                if (l.strip().startsWith("//")) {
                    comments += l.strip() + "\n";
                    lines.add(" ");
                } else {
                    lines.add(l);
                }
            }
            block.clear();
            String text = String.join("\n", lines).strip();
            if (text.isEmpty()) {
                continue;
            }
            text = pre(text);
            if (text.startsWith("$CATEGORY:")) {
                category = text.substring(10).strip();
                continue;
            }
            questions.add(question(category, text, comments));
        }
        return questions;
    }

    private static Question question(String category, String text, String comments) {
        String name = null;
        if (text.startsWith("::")) {
            text = text.substring(2);
            int end = text.indexOf("::");
            name = post(text.substring(0, end)).strip();
            text = text.substring(end + 2).strip();
        }
        int start = text.indexOf('{');
        int finish = text.indexOf('}');
        if (start < 0 || finish < 0 || !text.endsWith("}") || finish != text.length() - 1) {
            throw new IllegalArgumentException("not a question whose answers close it: " + text);
        }
        String answerText = text.substring(start + 1, finish).strip();
        String questionText = text.substring(0, start);
        String generalFeedback = "";
        int separator = answerText.lastIndexOf("####");
        if (separator >= 0) {
            generalFeedback = answerText.substring(separator + 4);
            answerText = answerText.substring(0, separator).strip();
        }
        String format = "moodle";
        if (questionText.startsWith("[")) {
            int end = questionText.indexOf(']');
            format = questionText.substring(1, end);
            questionText = questionText.substring(end + 1);
        }
        if (!answerText.contains("~")) {
            throw new IllegalArgumentException("Moodle would not read this as multiple choice: " + answerText);
        }
        boolean single = answerText.contains("=");
        List<Answer> answers = new ArrayList<>();
        List<String> parts =
                new ArrayList<>(List.of(answerText.replace("=", "~=").split("~", -1)));
        if (parts.getFirst().strip().isEmpty()) {
            parts.removeFirst();
        }
        for (String part : parts) {
            String answer = part.strip();
            String weight = "0";
            boolean equalsSign = false;
            Matcher weighted = WEIGHT.matcher(answer);
            if (answer.startsWith("=")) {
                weight = "100";
                equalsSign = true;
                answer = answer.substring(1);
            } else if (weighted.find()) {
                answer = answer.substring(1);
                int end = answer.indexOf('%');
                weight = answer.substring(0, end);
                answer = answer.substring(end + 1);
            }
            String[] bits = answer.split("#", 2);
            answers.add(new Answer(
                    weight,
                    equalsSign,
                    post(bits[0].strip()).strip(),
                    bits.length > 1 ? post(bits[1].strip()).strip() : ""));
        }
        String idNumber = null;
        Matcher id = ID.matcher(comments);
        if (id.find()) {
            idNumber = id.group(1).replace("\\]", "]").strip();
        }
        List<String> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(comments);
        while (tag.find()) {
            tags.add(tag.group(1).replace("\\]", "]").strip());
        }
        return new Question(
                category,
                name,
                idNumber,
                tags,
                format,
                post(questionText.strip()).strip(),
                single,
                answers,
                post(generalFeedback.strip()).strip());
    }

    private static String pre(String text) {
        String out = text.replace("\\\\", "&&092;");
        for (int i = 0; i < ESCAPED.length; i++) {
            out = out.replace(ESCAPED[i], PLACEHOLDERS[i]);
        }
        return out.replace("&&092;", "\\");
    }

    private static String post(String text) {
        String out = text;
        for (int i = 0; i < PLACEHOLDERS.length; i++) {
            out = out.replace(PLACEHOLDERS[i], CHARACTERS[i]);
        }
        return out;
    }
}
