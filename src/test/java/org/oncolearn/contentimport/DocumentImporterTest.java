package org.oncolearn.contentimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.oncolearn.contentimport.ImportedDocument.Section;

class DocumentImporterTest {

    static Path seed() {
        Path relative = Path.of("..", "shared", "seed", "000_3c21eb6106e5c222.txt");
        return Files.exists(relative) ? relative : Path.of("/work/shared/seed/000_3c21eb6106e5c222.txt");
    }

    @Test
    void the_seed_text_yields_its_title_and_exactly_its_four_sections() throws Exception {
        ImportedDocument document = DocumentImporter.read("seed.txt", Files.readAllBytes(seed()));

        assertThat(document.title()).isEqualTo("Immunotherapies And Targeted Therapies");
        assertThat(document.sections())
                .extracting(Section::title)
                .containsExactly(
                        "Immune system and cancer",
                        "What are immunotherapies and how do they work?",
                        "Targeted therapies",
                        "Importance of immunotherapies and targeted therapies");
        assertThat(document.sections()).extracting(Section::line).containsExactly(4, 16, 22, 28);
        assertThat(document.sections().get(1).paragraphs().getFirst().text())
                .startsWith("Immunotherapies are cisplatin drug therapies");
    }

    @Test
    void a_document_with_more_sections_than_a_course_can_have_lessons_is_refused_quickly_with_a_clear_message() {
        StringBuilder md = new StringBuilder("# Twenty thousand headings\n\n");
        for (int i = 1; md.length() < DocumentImporter.MAX_BYTES - 100; i++) {
            md.append("## H").append(i).append("\n\nText ").append(i).append(".\n\n");
        }
        byte[] bytes = md.toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();

        assertThatThrownBy(() -> DocumentImporter.read("headings.md", bytes))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("headings.md has ")
                .hasMessageContaining("a course can have at most 200")
                .hasMessageContaining("Split the document");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void a_document_with_as_many_sections_as_a_course_can_have_lessons_is_read() throws Exception {
        StringBuilder md = new StringBuilder("# Two hundred sections\n\n");
        for (int i = 1; i <= DocumentImporter.MAX_SECTIONS; i++) {
            md.append("## H").append(i).append("\n\nText ").append(i).append(".\n\n");
        }

        assertThat(DocumentImporter.read("many.md", md.toString().getBytes(StandardCharsets.UTF_8))
                        .sections())
                .hasSize(DocumentImporter.MAX_SECTIONS);
    }

    @Test
    void plain_text_keeps_a_sentence_like_short_line_as_text() throws Exception {
        String text = "Leaflet\n\nWhat it is\n\nA short note.\n\nMore text here that is a paragraph.\n";

        ImportedDocument document = DocumentImporter.read("leaflet.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(document.sections()).singleElement().satisfies(section -> {
            assertThat(section.title()).isEqualTo("What it is");
            assertThat(section.paragraphs()).hasSize(2);
        });
    }

    @Test
    void markdown_sections_follow_its_headings_and_keep_their_markdown() throws Exception {
        String md = """
                # Living with immunotherapy

                ## Side effects

                Report **new diarrhoea** the same day.

                - cough
                - rash

                ## Tests

                Your tumour may be tested first.
                """;

        ImportedDocument document = DocumentImporter.read("notes.md", md.getBytes(StandardCharsets.UTF_8));

        assertThat(document.title()).isEqualTo("Living with immunotherapy");
        assertThat(document.sections()).extracting(Section::title).containsExactly("Side effects", "Tests");
        assertThat(document.sections().getFirst().markdown())
                .isEqualTo("Report **new diarrhoea** the same day.\n\n- cough\n- rash");
        assertThat(document.sections().getFirst().line()).isEqualTo(3);
    }

    @Test
    void html_sections_follow_its_headings_and_drop_scripts_and_markup() throws Exception {
        String html = """
                <!DOCTYPE html><html><head><title>Ignored</title><script>alert(1)</script></head><body>
                <h1>Targeted therapy</h1>
                <h2>Why test first</h2>
                <p onclick="alert(2)">The <b>tumour</b> is tested.</p>
                <ul><li>EGFR</li><li>ALK</li></ul>
                <h2>Side effects</h2>
                <p>Rash and diarrhoea.</p>
                </body></html>
                """;

        ImportedDocument document = DocumentImporter.read("page.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(document.title()).isEqualTo("Targeted therapy");
        assertThat(document.sections()).extracting(Section::title).containsExactly("Why test first", "Side effects");
        assertThat(document.sections().getFirst().markdown()).isEqualTo("The tumour is tested.\n\n- EGFR\n\n- ALK");
        assertThat(document.sections().getFirst().line()).isEqualTo(3);
    }

    @Test
    void html_in_a_declared_encoding_is_read_in_that_encoding() throws Exception {
        String html =
                "<html><head><meta charset=\"windows-1252\"></head><body><h1>Caf\u00e9</h1><p>Na\u00efve.</p></body></html>";

        ImportedDocument document = DocumentImporter.read("page.html", html.getBytes(Charset.forName("windows-1252")));

        assertThat(document.title()).isEqualTo("Caf\u00e9");
    }

    @Test
    void text_with_a_utf16_byte_order_mark_is_read() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = "Title\n\nSection\n\nText.\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 2);
        System.arraycopy(body, 0, bytes, 2, body.length);

        assertThat(DocumentImporter.read("a.txt", bytes).title()).isEqualTo("Title");
    }

    @Test
    void text_that_is_not_utf8_is_refused_with_the_file_and_byte() {
        byte[] latin1 = "Caf\u00e9 au lait\n\nText.".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> DocumentImporter.read("notes.txt", latin1))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("notes.txt is not valid UTF-8 (at byte 4). Save it as UTF-8.");
    }

    @Test
    void other_file_types_are_refused_with_what_to_do() {
        assertThatThrownBy(() -> DocumentImporter.read("leaflet.pdf", new byte[] {37, 80, 68, 70}))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("leaflet.pdf cannot be imported: use a .txt, .md or .html file.");
    }

    @Test
    void a_file_over_the_limit_is_refused() {
        byte[] big = new byte[DocumentImporter.MAX_BYTES + 1];

        assertThatThrownBy(() -> DocumentImporter.read("big.txt", big))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("the limit is 1024 KB");
    }

    @Test
    void a_binary_file_with_a_text_name_is_refused() {
        assertThatThrownBy(() -> DocumentImporter.read("x.txt", new byte[] {65, 0, 66}))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("x.txt looks like a binary file, not text.");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> DocumentImporter.read("empty.md", "  \n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("empty.md has no text in it.");
    }
}
