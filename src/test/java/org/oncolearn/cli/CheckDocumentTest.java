package org.oncolearn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckDocumentTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    @Test
    void the_seed_prints_title_sections_and_its_two_flags_and_exits_1() {
        int code = run(seed().toString());

        assertThat(code).isEqualTo(1);
        assertThat(stdout().lines().toList())
                .containsExactly(
                        "title: Immunotherapies And Targeted Therapies",
                        "section 1: Immune system and cancer (line 4, 5 paragraphs)",
                        "section 2: What are immunotherapies and how do they work? (line 16, 2 paragraphs)",
                        "section 3: Targeted therapies (line 22, 2 paragraphs)",
                        "section 4: Importance of immunotherapies and targeted therapies (line 28, 2 paragraphs)",
                        "line 18: cisplatin is platinum chemotherapy, not an immunotherapy — StatPearls: Cisplatin"
                                + " <https://www.statpearls.com/point-of-care/19571>",
                        "line 26: tacrolimus is a calcineurin-inhibitor immunosuppressant used against transplant"
                                + " rejection, not a targeted cancer drug — US FDA drug label (DailyMed): tacrolimus"
                                + " <https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=7f667de1-9dfa-4bd6-8ba0-15ee2d78873b>");
    }

    @Test
    void a_clean_document_exits_0() throws IOException {
        Path clean = folder.resolve("clean.md");
        Files.writeString(clean, "# Lung cancer\n\n## Targeted drugs\n\nOsimertinib is a targeted drug.\n");

        assertThat(run(clean.toString())).isZero();
        assertThat(stdout()).contains("title: Lung cancer", "section 1: Targeted drugs (line 3, 1 paragraph)");
    }

    @Test
    void an_unreadable_file_exits_2_with_the_reason() throws IOException {
        Path latin1 = folder.resolve("notes.txt");
        Files.write(latin1, "Caf\u00e9\n\nText.".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(run(latin1.toString())).isEqualTo(2);
        assertThat(stderr()).isEqualTo("error: notes.txt is not valid UTF-8 (at byte 4). Save it as UTF-8.\n");
        assertThat(run(folder.resolve("missing.txt").toString())).isEqualTo(2);
    }

    @Test
    void a_lexicon_in_the_content_folder_is_used_instead_of_the_built_in_one() throws IOException {
        Path content = Files.createDirectories(folder.resolve("content"));
        Files.writeString(
                content.resolve("drug-lexicon.yaml"),
                Files.readString(Path.of("quizzes", "drug-lexicon.yaml"))
                        .replace("never: [immunotherapy, targeted, immunosuppressant]", "never: [targeted]"));
        Cli cli = new Cli(content, Clock.systemUTC());

        int code = cli.run(new String[] {"check-document", seed().toString()}, print(out), print(err));

        assertThat(code).isEqualTo(1);
        assertThat(stdout()).doesNotContain("cisplatin is").contains("tacrolimus is");
    }

    private int run(String file) {
        return new Cli(Path.of("quizzes"), Clock.systemUTC())
                .run(new String[] {"check-document", file}, print(out), print(err));
    }

    private static Path seed() {
        Path relative = Path.of("..", "shared", "seed", "000_3c21eb6106e5c222.txt");
        return Files.exists(relative) ? relative : Path.of("/work/shared/seed/000_3c21eb6106e5c222.txt");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
