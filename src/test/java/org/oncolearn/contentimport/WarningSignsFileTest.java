package org.oncolearn.contentimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oncolearn.contentimport.internal.WarningSignsParser;
import org.oncolearn.course.WarningSigns;
import org.oncolearn.course.WarningSigns.Sign;

class WarningSignsFileTest {

    private static final String VALID = """
            sources:
              esmo: {title: "ESMO patient guide", url: "https://www.esmo.org/"}
            intro: {en: "Some side effects need help at once.", de: "Manche Nebenwirkungen brauchen sofort Hilfe."}
            call-now:
              title: {en: "Call now:", de: "Rufen Sie sofort an:"}
              signs:
                - text: {en: "Trouble breathing", de: "Atemnot"}
                  match: [trouble breathing]
                  sources: [esmo]
            tell-within-a-day:
              title: {en: "Tell us within a day:", de: "Innerhalb eines Tages:"}
              signs:
                - text: {en: "A mild rash", de: "Ein leichter Ausschlag"}
                  match: [mild rash]
                  sources: [esmo]
            notes:
              - text: {en: "Carry your alert card.", de: "Tragen Sie Ihren Ausweis bei sich."}
                sources: [esmo]
            emergency: {en: "Call the emergency number.", de: "Rufen Sie den Notruf."}
            """;

    @Test
    void the_bundled_list_has_both_tiers_in_english_and_german_and_a_source_for_every_sign() {
        WarningSigns signs = WarningSignsFile.forContent(Path.of("quizzes"));

        assertThat(signs.callNow().signs()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(signs.tellWithinADay().signs()).isNotEmpty();
        List<Sign> all = new java.util.ArrayList<>(signs.callNow().signs());
        all.addAll(signs.tellWithinADay().signs());
        for (Sign sign : all) {
            assertThat(sign.sources()).as(sign.text().en()).isNotEmpty();
            assertThat(sign.match()).as(sign.text().en()).isNotEmpty();
            assertThat(sign.text().en()).isNotBlank();
            assertThat(sign.text().de()).isNotBlank().isNotEqualTo(sign.text().en());
        }
        Set<String> urgent = new HashSet<>();
        signs.callNow().signs().forEach(s -> urgent.addAll(s.match()));
        signs.tellWithinADay().signs().forEach(s -> assertThat(urgent).doesNotContainAnyElementsOf(s.match()));
    }

    @Test
    void the_clinical_review_corrections_are_on_the_call_now_list() {
        WarningSigns signs = WarningSignsFile.forContent(Path.of("quizzes"));
        String callNow = String.join(
                " | ", signs.callNow().signs().stream().map(s -> s.text().en()).toList());

        assertThat(callNow)
                .contains(
                        "Trouble breathing",
                        "chest pain",
                        "cough",
                        "swollen ankles",
                        "38 °C (100.4 °F) or more",
                        "vomiting",
                        "Bruising or bleeding",
                        "little urine",
                        "painful eyes");
        assertThat(String.join(
                        " ", signs.notes().stream().map(n -> n.text().en()).toList()))
                .contains("unborn baby", "immunotherapy");
    }

    @Test
    void a_sign_that_cites_an_unknown_source_is_reported_with_file_and_line() {
        String yaml = VALID.replace(
                "      match: [mild rash]\n      sources: [esmo]", "      match: [mild rash]\n      sources: [nci]");

        assertThatThrownBy(() -> WarningSignsParser.parse(yaml, "warning-signs.yaml"))
                .isInstanceOfSatisfying(
                        InvalidCourseException.class,
                        e -> assertThat(e.problems())
                                .extracting(ContentProblem::toString)
                                .containsExactly("warning-signs.yaml:15: source \"nci\" is not listed under sources"));
    }

    @Test
    void a_sign_without_sources_and_a_text_without_german_are_both_reported() {
        String yaml = VALID.replace("      sources: [esmo]\ntell-within-a-day", "tell-within-a-day")
                .replace("{en: \"Call now:\", de: \"Rufen Sie sofort an:\"}", "{en: \"Call now:\"}");

        assertThatThrownBy(() -> WarningSignsParser.parse(yaml, "warning-signs.yaml"))
                .isInstanceOfSatisfying(
                        InvalidCourseException.class,
                        e -> assertThat(e.problems())
                                .extracting(ContentProblem::toString)
                                .containsExactly(
                                        "warning-signs.yaml:5: title has no \"de\" text; every text is needed in [en, de]",
                                        "warning-signs.yaml:7: field \"sources\" is missing"));
    }

    @Test
    void a_sign_in_both_tiers_is_refused() {
        String yaml = VALID.replace("match: [mild rash]", "match: [mild rash, trouble breathing]");

        assertThatThrownBy(() -> WarningSignsParser.parse(yaml, "warning-signs.yaml"))
                .isInstanceOfSatisfying(
                        InvalidCourseException.class,
                        e -> assertThat(e.problems())
                                .extracting(ContentProblem::message)
                                .containsExactly("\"trouble breathing\" is in both tiers; a sign has one tier"));
    }

    @Test
    void text_that_is_not_yaml_names_the_line() {
        assertThatThrownBy(() -> WarningSignsParser.parse("call-now:\n  title: [unclosed\n", "warning-signs.yaml"))
                .isInstanceOfSatisfying(
                        InvalidCourseException.class,
                        e -> assertThat(e.problems().getFirst().line()).isGreaterThan(1));
    }

    @Test
    void a_sign_matches_whole_words_in_any_case() {
        Sign sign = WarningSignsParser.parse(VALID, "w.yaml").callNow().signs().getFirst();

        assertThat(sign.mentionedIn("Call if you have Trouble Breathing.")).contains("trouble breathing");
        assertThat(sign.mentionedIn("No trouble breathingly.")).isEmpty();
    }
}
