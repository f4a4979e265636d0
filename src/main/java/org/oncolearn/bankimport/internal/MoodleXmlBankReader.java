package org.oncolearn.bankimport.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import org.oncolearn.bankimport.BankQuestion;
import org.oncolearn.bankimport.ReadBank;
import org.oncolearn.bankimport.UnreadableBankException;
import org.oncolearn.message.Message;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a Moodle XML question file: the categories, the {@code multichoice} questions, and every other question as
 * skipped. The parser accepts no DTD and loads nothing from outside, so a file cannot reach other files or hosts.
 */
public final class MoodleXmlBankReader {

    private MoodleXmlBankReader() {}

    public static ReadBank read(byte[] xml) throws UnreadableBankException {
        Element quiz = parse(xml).getDocumentElement();
        if (!quiz.getTagName().equals("quiz")) {
            throw new UnreadableBankException(Message.of("bank.moodle.root", quiz.getTagName()));
        }
        List<BankQuestion> questions = new ArrayList<>();
        List<ReadBank.Skipped> skipped = new ArrayList<>();
        String category = "";
        String categoryInfo = "";
        int position = 0;
        for (Element question : children(quiz, "question")) {
            position++;
            String type = question.getAttribute("type");
            Message where = Message.of("bank.question", position);
            if (type.equals("category")) {
                category = text(question, "category").strip();
                categoryInfo = optionalText(question, "info").orElse("");
                continue;
            }
            String name = optionalText(question, "name").orElse("").strip();
            if (!type.equals("multichoice")) {
                skipped.add(new ReadBank.Skipped(
                        where,
                        name,
                        Message.of("bank.skip.type", type.isBlank() ? Message.of("bank.skip.noType") : type)));
                continue;
            }
            List<BankQuestion.Answer> answers = new ArrayList<>();
            for (Element answer : children(question, "answer")) {
                answers.add(new BankQuestion.Answer(
                        fraction(answer.getAttribute("fraction"), where, name),
                        text(answer, "text"),
                        optionalText(answer, "feedback").orElse("")));
            }
            if (answers.size() < 2) {
                throw new UnreadableBankException(Message.of("bank.moodle.twoAnswers", where, name));
            }
            List<String> tags = new ArrayList<>();
            for (Element tags1 : children(question, "tags")) {
                for (Element tag : children(tags1, "tag")) {
                    tags.add(text(tag, "text").strip());
                }
            }
            questions.add(new BankQuestion(
                    category,
                    categoryInfo,
                    name,
                    optionalValue(question, "idnumber").orElse(""),
                    optionalValue(question, "single")
                            .map(MoodleXmlBankReader::truth)
                            .orElse(true),
                    optionalValue(question, "shuffleanswers").map(MoodleXmlBankReader::truth),
                    requiredText(question, "questiontext", where, name),
                    answers,
                    optionalText(question, "generalfeedback").orElse(""),
                    tags,
                    where.english()));
        }
        return new ReadBank(questions, skipped);
    }

    private static Document parse(byte[] xml) throws UnreadableBankException {
        try {
            DocumentBuilder builder = HardenedXml.parser(false);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new UnreadableBankException(Message.of("bank.xml.line", e.getLineNumber(), e.getMessage()));
        } catch (SAXException | IOException e) {
            throw new UnreadableBankException(Message.of("bank.xml", e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moodle writes {@code true}/{@code false} or {@code 1}/{@code 0}, and reads anything else but "false" as true. */
    private static boolean truth(String value) {
        String v = value.strip();
        return !(v.equals("false") || v.equals("0") || v.isEmpty());
    }

    private static BigDecimal fraction(String value, Message where, String name) throws UnreadableBankException {
        try {
            return value.isBlank() ? BigDecimal.ZERO : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new UnreadableBankException(Message.of("bank.moodle.fraction", where, name, value));
        }
    }

    private static String requiredText(Element parent, String name, Message where, String question)
            throws UnreadableBankException {
        return optionalText(parent, name)
                .orElseThrow(() ->
                        new UnreadableBankException(Message.of("bank.moodle.missingText", where, question, name)));
    }

    /** The {@code <text>} inside a child element, as Moodle nests its texts. */
    private static Optional<String> optionalText(Element parent, String name) {
        return children(parent, name).stream()
                .findFirst()
                .flatMap(child -> children(child, "text").stream().findFirst())
                .map(Element::getTextContent);
    }

    private static String text(Element parent, String name) throws UnreadableBankException {
        List<Element> found = children(parent, name);
        if (found.isEmpty()) {
            throw new UnreadableBankException(Message.of("bank.moodle.missingElement", parent.getTagName(), name));
        }
        Element child = found.getFirst();
        List<Element> texts = children(child, "text");
        return texts.isEmpty() ? child.getTextContent() : texts.getFirst().getTextContent();
    }

    private static Optional<String> optionalValue(Element parent, String name) {
        return children(parent, name).stream().findFirst().map(Element::getTextContent);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
