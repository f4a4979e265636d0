package org.oncolearn.bankimport.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncolearn.bankimport.BankQuestion;
import org.oncolearn.bankimport.ReadBank;
import org.oncolearn.bankimport.UnreadableBankException;
import org.oncolearn.message.Message;

/**
 * Reads GIFT the way Moodle's importer does, step by step, so that a file reads here as it would in Moodle: questions
 * end at a blank line, {@code //} lines are comments (with {@code [id:…]} and {@code [tag:…]}), escapes become
 * placeholders before anything is split and characters again afterwards, the answers lie between the first
 * {@code {} and the first {@code }}, {@code ####} starts the general feedback, a question without {@code =} among
 * its answers has several right answers, and a weight is {@code %number%}.
 */
public final class GiftBankReader {

    private static final String[] ESCAPED = {"\\:", "\\#", "\\=", "\\{", "\\}", "\\~", "\\n"};
    private static final String[] PLACEHOLDERS = {"&&058;", "&&035;", "&&061;", "&&123;", "&&125;", "&&126;", "&&010"};
    private static final String[] CHARACTERS = {":", "#", "=", "{", "}", "~", "\n"};
    private static final Pattern WEIGHT = Pattern.compile("^%-*([0-9]{1,2})\\.?([0-9]*)%");
    private static final Pattern ID = Pattern.compile("\\[id:((?:\\\\]|[^\\]\\p{Cntrl}])+)]");
    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]<>`\\p{Cntrl}])+)]");

    private GiftBankReader() {}

    public static ReadBank read(String gift) throws UnreadableBankException {
        List<BankQuestion> questions = new ArrayList<>();
        List<ReadBank.Skipped> skipped = new ArrayList<>();
        String category = "";
        List<String> block = new ArrayList<>();
        int blockStart = 0;
        String[] lines = (gift.replace("\r\n", "\n").replace('\r', '\n') + "\n\n").split("\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1];
            if (!line.strip().isEmpty()) {
                if (block.isEmpty()) {
                    blockStart = 0;
                }
                // Messages point at the question itself, not at the comments above it.
                if (blockStart == 0 && !line.strip().startsWith("//")) {
                    blockStart = number;
                }
                block.add(line);
                continue;
            }
            if (block.isEmpty()) {
                continue;
            }
            StringBuilder comments = new StringBuilder();
            List<String> body = new ArrayList<>();
            for (String l : block) {
                if (l.strip().startsWith("//")) {
                    comments.append(l.strip()).append('\n');
                    body.add(" ");
                } else {
                    body.add(l);
                }
            }
            block.clear();
            String text = String.join("\n", body).strip();
            if (text.isEmpty()) {
                continue;
            }
            text = pre(text);
            if (text.startsWith("$CATEGORY:")) {
                category = text.substring(10).strip();
                continue;
            }
            question(category, text, comments.toString(), Message.of("bank.line", blockStart), questions, skipped);
        }
        return new ReadBank(questions, skipped);
    }

    private static void question(
            String category,
            String text,
            String comments,
            Message where,
            List<BankQuestion> questions,
            List<ReadBank.Skipped> skipped)
            throws UnreadableBankException {
        String name = "";
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end < 0) {
                throw new UnreadableBankException(Message.of("bank.gift.title", where));
            }
            name = post(text.substring(2, end)).strip();
            text = text.substring(end + 2).strip();
        }
        int start = text.indexOf('{');
        int finish = text.indexOf('}');
        if (start < 0 && finish < 0) {
            skipped.add(new ReadBank.Skipped(where, name, Message.of("bank.skip.description")));
            return;
        }
        if (start < 0 || finish < start) {
            throw new UnreadableBankException(Message.of("bank.gift.braces", where));
        }
        String answerText = text.substring(start + 1, finish).strip();
        if (finish != text.length() - 1) {
            skipped.add(new ReadBank.Skipped(where, name, Message.of("bank.skip.missingWord")));
            return;
        }
        String questionText = text.substring(0, start);
        String generalFeedback = "";
        int separator = answerText.lastIndexOf("####");
        if (separator >= 0) {
            generalFeedback = answerText.substring(separator + 4);
            answerText = answerText.substring(0, separator).strip();
        }
        Optional<String> kind = otherKind(answerText);
        if (kind.isPresent()) {
            skipped.add(new ReadBank.Skipped(where, name, Message.of("bank.skip.kind", Message.of(kind.get()))));
            return;
        }
        boolean single = answerText.contains("=");
        List<BankQuestion.Answer> answers = new ArrayList<>();
        List<String> parts =
                new ArrayList<>(List.of(answerText.replace("=", "~=").split("~", -1)));
        if (parts.getFirst().strip().isEmpty()) {
            parts.removeFirst();
        }
        for (String part : parts) {
            String answer = part.strip();
            BigDecimal weight = BigDecimal.ZERO;
            Matcher weighted = WEIGHT.matcher(answer);
            if (answer.startsWith("=")) {
                weight = BigDecimal.valueOf(100);
                answer = answer.substring(1);
            } else if (weighted.find()) {
                answer = answer.substring(1);
                int end = answer.indexOf('%');
                weight = new BigDecimal(answer.substring(0, end));
                answer = answer.substring(end + 1);
            }
            String[] bits = answer.split("#", 2);
            answers.add(new BankQuestion.Answer(
                    weight,
                    post(bits[0].strip()).strip(),
                    bits.length > 1 ? post(bits[1].strip()).strip() : ""));
        }
        if (answers.size() < 2) {
            throw new UnreadableBankException(Message.of("bank.gift.twoAnswers", where));
        }
        String idNumber = "";
        Matcher id = ID.matcher(comments);
        if (id.find()) {
            idNumber = id.group(1).replace("\\]", "]").strip();
        }
        List<String> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(comments);
        while (tag.find()) {
            tags.add(tag.group(1).replace("\\]", "]").strip());
        }
        questions.add(new BankQuestion(
                category,
                "",
                name,
                idNumber,
                single,
                Optional.empty(),
                withoutFormat(post(questionText.strip()).strip()),
                answers,
                withoutFormat(post(generalFeedback.strip()).strip()),
                tags,
                where.english()));
    }

    /** The question types other than multiple choice, told apart as Moodle tells them apart (a message key). */
    private static Optional<String> otherKind(String answerText) {
        if (answerText.isEmpty()) {
            return Optional.of("bank.kind.essay");
        }
        if (answerText.startsWith("#")) {
            return Optional.of("bank.kind.numerical");
        }
        if (answerText.contains("~")) {
            return Optional.empty();
        }
        if (answerText.contains("=") && answerText.contains("->")) {
            return Optional.of("bank.kind.matching");
        }
        String truth = answerText.contains("#")
                ? answerText.substring(0, answerText.indexOf('#')).strip()
                : answerText;
        if (List.of("T", "TRUE", "F", "FALSE").contains(truth)) {
            return Optional.of("bank.kind.trueFalse");
        }
        return Optional.of("bank.kind.shortAnswer");
    }

    /** The text without a leading {@code [html]}, {@code [moodle]}, {@code [plain]} or {@code [markdown]}. */
    private static String withoutFormat(String text) {
        return text.replaceFirst("^\\[(html|moodle|plain|markdown)]", "").strip();
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
