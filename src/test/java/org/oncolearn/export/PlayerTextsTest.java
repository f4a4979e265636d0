package org.oncolearn.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oncolearn.course.Course;
import org.oncolearn.testing.Bundles;

/**
 * The exported player's own words come from one bundle per language ({@code i18n/player}), the page is rendered in
 * the course's language and the script reads the same words from the page: every key in both languages with the
 * same placeholders, every key the template and the scripts name present, and no English left in a German course.
 */
class PlayerTextsTest {

    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates", "player");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** A text key as the template and the scripts name it: in double quotes. */
    private static final Pattern KEY = Pattern.compile("\"(player\\.[A-Za-z0-9.]+)\"");

    private static final Properties ENGLISH = Bundles.load("/i18n/player.properties");
    private static final Properties GERMAN = Bundles.load("/i18n/player_de.properties");

    @Test
    void every_player_text_has_an_english_and_a_german_version_with_the_same_placeholders() {
        assertThat(GERMAN.stringPropertyNames()).isEqualTo(ENGLISH.stringPropertyNames());
        assertThat(ENGLISH.stringPropertyNames()).hasSizeGreaterThan(100);
        for (String key : ENGLISH.stringPropertyNames()) {
            assertThat(placeholders(GERMAN.getProperty(key)))
                    .as("placeholders of %s", key)
                    .isEqualTo(placeholders(ENGLISH.getProperty(key)));
            assertThat(GERMAN.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void every_count_has_a_text_for_one_and_for_any_other_number() {
        for (String key : ENGLISH.stringPropertyNames()) {
            if (key.endsWith(".one")) {
                assertThat(ENGLISH).as(key).containsKey(key.replaceAll("\\.one$", ".other"));
            }
            if (key.endsWith(".other")) {
                assertThat(ENGLISH).as(key).containsKey(key.replaceAll("\\.other$", ".one"));
            }
        }
    }

    @Test
    void every_text_the_template_and_the_scripts_name_is_in_the_bundle() throws IOException {
        Set<String> named = new TreeSet<>();
        for (String file : List.of("index.html.vm", "player.js", "cmi5.js")) {
            Matcher m = KEY.matcher(Files.readString(TEMPLATES.resolve(file)));
            while (m.find()) {
                named.add(m.group(1));
            }
        }

        assertThat(named).hasSizeGreaterThan(60);
        for (String key : named) {
            if (key.endsWith(".")) {
                // The start of a key the script completes: "player.sure." + level.
                assertThat(ENGLISH.stringPropertyNames()).as(key).anyMatch(k -> k.startsWith(key));
            } else if (!ENGLISH.containsKey(key)) {
                // A count's texts, picked by plural(): key.one and key.other.
                assertThat(ENGLISH).as(key).containsKeys(key + ".one", key + ".other");
            }
        }
    }

    @Test
    void the_scripts_have_no_words_of_their_own_for_the_learner() throws IOException {
        for (String file : List.of("player.js", "cmi5.js")) {
            String source = Files.readString(TEMPLATES.resolve(file));
            for (String key : ENGLISH.stringPropertyNames()) {
                String english = ENGLISH.getProperty(key);
                if (english.length() > 12 && !english.contains("{")) {
                    assertThat(source)
                            .as("%s has its own copy of %s", file, key)
                            .doesNotContain(english);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ScormStandard.class)
    void a_german_course_is_played_in_german_with_no_english_word_of_the_player_left(ScormStandard standard) {
        String page = Packages.text(Packages.files(Packages.bundled().withLanguage("de"), standard), "index.html");

        assertThat(page)
                .contains("<html lang=\"de\">", "data-ui-lang=\"de\"")
                .contains(">Zur Lektion springen</a>", ">Mit den 5 Fragen beginnen</button>", ">Lektion 1: ")
                .contains(
                        ">Antwort prüfen</button>",
                        ">Kursfortschritt</label>",
                        "\"player.check.next\":\"Nächste Frage\"")
                .contains("0 von 19 Fragen beantwortet")
                .doesNotContain(" lang=\"en\"");
        assertNoEnglishPlayerWords(page);
    }

    @Test
    void a_german_cmi5_package_says_its_connection_messages_in_german() {
        Course german = Packages.bundled().withLanguage("de");
        String page = Packages.text(
                Packages.unzip(new Cmi5Exporter(Packages.CLOCK).export(german).zip()), "index.html");

        assertThat(page)
                .contains(">Speichern und beenden</button>")
                .contains("\"player.cmi5.left\":\"Sie haben den Kurs verlassen");
        assertNoEnglishPlayerWords(page);
    }

    @Test
    void a_course_in_a_language_without_player_texts_gets_english_words_marked_as_english() {
        String page = Packages.text(
                Packages.files(Packages.tricky().withLanguage("fr"), ScormStandard.SCORM2004), "index.html");

        assertThat(page)
                .contains("<html lang=\"fr\">", "data-ui-lang=\"en\"")
                .contains("<a class=\"skip-link\" href=\"#stage\" lang=\"en\">Skip to the lesson</a>")
                .contains("<h2 class=\"outline-heading\" id=\"outline-heading\" lang=\"en\">Lessons</h2>")
                .contains("<h2 class=\"screen-heading\" tabindex=\"-1\" lang=\"en\">Lesson 2: <span lang=\"fr\">"
                        + "Second lesson</span></h2>")
                .contains("<button type=\"submit\" class=\"primary\" lang=\"en\">Check answer</button>")
                .contains("<footer class=\"notice\" lang=\"en\">");
    }

    @Test
    void an_english_course_marks_nothing_as_english_beyond_the_page_itself() {
        String page = Packages.text(Packages.files(Packages.bundled(), ScormStandard.SCORM12), "index.html");

        assertThat(page).contains("<html lang=\"en\">", "data-ui-lang=\"en\"");
        assertThat(page.split(" lang=\"", -1)).as("lang attributes").hasSize(2);
        assertThat(page).contains(">Skip to the lesson</a>", ">Check answer</button>", ">Lesson 1: ");
    }

    /** No English text of the player as an element's text or as the script's data. */
    private static void assertNoEnglishPlayerWords(String page) {
        for (String key : ENGLISH.stringPropertyNames()) {
            String english = ENGLISH.getProperty(key);
            if (english.equals(GERMAN.getProperty(key))) {
                continue; // "{0} %", "–": the same in both languages
            }
            assertThat(page).as("English text of %s", key).doesNotContain("\"" + jsonEscaped(english) + "\"");
            if (!english.contains("{")) {
                assertThat(page).as("English text of %s", key).doesNotContain(">" + english + "<");
            }
        }
    }

    private static String jsonEscaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
