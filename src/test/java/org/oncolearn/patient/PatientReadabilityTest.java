package org.oncolearn.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
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
    void the_self_check_screens_and_urgent_help_page_are_at_or_below_grade_8() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/patient.properties")) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Score all = new Score(0, 0, 0);
        Score urgent = new Score(0, 0, 0);
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key).replaceAll("\\{\\d}", "12");
            Score score = Readability.score(text.matches(".*[.!?:]$") ? text : text + ".");
            all = all.plus(score);
            if (key.startsWith("patient.urgent.")) {
                urgent = urgent.plus(score);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "Self-check screens: grade %.1f; urgent help page: grade %.1f%n",
                all.grade(),
                urgent.grade());
        assertThat(all.words()).isGreaterThan(300);
        assertThat(all.grade()).isLessThanOrEqualTo(Readability.PATIENT_MAX_GRADE);
        assertThat(urgent.grade()).isLessThanOrEqualTo(Readability.PATIENT_MAX_GRADE);
    }
}
