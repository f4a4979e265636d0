package org.oncolearn.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.contentimport.WarningSignsFile;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.course.WarningSigns;
import org.oncolearn.readability.Readability;
import org.oncolearn.readability.Readability.Score;

/** Everything a patient reads, at or below US grade 8 (Flesch-Kincaid); the grades are printed for the report. */
class PatientReadabilityTest {

    @Test
    void every_lessons_patient_text_is_at_or_below_grade_8() {
        Course course = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        for (Lesson lesson : course.lessons()) {
            Score score = Readability.score(lesson.summary());
            for (Check check : lesson.checks(Level.PATIENT)) {
                score = score.plus(Readability.score(check.stem()));
                for (Option option : check.options()) {
                    score = score.plus(Readability.score(option.text())).plus(Readability.score(option.rationale()));
                }
                score = score.plus(Readability.score(check.ask().orElseThrow()));
            }
            System.out.printf(
                    Locale.ROOT,
                    "Patient text of lesson %d (%s): grade %.1f, %d words%n",
                    lesson.number(),
                    lesson.id(),
                    score.grade(),
                    score.words());
            assertThat(score.grade()).as(lesson.id()).isLessThanOrEqualTo(Readability.PATIENT_MAX_GRADE);
            assertThat(Readability.score(lesson.summary()).grade())
                    .as("summary of " + lesson.id())
                    .isLessThanOrEqualTo(Readability.PATIENT_MAX_GRADE);
        }
    }

    @Test
    void the_self_check_screens_and_the_warning_signs_are_at_or_below_grade_8() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/patient.properties")) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Score screens = new Score(0, 0, 0);
        for (String key : texts.stringPropertyNames()) {
            if (key.startsWith("patient.language.")) {
                continue;
            }
            screens = screens.plus(sentence(texts.getProperty(key).replaceAll("\\{\\d}", "12")));
        }
        WarningSigns signs = WarningSignsFile.forContent(Path.of("quizzes"));
        Score urgent = sentence(signs.intro().en())
                .plus(sentence(signs.callNow().title().en()))
                .plus(sentence(signs.tellWithinADay().title().en()))
                .plus(sentence(signs.emergency().en()));
        for (WarningSigns.Sign sign : signs.callNow().signs()) {
            urgent = urgent.plus(sentence(sign.text().en()));
        }
        for (WarningSigns.Sign sign : signs.tellWithinADay().signs()) {
            urgent = urgent.plus(sentence(sign.text().en()));
        }
        for (WarningSigns.Note note : signs.notes()) {
            urgent = urgent.plus(sentence(note.text().en()));
        }
        System.out.printf(
                Locale.ROOT,
                "Self-check screens: grade %.1f, %d words; warning signs: grade %.1f, %d words%n",
                screens.grade(),
                screens.words(),
                urgent.grade(),
                urgent.words());
        assertThat(screens.words()).isGreaterThan(250);
        assertThat(screens.grade()).isLessThanOrEqualTo(Readability.PATIENT_MAX_GRADE);
        assertThat(urgent.words()).isGreaterThan(200);
        assertThat(urgent.grade()).isLessThanOrEqualTo(Readability.PATIENT_MAX_GRADE);
    }

    /** List items and headings often lack a full stop; without one, they would all count as one long sentence. */
    private static Score sentence(String text) {
        return Readability.score(text.matches("(?s).*[.!?:]$") ? text : text + ".");
    }

    @Test
    void a_right_answers_explanation_explains_rather_than_praises_as_the_feedback_already_says_it_is_right() {
        Course course = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
        for (Lesson lesson : course.lessons()) {
            for (Check check : lesson.checks(Level.PATIENT)) {
                check.options().stream()
                        .filter(Option::key)
                        .forEach(key -> assertThat(key.rationale())
                                .as(
                                        "the explanation of %s's answer is shown in the summary as the reason why",
                                        check.id())
                                .doesNotStartWith("That's right")
                                .doesNotStartWith("That is right")
                                .doesNotStartWith("Yes")
                                .doesNotStartWith("Well done")
                                .doesNotStartWith("Good choice")
                                .doesNotStartWith("Correct"));
            }
        }
    }
}
