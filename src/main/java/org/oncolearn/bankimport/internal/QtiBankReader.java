package org.oncolearn.bankimport.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
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
 * Reads QTI 3.0: a content package (the manifest, one {@code qti-assessment-test} per lesson, one
 * {@code qti-assessment-item} per question, as the exporter writes it) or a single item file. An item with one
 * {@code qti-choice-interaction} and a correct response becomes a question; every other item is listed as skipped with
 * its file and the reason. Elements are matched by local name, so items with or without the QTI namespace or a
 * prefix read alike. The parser accepts no DTD and loads nothing from outside.
 */
public final class QtiBankReader {

    static final String MANIFEST = "imsmanifest.xml";
    private static final String PATIENT_SECTION = CourseFromBank.PATIENT_CATEGORY;
    private static final Pattern ITEM_ROOT = Pattern.compile("<([A-Za-z_][\\w.-]*:)?qti-assessment-item[\\s/>]");

    private QtiBankReader() {}

    /** Whether an XML file is a QTI 3.0 item rather than a Moodle XML file, judged from its first few kilobytes. */
    public static boolean looksLikeItem(byte[] xml) {
        String head = new String(xml, 0, Math.min(xml.length, 8192), StandardCharsets.ISO_8859_1);
        return ITEM_ROOT.matcher(head).find();
    }

    /**
     * Whether a zip is a QTI content package: it has a manifest at its top and no course files. A zip that cannot be
     * read is not called one, so the course-zip import explains what is wrong with it.
     */
    public static boolean isPackage(String fileName, byte[] bytes) {
        if (!PackageEntries.isZip(bytes)) {
            return false;
        }
        try {
            SequencedMap<String, byte[]> files = PackageEntries.read(fileName, bytes);
            return files.containsKey(MANIFEST)
                    && files.keySet().stream().noneMatch(name -> name.endsWith(".yaml") || name.endsWith(".yml"));
        } catch (UnreadableBankException notReadable) {
            return false;
        }
    }

    /** A content package (zip) or a single item file. */
    public static ReadBank read(String fileName, byte[] bytes) throws UnreadableBankException {
        Reading reading = new Reading();
        if (PackageEntries.isZip(bytes)) {
            readPackage(fileName, PackageEntries.read(fileName, bytes), reading);
        } else {
            reading.item(fileName, bytes, "", "");
        }
        return new ReadBank(reading.questions, reading.skipped, reading.language);
    }

    private static void readPackage(String fileName, SequencedMap<String, byte[]> files, Reading reading)
            throws UnreadableBankException {
        byte[] manifestBytes = files.get(MANIFEST);
        if (manifestBytes == null) {
            throw new UnreadableBankException(Message.of("bank.qti.noManifest", fileName, MANIFEST));
        }
        Element manifest = parse(MANIFEST, manifestBytes).getDocumentElement();
        List<String> tests = new ArrayList<>();
        Set<String> items = new LinkedHashSet<>();
        for (Element resource : descendants(manifest, "resource")) {
            String type = resource.getAttribute("type");
            String href = resource.getAttribute("href");
            if (type.startsWith("imsqti_test_xmlv3p0")) {
                tests.add(resolve(
                        MANIFEST, href, "<resource identifier=\"" + resource.getAttribute("identifier") + "\">"));
            } else if (type.startsWith("imsqti_item_xmlv3p0")) {
                items.add(resolve(
                        MANIFEST, href, "<resource identifier=\"" + resource.getAttribute("identifier") + "\">"));
            } else if (type.startsWith("imsqti_item_xmlv2") || type.startsWith("imsqti_test_xmlv2")) {
                throw new UnreadableBankException(
                        Message.of("bank.qti.qti2Resource", MANIFEST, resource.getAttribute("identifier"), type));
            }
        }
        if (tests.isEmpty() && items.isEmpty()) {
            throw new UnreadableBankException(Message.of("bank.qti.empty", MANIFEST));
        }
        Set<String> done = new HashSet<>();
        for (String testPath : tests) {
            Element test = parse(testPath, required(files, testPath, MANIFEST)).getDocumentElement();
            if (!test.getLocalName().equals("qti-assessment-test")) {
                throw new UnreadableBankException(Message.of("bank.qti.testRoot", testPath, test.getTagName()));
            }
            String identifier = test.getAttribute("identifier");
            String lessonId = identifier.startsWith("test-") ? identifier.substring(5) : identifier;
            String title = test.getAttribute("title").isBlank() ? identifier : test.getAttribute("title");
            for (Element ref : descendants(test, "qti-assessment-item-ref")) {
                String where = "<qti-assessment-item-ref identifier=\"" + ref.getAttribute("identifier") + "\">";
                String itemPath = resolve(testPath, ref.getAttribute("href"), where);
                byte[] item = required(files, itemPath, testPath + ": " + where);
                if (done.add(itemPath)) {
                    String category = title.replace("/", "//") + (inPatientSection(ref) ? "/" + PATIENT_SECTION : "");
                    reading.item(itemPath, item, category, lessonId);
                }
            }
        }
        for (String itemPath : items) {
            if (done.add(itemPath)) {
                reading.item(itemPath, required(files, itemPath, MANIFEST), "", "");
            }
        }
    }

