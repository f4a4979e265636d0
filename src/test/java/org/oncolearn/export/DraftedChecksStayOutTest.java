package org.oncolearn.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.oncolearn.contentimport.CourseLoader;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;

/** A check still proposed from the knowledge base reaches no learner: not in a package, a question bank or a page. */
class DraftedChecksStayOutTest {

    private final Course bundled = CourseLoader.load(Path.of("quizzes", "immunotherapy"));
    private final Check proposal = bundled.lessons().getFirst().checks().getFirst();
    private final Course withProposal = proposed(bundled, proposal.id());

    @Test
    void question_banks_leave_out_a_drafted_check_and_keep_every_other() {
        QuestionBankExporter exporter = new QuestionBankExporter(Packages.CLOCK);
        for (QuestionBankFormat format : List.of(QuestionBankFormat.MOODLE_XML, QuestionBankFormat.GIFT)) {
            String all = new String(exporter.export(bundled, format).bytes(), StandardCharsets.UTF_8);
            String accepted = new String(exporter.export(withProposal, format).bytes(), StandardCharsets.UTF_8);

            assertThat(all).as(format.name()).contains(proposal.stem().substring(0, 30));
            assertThat(accepted)
                    .as(format.name())
                    .doesNotContain(proposal.stem().substring(0, 30));
        }
        assertThat(QuestionBankExporter.questions(withProposal)).isEqualTo(QuestionBankExporter.questions(bundled) - 1);
    }

    @Test
    void a_scorm_package_leaves_out_a_drafted_check() throws IOException {
        ScormExporter exporter = new ScormExporter(Packages.CLOCK);

        String all = text(exporter.export(bundled, ScormStandard.SCORM12).zip());
        String accepted =
                text(exporter.export(withProposal, ScormStandard.SCORM12).zip());

        assertThat(all).contains(proposal.stem().substring(0, 30));
        assertThat(accepted).doesNotContain(proposal.stem().substring(0, 30));
    }

    private static Course proposed(Course course, String checkId) {
        List<Lesson> lessons = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            lessons.add(lesson.withChecks(lesson.checks().stream()
                    .map(c -> c.id().equals(checkId) ? c.withDrafted(true) : c)
                    .toList()));
        }
        return course.withLessons(lessons);
    }

    /** Every text file of a zip, one after another. */
    private static String text(byte[] zip) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().matches(".*\\.(html|js|json|xml)")) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }
}
