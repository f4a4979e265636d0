package org.oncolearn.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.oncolearn.bankimport.BankQuestion;
import org.oncolearn.bankimport.internal.GiftBankReader;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.export.internal.MoodleFractions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class QuestionBankExportTest {

    /** Moodle's whole list of grades, positive and negative, as fractions of 1. */
    private static final Set<BigDecimal> MOODLE_GRADES = MoodleFractions.ACCEPTED.stream()
            .flatMap(g -> java.util.stream.Stream.of(g, g.negate()))
            .map(g -> g.stripTrailingZeros())
            .collect(Collectors.collectingAndThen(Collectors.toSet(), grades -> {
                grades.add(BigDecimal.ZERO);
                return Set.copyOf(grades);
            }));

    private final QuestionBankExporter exporter = new QuestionBankExporter(Packages.CLOCK);

    @Test
    void every_check_of_the_bundled_course_is_one_moodle_question_in_its_lesson_s_category() throws Exception {
        Course course = Packages.bundled();
        List<MoodleQuestion> questions = moodle(course);

        assertThat(questions).extracting(MoodleQuestion::name).containsExactlyElementsOf(allCheckIds(course));
        assertThat(questions).hasSize(73);
        for (MoodleQuestion question : questions) {
            Check check = course.check(question.name()).orElseThrow();
            Lesson lesson = course.lessonOf(check).orElseThrow();
            String lessonCategory = "$course$/top/Immunotherapies and targeted therapies/Lesson " + lesson.number()
                    + ": " + lesson.title();
            assertThat(question.category())
                    .as(check.id())
                    .isEqualTo(check.level() == Level.NURSING ? lessonCategory : lessonCategory + "/Patient checks");
        }
    }

    @Test
    void moodle_grades_come_from_moodle_s_list_and_the_keys_of_a_check_share_100() throws Exception {
        Course course = Packages.bundled();

        for (MoodleQuestion question : moodle(course)) {
            Check check = course.check(question.name()).orElseThrow();
            assertThat(question.fractions())
                    .as(check.id())
                    .allSatisfy(f -> assertThat(MOODLE_GRADES).contains(new BigDecimal(f).stripTrailingZeros()));
            assertThat(question.single()).as(check.id()).isEqualTo(check.type() == CheckType.SINGLE);
            assertThat(question.shuffle()).isEqualTo(check.shuffle());
            assertKeysShareAHundred(check, question.fractions());
        }
    }

    @Test
    void the_select_all_checks_get_fractions_of_a_third_and_penalties_for_wrong_options() throws Exception {
        MoodleQuestion h2 = moodle(hostile()).stream()
                .filter(q -> q.name().equals("h2"))
                .findFirst()
                .orElseThrow();

        assertThat(h2.single()).isFalse();
        assertThat(h2.shuffle()).as("h2 keeps its order").isFalse();
        assertThat(h2.fractions())
                .containsExactly("33.33333", "33.33333", "33.33333", "-33.33333", "-33.33333", "-33.33333");
    }

    @Test
    void any_number_of_keys_moodle_can_grade_shares_100_in_its_grades_and_more_are_refused() {
        for (int keys = 1; keys <= 20; keys++) {
            List<String> shares = MoodleFractions.shares(keys);
            assertThat(shares)
                    .hasSize(keys)
                    .allSatisfy(s -> assertThat(MoodleFractions.ACCEPTED).contains(new BigDecimal(s)));
            double total = shares.stream().mapToDouble(Double::parseDouble).sum();
            // Moodle's question form accepts a total that rounds to 100 % at two decimals of a fraction.
            assertThat(Math.round(total) / 100.0).as(keys + " keys").isEqualTo(1.0);
            assertThat(total).as(keys + " keys").isCloseTo(100, within(0.001));
        }
        assertThat(MoodleFractions.shares(12))
                .containsExactly("10", "10", "10", "10", "10", "10", "10", "10", "5", "5", "5", "5");
        assertThatThrownBy(() -> MoodleFractions.shares(21)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moodle_xml_feedback_is_the_rationale_of_each_option_and_the_sources_with_their_links() throws Exception {
        Course course = Packages.bundled();
        Check a1 = course.check("a1").orElseThrow();
        MoodleQuestion question = moodle(course).getFirst();

        assertThat(question.answerTexts()).containsExactlyElementsOf(texts(a1.options(), Option::text));
        assertThat(question.feedbacks()).containsExactlyElementsOf(texts(a1.options(), Option::rationale));
        assertThat(question.tags()).containsExactly("immunotherapy-A1");
        org.jsoup.nodes.Document general = Jsoup.parseBodyFragment(question.generalFeedback());
        assertThat(general.select("a")).hasSize(a1.sources().size());
        for (int i = 0; i < a1.sources().size(); i++) {
            assertThat(general.select("a").get(i).attr("href"))
                    .isEqualTo(a1.sources().get(i).url().toString());
            assertThat(general.select("a").get(i).text())
                    .isEqualTo(a1.sources().get(i).title());
        }
        assertThat(general.text()).startsWith("Objective A1: Explain how cytotoxic (CD8) T cells");
    }

    @Test
    void hostile_text_stays_text_in_well_formed_moodle_xml() throws Exception {
        Course course = hostile();
        String xml = new String(
                exporter.export(course, QuestionBankFormat.MOODLE_XML).bytes(), StandardCharsets.UTF_8);
        List<MoodleQuestion> questions = moodle(course);

        assertThat(xml).doesNotContain("<script>").contains("]]&gt;");
        assertThat(questions).extracting(MoodleQuestion::name).containsExactly("h1", "h2", "h3");
        assertThat(questions.getFirst().category())
                .isEqualTo("$course$/top/Bank // \"exports\" & <tests> ]]> {x} ~y =z #1: \\end/Lesson 1: Slash//lesson"
                        + " ]]> & <b>bold<//b> #1: {x} ~y =z \\w");
        for (MoodleQuestion question : questions) {
            Check check = course.check(question.name()).orElseThrow();
            assertThat(textOf(question.stem())).isEqualTo(check.stem());
            assertThat(question.answerTexts()).containsExactlyElementsOf(texts(check.options(), Option::text));
            assertThat(question.feedbacks()).containsExactlyElementsOf(texts(check.options(), Option::rationale));
            assertThat(Jsoup.parseBodyFragment(question.generalFeedback()).select("script"))
                    .isEmpty();
        }
        org.jsoup.nodes.Document general =
                Jsoup.parseBodyFragment(questions.getFirst().generalFeedback());
        assertThat(general.select("a").attr("href")).isEqualTo("https://example.org/a?b=1&c=2#frag");
        assertThat(general.select("a").text())
                .isEqualTo("Odd ]]> <script>alert(1)</script> & {source} ~=#: \\ [tag:evil] [id:evil]");
        assertThat(Jsoup.parseBodyFragment(questions.get(2).generalFeedback()).text())
                .contains("Ask your care team: Who do I call: day ~ or night? ]]>");
    }

    @Test
    void every_check_of_the_bundled_course_is_one_gift_question_read_back_as_moodle_reads_gift() throws Exception {
        Course course = Packages.bundled();
        List<BankQuestion> questions = gift(course);

        assertThat(questions).extracting(BankQuestion::name).containsExactlyElementsOf(allCheckIds(course));
        for (BankQuestion question : questions) {
            Check check = course.check(question.name()).orElseThrow();
            assertGiftQuestionIs(question, check, course);
        }
    }

    @Test
    void gift_escaping_of_hostile_text_round_trips_through_moodle_s_reading() throws Exception {
        Course course = hostile();
        String gift =
                new String(exporter.export(course, QuestionBankFormat.GIFT).bytes(), StandardCharsets.UTF_8);
        List<BankQuestion> questions = GiftBankReader.read(gift).questions();

        assertThat(questions).extracting(BankQuestion::name).containsExactly("h1", "h2", "h3");
        for (BankQuestion question : questions) {
            assertGiftQuestionIs(question, course.check(question.name()).orElseThrow(), course);
        }
        assertThat(questions.getFirst().category())
                .as("Moodle reads the category line as written, apart from \\\\")
                .isEqualTo("$course$/top/Bank // \"exports\" & <tests> ]]> {x} ~y =z #1: \\end/Lesson 1: Slash//lesson"
                        + " ]]> & <b>bold<//b> #1: {x} ~y =z \\w");
        assertThat(gift)
                .as("GIFT cannot keep an order, so the file says which checks need it")
                .contains("// h2\n");
        assertThat(gift.lines().filter(l -> l.startsWith("//") && (l.contains("[id:") || l.contains("[tag:"))))
                .as("no authored text declares an id or a tag")
                .containsExactly(
                        "// [id:h1]",
                        "// [tag:hostile-bank-A1]",
                        "// [id:h2]",
                        "// [tag:hostile-bank-A2]",
                        "// [id:h3]",
                        "// [tag:hostile-bank-A1]");
    }

    @Test
    void the_file_names_carry_the_published_version() throws Exception {
        Course course = Packages.bundled();

        assertThat(QuestionBankExporter.fileName(course, QuestionBankFormat.MOODLE_XML))
                .isEqualTo("immunotherapy-moodle.xml");
        assertThat(QuestionBankExporter.fileName(course.withVersion(3), QuestionBankFormat.MOODLE_XML))
                .isEqualTo("immunotherapy-v3-moodle.xml");
        assertThat(QuestionBankExporter.fileName(course.withVersion(3), QuestionBankFormat.GIFT))
                .isEqualTo("immunotherapy-v3.gift.txt");
        assertThat(moodleCategoryOf(course.withVersion(3)))
                .startsWith("$course$/top/Immunotherapies and targeted therapies (version 3)/Lesson 1: ");
    }

    @Test
    void the_exports_are_written_to_look_at() throws Exception {
        // Not an assertion of content: the files land in target/ so that a person can read what Moodle receives.
        Path folder = Files.createDirectories(Path.of("target", "question-banks"));
        for (Course course : List.of(Packages.bundled(), hostile())) {
            for (QuestionBankFormat format : QuestionBankFormat.values()) {
                QuestionBank bank = exporter.export(course, format);
                Files.write(folder.resolve(bank.fileName()), bank.bytes());
                assertThat(bank.size()).isPositive();
            }
        }
    }

    private static void assertGiftQuestionIs(BankQuestion question, Check check, Course course) {
        Lesson lesson = course.lessonOf(check).orElseThrow();
        assertThat(question.idNumber()).isEqualTo(check.id());
        assertThat(question.tags()).containsExactly(course.id() + "-" + check.objective());
        assertThat(textOf(question.stemHtml())).as(check.id()).isEqualTo(check.stem());
        assertThat(question.single()).as(check.id()).isEqualTo(check.type() == CheckType.SINGLE);
        assertThat(question.category()).endsWith(check.level() == Level.PATIENT ? "/Patient checks" : "");
        assertThat(question.category()).contains("/Lesson " + lesson.number() + ": ");
        assertThat(question.answers()).hasSameSizeAs(check.options());
        List<String> fractions = new ArrayList<>();
        for (int i = 0; i < check.options().size(); i++) {
            Option option = check.options().get(i);
            BankQuestion.Answer answer = question.answers().get(i);
            assertThat(Parser.unescapeEntities(answer.textHtml(), false))
                    .as(check.id())
                    .isEqualTo(option.text());
            assertThat(Parser.unescapeEntities(answer.feedbackHtml(), false)).isEqualTo(option.rationale());
            BigDecimal percent = answer.fraction().stripTrailingZeros();
            assertThat(MOODLE_GRADES).contains(percent.compareTo(BigDecimal.ZERO) == 0 ? BigDecimal.ZERO : percent);
            fractions.add(percent.toPlainString());
        }
        assertKeysShareAHundred(check, fractions);
        org.jsoup.nodes.Document general = Jsoup.parseBodyFragment(question.generalFeedbackHtml());
        assertThat(general.select("a").eachText())
                .containsExactlyElementsOf(
                        sourcesOf(check, lesson).stream().map(s -> s.title()).toList());
        assertThat(general.select("script")).isEmpty();
    }

    private static List<org.oncolearn.course.Source> sourcesOf(Check check, Lesson lesson) {
        return check.sources().isEmpty() ? lesson.sources() : check.sources();
    }

    private static void assertKeysShareAHundred(Check check, List<String> fractions) {
        double keys = 0;
        double wrong = 0;
        for (int i = 0; i < check.options().size(); i++) {
            double fraction = Double.parseDouble(fractions.get(i));
            if (check.options().get(i).key()) {
                assertThat(fraction).as(check.id() + " key").isPositive();
                keys += fraction;
            } else {
                assertThat(fraction).as(check.id() + " wrong option").isLessThanOrEqualTo(0);
                wrong += fraction;
            }
        }
        assertThat(keys).as(check.id()).isCloseTo(100, within(0.001));
        if (check.type() == CheckType.MULTIPLE) {
            assertThat(wrong)
                    .as("ticking every box scores nothing in " + check.id())
                    .isCloseTo(-100, within(0.001));
        }
    }

    /** The plain text behind exported HTML: the paragraph taken off, line breaks back, entities decoded. */
    private static String textOf(String html) {
        assertThat(html).startsWith("<p>").endsWith("</p>");
        String inner = html.substring(3, html.length() - 4).replace("<br>", "\n");
        assertThat(inner).as("no markup but line breaks").doesNotContain("<");
        return Parser.unescapeEntities(inner, false);
    }

    private static List<String> texts(List<Option> options, java.util.function.Function<Option, String> field) {
        return options.stream().map(field).toList();
    }

    private static List<String> allCheckIds(Course course) {
        List<String> ids = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            lesson.checks(Level.NURSING).forEach(c -> ids.add(c.id()));
            lesson.checks(Level.PATIENT).forEach(c -> ids.add(c.id()));
        }
        return ids;
    }

    private static Course hostile() {
        return CourseLoader.load(Path.of("src", "test", "resources", "export", "hostile-bank"));
    }

    private List<BankQuestion> gift(Course course) throws Exception {
        String gift =
                new String(exporter.export(course, QuestionBankFormat.GIFT).bytes(), StandardCharsets.UTF_8);
        assertThat(gift.lines().filter(l -> l.startsWith("::")))
                .as("every question's text is marked as HTML")
                .allMatch(l -> l.matches("::[a-z0-9-]+::\\[html]<p>.*"));
        return GiftBankReader.read(gift).questions();
    }

    private String moodleCategoryOf(Course course) throws Exception {
        return moodle(course).getFirst().category();
    }

    record MoodleQuestion(
            String category,
            String name,
            String stem,
            boolean single,
            boolean shuffle,
            List<String> fractions,
            List<String> answerTexts,
            List<String> feedbacks,
            String generalFeedback,
            List<String> tags) {}

    /** The multiple-choice questions of a Moodle XML export, each with the category that was current before it. */
    private List<MoodleQuestion> moodle(Course course) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(
                        exporter.export(course, QuestionBankFormat.MOODLE_XML).bytes()));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("quiz");
        List<MoodleQuestion> questions = new ArrayList<>();
        String category = null;
        NodeList nodes = document.getDocumentElement().getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (!(nodes.item(i) instanceof Element question)) {
                continue;
            }
            if (question.getAttribute("type").equals("category")) {
                category = text(child(child(question, "category"), "text"));
                continue;
            }
            assertThat(question.getAttribute("type")).isEqualTo("multichoice");
            List<String> fractions = new ArrayList<>();
            List<String> answers = new ArrayList<>();
            List<String> feedbacks = new ArrayList<>();
            for (Element answer : children(question, "answer")) {
                fractions.add(answer.getAttribute("fraction"));
                answers.add(Parser.unescapeEntities(text(child(answer, "text")), false));
                feedbacks.add(Parser.unescapeEntities(text(child(child(answer, "feedback"), "text")), false));
            }
            questions.add(new MoodleQuestion(
                    category,
                    text(child(child(question, "name"), "text")),
                    text(child(child(question, "questiontext"), "text")),
                    Boolean.parseBoolean(text(child(question, "single"))),
                    Boolean.parseBoolean(text(child(question, "shuffleanswers"))),
                    fractions,
                    answers,
                    feedbacks,
                    text(child(child(question, "generalfeedback"), "text")),
                    children(child(question, "tags"), "tag").stream()
                            .map(t -> text(child(t, "text")))
                            .toList()));
        }
        return questions;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as(name + " in " + parent.getTagName()).hasSize(1);
        return found.getFirst();
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

    private static String text(Element element) {
        return element.getTextContent();
    }
}
