package org.oncolearn.factcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncolearn.factcheck.DrugLexicon.Drug;

class DrugLexiconTest {

    /** Every drug the accuracy brief names, generic names as written there. */
    private static final List<String> DRUGS_IN_THE_BRIEF = List.of(
            "cisplatin",
            "tacrolimus",
            "everolimus",
            "pembrolizumab",
            "nivolumab",
            "cemiplimab",
            "atezolizumab",
            "durvalumab",
            "avelumab",
            "ipilimumab",
            "osimertinib",
            "gefitinib",
            "alectinib",
            "crizotinib",
            "trastuzumab",
            "cetuximab",
            "panitumumab",
            "imatinib",
            "prednisone");

    private final DrugLexicon lexicon = DrugLexicon.load(Path.of("quizzes", "drug-lexicon.yaml"));

    @Test
    void every_entry_has_a_source_with_a_web_address() {
        assertThat(lexicon.drugs()).hasSizeGreaterThanOrEqualTo(DRUGS_IN_THE_BRIEF.size());
        assertThat(lexicon.drugs()).allSatisfy(drug -> {
            assertThat(drug.source().title()).isNotBlank();
            assertThat(drug.source().url().getScheme()).isIn("https", "http");
        });
        assertThat(lexicon.stems())
                .allSatisfy(stem -> assertThat(stem.source().url()).isNotNull());
    }

    @Test
    void every_drug_named_in_the_accuracy_brief_is_listed() {
        assertThat(lexicon.drugs()).extracting(Drug::name).containsAll(DRUGS_IN_THE_BRIEF);
    }

    @Test
    void the_naming_traps_are_listed() {
        assertThat(lexicon.stems()).extracting(DrugLexicon.Stem::suffix).contains("mab", "nib", "limus");
    }

    @Test
    void the_two_known_errors_are_never_classes_of_their_drugs() {
        assertThat(lexicon.drug("cisplatin").orElseThrow().never()).contains("immunotherapy");
        assertThat(lexicon.drug("tacrolimus").orElseThrow().never()).contains("targeted");
        assertThat(lexicon.drug("cisplatin").orElseThrow().brands()).contains("Platinol");
    }

    @Test
    void the_jar_carries_the_same_lexicon_as_the_content_folder() {
        assertThat(DrugLexicon.bundled()).isEqualTo(lexicon);
    }

    @Test
    void an_entry_citing_an_unknown_source_is_refused_with_file_and_drug(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("drug-lexicon.yaml");
        Files.writeString(
                file,
                Files.readString(Path.of("quizzes", "drug-lexicon.yaml"))
                        .replaceFirst("source: statpearls-cisplatin", "source: nowhere"));

        assertThatThrownBy(() -> DrugLexicon.load(file))
                .isInstanceOf(InvalidLexiconException.class)
                .hasMessage(file + ": drug \"cisplatin\": source \"nowhere\" is not in sources");
    }

    @Test
    void an_entry_with_an_unknown_category_is_refused(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("drug-lexicon.yaml");
        Files.writeString(
                file,
                Files.readString(Path.of("quizzes", "drug-lexicon.yaml"))
                        .replaceFirst("is: \\[chemotherapy\\]", "is: [chemo]"));

        assertThatThrownBy(() -> DrugLexicon.load(file))
                .isInstanceOf(InvalidLexiconException.class)
                .hasMessageContaining("drug \"cisplatin\" is: \"chemo\" is not one of the categories");
    }

    @Test
    void a_content_folder_without_its_own_lexicon_uses_the_built_in_one(@TempDir Path folder) {
        assertThat(DrugLexicon.forContent(folder)).isEqualTo(DrugLexicon.bundled());
    }
}
