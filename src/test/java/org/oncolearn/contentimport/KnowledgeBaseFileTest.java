package org.oncolearn.contentimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncolearn.knowledge.Drug;
import org.oncolearn.knowledge.KnowledgeBase;

class KnowledgeBaseFileTest {

    @TempDir
    Path content;

    @Test
    void the_bundled_knowledge_base_loads_with_at_least_forty_drugs_and_every_fact_sourced() {
        KnowledgeBase knowledge = KnowledgeBaseFile.load(Path.of("quizzes"));

        assertThat(knowledge.drugs()).hasSizeGreaterThanOrEqualTo(40);
        for (Drug drug : knowledge.drugs()) {
            assertThat(drug.sources()).as(drug.name()).isNotEmpty();
            assertThat(drug.drugClass().sources()).as(drug.drugClass().id()).isNotEmpty();
            drug.uses()
                    .forEach(u ->
                            assertThat(u.sources()).as(drug.name() + " use").isNotEmpty());
            drug.adverse()
                    .forEach(a -> assertThat(a.sources())
                            .as(drug.name() + " " + a.effect())
                            .isNotEmpty());
        }
        assertThat(knowledge.drug("Keytruda")).map(Drug::name).contains("pembrolizumab");
        assertThat(knowledge.drug("cisplatin").orElseThrow().drugClass().category())
                .isEqualTo("chemotherapy");
        assertThat(knowledge.drug("tacrolimus").orElseThrow().drugClass().category())
                .isEqualTo("immunosuppressant");
    }

    @Test
    void a_fact_without_a_source_is_refused_with_its_file_and_line() throws IOException {
        write("classes.yaml", """
                classes:
                  pd-1-inhibitor:
                    name: PD-1 checkpoint inhibitor
                    category: immunotherapy
                    target: PD-1
                    mechanism:
                      nurse: It releases a brake on T cells.
                      patient: It helps your immune cells attack the cancer.
                """);

        assertThatThrownBy(() -> KnowledgeBaseFile.load(content))
                .isInstanceOf(InvalidCourseException.class)
                .hasMessageContaining("knowledge/classes.yaml:3: class \"pd-1-inhibitor\": cites no source");
    }

    @Test
    void an_api_address_is_refused_as_a_source_and_unknown_references_are_named_with_their_line() throws IOException {
        write("sources.yaml", """
                sources:
                  label-json:
                    title: A label as data
                    url: https://api.fda.gov/drug/label.json?search=x
                  nci:
                    title: NCI
                    url: https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/checkpoint-inhibitors
                """);
        write("drugs.yaml", """
                drugs:
                  - name: pembrolizumab
                    class: no-such-class
                    uses:
                      - cancer: melanoma
                        test-first: no-such-marker
                        sources: [nci]
                    adverse:
                      - effect: colitis
                        nurse: Grade it and tell the prescriber the same day.
                        patient: Diarrhoea or belly pain
                        tier: later
                        sources: [nci]
                    sources: [nci]
                """);

        assertThatThrownBy(() -> KnowledgeBaseFile.load(content))
                .hasMessageContaining("knowledge/sources.yaml:4: source \"label-json\": url")
                .hasMessageContaining("is a data address")
                .hasMessageContaining("knowledge/drugs.yaml:3: drug \"pembrolizumab\": class \"no-such-class\" is not")
                .hasMessageContaining("knowledge/drugs.yaml:6:")
                .hasMessageContaining("biomarker \"no-such-marker\" is not in biomarkers.yaml")
                .hasMessageContaining("knowledge/drugs.yaml:12:")
                .hasMessageContaining("tier must be call-now or within-a-day, not \"later\"");
    }

    private void write(String file, String text) throws IOException {
        Path folder = content.resolve("knowledge");
        Files.createDirectories(folder);
        for (String name : new String[] {"sources.yaml", "classes.yaml", "biomarkers.yaml", "drugs.yaml"}) {
            Path path = folder.resolve(name);
            if (!Files.exists(path)) {
                String field = name.replace(".yaml", "");
                Files.writeString(
                        path,
                        field.equals("drugs")
                                ? "drugs:\n  - name: x\n    class: y\n    uses: []\n    adverse: []\n    sources: []\n"
                                : field + ": {}\n");
            }
        }
        Files.writeString(folder.resolve(file), text);
    }
}