    private static boolean inPatientSection(Element ref) {
        for (Node node = ref.getParentNode(); node instanceof Element section; node = node.getParentNode()) {
            if (section.getLocalName().equals("qti-assessment-section")) {
                return section.getAttribute("title").strip().equals(PATIENT_SECTION);
            }
        }
        return false;
    }

    private static byte[] required(SequencedMap<String, byte[]> files, String path, String referredBy)
            throws UnreadableBankException {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new UnreadableBankException(Message.of("bank.qti.missingFile", referredBy, path));
        }
        return bytes;
    }

    /** A path in the package from an address relative to the file that holds it; never one outside the package. */
    private static String resolve(String from, String href, String where) throws UnreadableBankException {
        try {
            URI base = new URI("package:/" + from);
            URI resolved = base.resolve(new URI(null, null, href.strip(), null)).normalize();
            String path = resolved.getPath();
            if (href.isBlank()
                    || resolved.getScheme() == null
                    || !resolved.getScheme().equals("package")
                    || path == null
                    || !path.startsWith("/")
                    || path.startsWith("/..")) {
                throw new URISyntaxException(href, "outside the package");
            }
            return path.substring(1);
        } catch (URISyntaxException e) {
            throw new UnreadableBankException(Message.of("bank.qti.outside", from, where, href));
        }
    }

    /** What has been read so far, item by item. */
    private static final class Reading {
        final List<BankQuestion> questions = new ArrayList<>();
        final List<ReadBank.Skipped> skipped = new ArrayList<>();
        String language = "";

        void item(String path, byte[] bytes, String category, String lessonId) throws UnreadableBankException {
            Element item = parse(path, bytes).getDocumentElement();
            String root = item.getLocalName();
            if (root.equals("assessmentItem")) {
                throw new UnreadableBankException(Message.of("bank.qti.qti2Item", path));
            }
            if (!root.equals("qti-assessment-item")) {
                throw new UnreadableBankException(Message.of("bank.qti.itemRoot", path, item.getTagName()));
            }
            String identifier = item.getAttribute("identifier");
            String title = item.getAttribute("title").isBlank() ? identifier : item.getAttribute("title");
            String lang = item.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
            if (language.isEmpty() && !lang.isBlank()) {
                language = lang;
            }
            Element body = descendants(item, "qti-item-body").stream()
                    .findFirst()
                    .orElseThrow(() -> new UnreadableBankException(Message.of("bank.qti.noBody", path)));
            List<Element> interactions = descendants(body, null).stream()
                    .filter(e -> e.getLocalName().endsWith("-interaction"))
                    .toList();
            if (interactions.isEmpty()) {
                skip(path, title, Message.of("bank.skip.noInteraction"));
                return;
            }
            if (interactions.size() > 1) {
                skip(path, title, Message.of("bank.skip.interactions", interactions.size()));
                return;
            }
            Element choice = interactions.getFirst();
            if (!choice.getLocalName().equals("qti-choice-interaction")) {
                skip(path, title, Message.of("bank.skip.interaction", choice.getLocalName()));
                return;
            }
            String responseId = choice.getAttribute("response-identifier");
            Element declaration = descendants(item, "qti-response-declaration").stream()
                    .filter(d -> d.getAttribute("identifier").equals(responseId))
                    .findFirst()
                    .orElseThrow(
                            () -> new UnreadableBankException(Message.of("bank.qti.noDeclaration", path, responseId)));
            List<Element> choices = descendants(choice, "qti-simple-choice");
            if (choices.size() < 2) {
                skip(path, title, Message.of("bank.skip.choices", choices.size()));
                return;
            }
            Set<String> keys = keys(declaration);
            if (keys.isEmpty()) {
                skip(path, title, Message.of("bank.skip.noKey"));
                return;
            }
            Set<String> choiceIds = new HashSet<>();
            choices.forEach(c -> choiceIds.add(c.getAttribute("identifier")));
            for (String key : keys) {
                if (!choiceIds.contains(key)) {
                    throw new UnreadableBankException(Message.of("bank.qti.keyNotChoice", path, key));
                }
            }
            boolean single = declaration.getAttribute("cardinality").equals("single")
                    || choice.getAttribute("max-choices").strip().equals("1");
            List<BankQuestion.Answer> answers = new ArrayList<>();
            for (Element option : choices) {
                String id = option.getAttribute("identifier");
                boolean key = keys.contains(id);
                String feedback = feedbackFor(item, id);
                // The exporter opens each option's feedback with its verdict; the rationale is what follows.
                feedback = feedback.replaceFirst("^<p>" + (key ? "Right" : "Not right") + ": ", "<p>");
                answers.add(new BankQuestion.Answer(
                        key ? BigDecimal.valueOf(100) : BigDecimal.ZERO, html(option, false), feedback));
            }
            StringBuilder general = new StringBuilder();
            for (Element feedback : feedbacks(item)) {
                if (!choiceIds.contains(feedback.getAttribute("identifier"))) {
                    general.append(html(contentOf(feedback), true));
                }
            }
            StringBuilder stem = new StringBuilder(html(body, true));
            descendants(choice, "qti-prompt")
                    .forEach(p -> stem.append("<p>").append(html(p, false)).append("</p>"));
            questions.add(new BankQuestion(
                    category,
                    "",
                    title,
                    identifier.startsWith("item-") ? identifier.substring(5) : identifier,
                    single,
                    Optional.of(choice.getAttribute("shuffle").strip().equals("true")),
                    stem.toString(),
                    answers,
                    general.toString(),
                    List.of(),
                    path,
                    lessonId));
        }

        private void skip(String path, String title, Message reason) {
            skipped.add(new ReadBank.Skipped(Message.of("bank.file", path), title, reason));
        }
    }

    /** The keys: the correct response, or else the choices a mapping gives a positive score. */
    private static Set<String> keys(Element declaration) {
        Set<String> keys = new LinkedHashSet<>();
        for (Element correct : descendants(declaration, "qti-correct-response")) {
            descendants(correct, "qti-value")
                    .forEach(v -> keys.add(v.getTextContent().strip()));
        }
        if (keys.isEmpty()) {
            for (Element entry : descendants(declaration, "qti-map-entry")) {
                try {
                    if (new BigDecimal(entry.getAttribute("mapped-value").strip()).signum() > 0) {
                        keys.add(entry.getAttribute("map-key").strip());
                    }
                } catch (NumberFormatException notANumber) {
                    // A mapping that gives no number gives no key either.
                }
            }
        }
        return keys;
    }

    private static String feedbackFor(Element item, String optionId) {
        StringBuilder html = new StringBuilder();
        for (Element feedback : feedbacks(item)) {
            if (feedback.getAttribute("identifier").equals(optionId)) {
                html.append(html(contentOf(feedback), true));
            }
        }
        return html.toString();
    }

    private static List<Element> feedbacks(Element item) {
        return descendants(item, null).stream()
                .filter(e -> e.getLocalName().equals("qti-modal-feedback")
                        || e.getLocalName().equals("qti-feedback-block")
                        || e.getLocalName().equals("qti-feedback-inline"))
                .toList();
    }

    private static Element contentOf(Element feedback) {
        return descendants(feedback, "qti-content-body").stream().findFirst().orElse(feedback);
    }

    /**
     * The content of an element as HTML for the course converter, which reads only its text, paragraphs, line breaks
     * and links: elements keep their local names, text is escaped, {@code href} is the only attribute kept, and
     * interactions and feedback are left out (they are read on their own). At the top level, whitespace between
     * blocks is dropped.
     */
    static String html(Element parent, boolean blocks) {
        StringBuilder out = new StringBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = node.getNodeValue();
                if (!(blocks && text.isBlank())) {
                    out.append(escape(text));
                }
            } else if (node instanceof Element element) {
                String name = element.getLocalName();
                if (name.endsWith("-interaction") || name.startsWith("qti-feedback") || name.equals("qti-prompt")) {
                    continue;
                }
                if (name.equals("br")) {
                    out.append("<br>");
                    continue;
                }
                out.append('<').append(name);
                if (name.equals("a") && element.hasAttribute("href")) {
                    out.append(" href=\"")
                            .append(escape(element.getAttribute("href")))
                            .append('"');
                }
                out.append('>')
                        .append(html(element, false))
                        .append("</")
                        .append(name)
                        .append('>');
            }
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** Descendants in document order with the local name, or all of them when {@code localName} is null. */
    private static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        collect(root, localName, found);
        return found;
    }

    private static void collect(Element parent, String localName, List<Element> found) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                if (localName == null || localName.equals(element.getLocalName())) {
                    found.add(element);
                }
                collect(element, localName, found);
            }
        }
    }

    private static Document parse(String path, byte[] xml) throws UnreadableBankException {
        try {
            DocumentBuilder builder = HardenedXml.parser(true);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new UnreadableBankException(Message.of("bank.qti.xml.line", path, e.getLineNumber(), e.getMessage()));
        } catch (SAXException | IOException e) {
            throw new UnreadableBankException(Message.of("bank.qti.xml", path, e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
