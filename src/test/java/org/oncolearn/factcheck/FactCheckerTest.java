package org.oncolearn.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Option;
import org.oncolearn.drafting.KnowledgeLexicon;

class FactCheckerTest {

    private static final Path SEED = Path.of("..", "shared", "seed", "000_3c21eb6106e5c222.txt");
    /** The lexicon with every drug of the knowledge base, as the app and the command line check texts. */
    private final FactChecker checker = new FactChecker(KnowledgeLexicon.forContent(Path.of("quizzes")));

    @Test
    void the_seed_text_gets_exactly_its_two_known_errors_with_reason_and_source() throws Exception {
        List<DrugClassFlag> flags = checker.check(Files.readString(seedFile()));

        assertThat(flags)
                .extracting(DrugClassFlag::describe)
                .containsExactly(
                        "line 18: cisplatin is platinum chemotherapy, not an immunotherapy — StatPearls: Cisplatin"
                                + " <https://www.statpearls.com/point-of-care/19571>",
                        "line 26: tacrolimus is a calcineurin-inhibitor immunosuppressant used against transplant"
                                + " rejection, not a targeted cancer drug — US FDA drug label (DailyMed): tacrolimus"
                                + " <https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=7f667de1-9dfa-4bd6-8ba0-15ee2d78873b>");
    }

    @Test
    void the_corrected_bundled_course_raises_no_flag_in_any_field() {
        Course course = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        List<String> texts = new ArrayList<>();
        texts.add(course.title());
        texts.add(course.summary());
        for (Lesson lesson : course.lessons()) {
            texts.add(lesson.title());
            texts.add(lesson.summary());
            texts.add(lesson.text().markdown());
            texts.addAll(lesson.objectives().values());
            for (Check check : lesson.checks()) {
                texts.add(check.stem());
                for (Option option : check.options()) {
                    texts.add(option.text());
                    texts.add(option.rationale());
                }
            }
        }

        assertThat(texts).hasSizeGreaterThan(200);
        assertThat(texts.stream().flatMap(t -> checker.check(t).stream()).toList())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Cisplatin is not an immunotherapy.",
                "Cisplatin is platinum chemotherapy, not an immunotherapy.",
                "Tacrolimus is an immunosuppressant; it is not a targeted cancer drug.",
                "Do not mistake tacrolimus for a targeted drug such as everolimus.",
                "Unlike pembrolizumab, which is an immunotherapy, cisplatin damages DNA directly.",
                "Pembrolizumab is an immunotherapy, while cisplatin is chemotherapy.",
                "Checkpoint inhibitors such as nivolumab are sometimes given with cisplatin chemotherapy.",
                "Everolimus is a targeted drug for some kidney and breast cancers.",
                "Osimertinib is a targeted therapy for EGFR-mutant lung cancer.",
                "Trastuzumab (Herceptin) is a targeted therapy for HER2-positive breast cancer.",
                "The immunosuppressant tacrolimus prevents transplant rejection.",
                "Immunotherapy and targeted therapy are two different kinds of treatment.",
                "Rather than calling cisplatin an immunotherapy, call it platinum chemotherapy."
            })
    void correct_sentences_and_sentences_about_what_a_drug_is_not_stay_quiet(String sentence) {
        assertThat(checker.check(sentence)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Osimertinib is an immunotherapy for lung cancer.",
                "Keytruda is a chemotherapy given every three weeks.",
                "Some targeted cisplatin drugs shrink tumours.",
                "Tacrolimus is a targeted therapy for breast cancer.",
                "Immunotherapies, for example cisplatin, boost the immune response.",
                "Gilteritinib is an immunotherapy."
            })
    void a_drug_put_in_a_class_it_never_belongs_to_is_flagged(String sentence) {
        assertThat(checker.check(sentence)).hasSize(1);
    }

    @Test
    void a_treatment_given_together_with_a_drug_or_before_it_is_not_a_claim_about_the_drug() {
        assertThat(checker.check("Pertuzumab is given with trastuzumab and chemotherapy."))
                .isEmpty();
        assertThat(checker.check("Olaparib is maintenance after response to platinum chemotherapy."))
                .isEmpty();
        assertThat(checker.check("Cetuximab is used on its own or with chemotherapy."))
                .isEmpty();
        assertThat(checker.check("Trastuzumab and other chemotherapy drugs stop cell division."))
                .as("a class named as the drug's own still counts")
                .singleElement()
                .extracting(DrugClassFlag::drug)
                .isEqualTo("trastuzumab");
    }

    @Test
    void a_drug_only_the_knowledge_base_knows_is_checked_too_but_an_antibody_called_an_immunotherapy_is_not_flagged() {
        assertThat(DrugLexicon.load(Path.of("quizzes", "drug-lexicon.yaml")).drug("carboplatin"))
                .as("carboplatin is known from the knowledge base only")
                .isEmpty();
        assertThat(checker.check("Carboplatin is an immunotherapy."))
                .singleElement()
                .extracting(DrugClassFlag::drug)
                .isEqualTo("carboplatin");
        assertThat(checker.check("Ciclosporin is a targeted cancer drug."))
                .singleElement()
                .extracting(DrugClassFlag::drug)
                .isEqualTo("ciclosporin");
        assertThat(checker.check("Rituximab is an immunotherapy for lymphoma.")).isEmpty();
    }

    @Test
    void a_brand_name_is_reported_under_its_generic_name() {
        assertThat(checker.check("Herceptin is a chemotherapy drug."))
                .singleElement()
                .satisfies(flag -> {
                    assertThat(flag.drug()).isEqualTo("trastuzumab");
                    assertThat(flag.claimedClass()).isEqualTo("chemotherapy");
                });
    }

    @Test
    void an_unlisted_nib_drug_is_judged_by_its_stem() {
        assertThat(checker.check("Gilteritinib is an immunotherapy."))
                .singleElement()
                .satisfies(flag -> assertThat(flag.drugClass()).contains("kinase inhibitor"));
    }

    @Test
    void flags_carry_the_line_of_the_drug_in_a_longer_text() {
        String text = "A first line.\n\nAnother paragraph\nwhere osimertinib is described\nas an immunotherapy.\n";

        assertThat(checker.check(text, 10))
                .singleElement()
                .satisfies(flag -> assertThat(flag.line()).isEqualTo(13));
    }

    static Path seedFile() {
        return Files.exists(SEED) ? SEED : Path.of("/work/shared/seed/000_3c21eb6106e5c222.txt");
    }
}
