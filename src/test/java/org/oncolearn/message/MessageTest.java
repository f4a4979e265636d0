package org.oncolearn.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void a_message_is_said_in_german_for_any_german_locale_and_in_english_otherwise() {
        Message refused = Message.of("document.empty", "leaflet.txt");

        assertThat(refused.in(Locale.GERMAN)).isEqualTo("leaflet.txt enthält keinen Text.");
        assertThat(refused.in(Locale.forLanguageTag("de-AT"))).isEqualTo("leaflet.txt enthält keinen Text.");
        assertThat(refused.in(Locale.FRENCH)).isEqualTo("leaflet.txt has no text in it.");
        assertThat(refused.english()).isEqualTo("leaflet.txt has no text in it.");
    }

    @Test
    void a_place_inside_a_message_is_said_in_the_same_language_and_a_line_number_as_written() {
        Message skipped = Message.of(
                "bank.skipped.named", Message.of("bank.line", 1234), "tf", Message.of("bank.skip.description"));

        assertThat(skipped.in(Locale.GERMAN)).isEqualTo("Zeile 1234: „tf“ ist eine Beschreibung, keine Frage");
        assertThat(skipped.english()).isEqualTo("line 1234: \"tf\" is a description, not a question");
    }

    @Test
    void several_reasons_are_said_one_after_the_other_with_their_plurals() {
        Message refused = Message.of(
                "publish.blocked",
                List.of(Message.of("publish.blocker.errors", 1L), Message.of("publish.blocker.unreviewed", 3L)));

        assertThat(refused.english())
                .isEqualTo(
                        "The course cannot be published yet: 1 item-writing error; 3 lessons or checks not reviewed.");
        assertThat(refused.in(Locale.GERMAN))
                .isEqualTo("Der Kurs kann noch nicht veröffentlicht werden: 1 Fehler beim Schreiben der Fragen;"
                        + " 3 Lektionen oder Fragen noch nicht geprüft.");
    }

    @Test
    void apostrophes_and_braces_in_a_text_come_out_as_written() {
        assertThat(Message.of("bank.gift.braces", Message.of("bank.line", 1)).english())
                .isEqualTo("line 1: a \"{\" or \"}\" is missing around the answers (write \\{ and \\} for braces in"
                        + " text)");
        assertThat(Message.of("review.noReviewer").english()).isEqualTo("A review needs the reviewer's name.");
    }

    @Test
    void a_key_without_a_text_names_itself_rather_than_failing_the_screen() {
        assertThat(Message.of("no.such.key").in(Locale.GERMAN)).isEqualTo("!no.such.key");
    }
}
