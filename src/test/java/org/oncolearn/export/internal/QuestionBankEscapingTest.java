package org.oncolearn.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class QuestionBankEscapingTest {

    @Test
    void a_cdata_end_in_html_is_split_across_two_sections_and_reads_back_whole() throws Exception {
        String html = "<p>a ]]> b ]]]]> c\u0000</p>";
        String xml = "<text><![CDATA[" + MoodleXmlEscaper.cdata(html) + "]]></text>";

        String read = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement()
                .getTextContent();

        assertThat(read).isEqualTo("<p>a ]]> b ]]]]> c</p>");
    }

    @Test
    void gift_escapes_its_special_characters_and_the_backslash_first_as_moodle_does() {
        assertThat(GiftEscaper.escape("a~b=c#d{e}f:g\\h\ni\r")).isEqualTo("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni");
        assertThat(GiftEscaper.escape("\\:")).isEqualTo("\\\\\\:");
    }

    @Test
    void gift_comments_cannot_declare_an_id_or_tag_and_tags_escape_their_end() {
        assertThat(GiftEscaper.comment("title [id:x]\n[tag:y]")).isEqualTo("title (id:x) (tag:y)");
        assertThat(GiftEscaper.tag("a]b<c>`d")).isEqualTo("a\\]bcd");
    }

    @Test
    void html_from_authored_text_escapes_markup_and_keeps_line_breaks() {
        assertThat(QuestionBankBuilder.html(" a & <b>\r\nc ]]> \u0001")).isEqualTo("a &amp; &lt;b&gt;<br>c ]]&gt;");
    }

    @Test
    void a_category_name_doubles_its_slashes_and_loses_those_at_its_ends() {
        assertThat(QuestionBankBuilder.categoryName(" /a/b\n c/ ")).isEqualTo("a//b c");
        assertThat(QuestionBankBuilder.categoryName("//")).isEqualTo("Untitled");
    }
}
