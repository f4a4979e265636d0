package org.oncolearn.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LmsReportTest {

    @Test
    void scorm_12_and_2004_interaction_ids_name_the_check_and_the_course() throws InvalidReportException {
        LmsReport report12 = read("learner,interaction,response,result\n"
                + "ana,immunotherapy-a1,b,correct\n"
                + "ana,immunotherapy-b3,\"a,c\",wrong\n");
        LmsReport report2004 = read("learner,interaction,response,result\n"
                + "ana,urn:oncolearn:immunotherapy:a1,b,correct\n"
                + "ana,urn:oncolearn:immunotherapy:b3,\"a[,]c\",incorrect\n");

        List<Response> expected = List.of(
                new Response("ana", "a1", Set.of("b"), true), new Response("ana", "b3", Set.of("a", "c"), false));
        assertThat(report12.responses()).isEqualTo(expected);
        assertThat(report2004.responses()).isEqualTo(expected);
        assertThat(report12.courseId()).contains("immunotherapy");
        assertThat(report2004.courseId()).contains("immunotherapy");
    }

    @Test
    void columns_come_in_any_order_with_other_columns_ignored_and_results_in_any_case() throws Exception {
        LmsReport report = read("\uFEFFResult,Time,Interaction,Learner,Response\r\n"
                + "CORRECT,10:00,immunotherapy-a1,ana,b\r\n"
                + "Incorrect,10:01,immunotherapy-a2,ana,\r\n"
                + "\r\n");

        assertThat(report.responses())
                .containsExactly(
                        new Response("ana", "a1", Set.of("b"), true), new Response("ana", "a2", Set.of(), false));
    }

    @Test
    void quoted_fields_may_hold_commas_quotes_and_line_breaks_as_rfc_4180_allows() throws Exception {
        LmsReport report = read("learner,interaction,response,result\n"
                + "\"Müller, \"\"Anna\"\"\nward 3\",immunotherapy-a1,\"{a,b}\",correct\n"
                + "ben,immunotherapy-a1,a,wrong\n");

        assertThat(report.responses()).extracting(Response::learner).containsExactly("Müller, \"Anna\"\nward 3", "ben");
        assertThat(report.responses().getFirst().chosen()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void a_file_saved_with_semicolons_by_a_german_spreadsheet_is_read_too() throws Exception {
        LmsReport report = read("learner;interaction;response;result\nana;immunotherapy-a1;b;correct\n");

        assertThat(report.responses()).containsExactly(new Response("ana", "a1", Set.of("b"), true));
    }

    @Test
    void a_known_course_splits_scorm_12_ids_whose_check_ids_hold_hyphens() throws Exception {
        String csv = "learner,interaction,response,result\nana,my-course-check-1,a,correct\n";

        assertThat(LmsReport.read(csv.getBytes(StandardCharsets.UTF_8), Optional.of("my-course"))
                        .responses()
                        .getFirst()
                        .checkId())
                .isEqualTo("check-1");
        assertThat(read(csv).responses().getFirst().checkId())
                .as("without the course, at the last hyphen")
                .isEqualTo("1");
    }

    @Test
    void each_kind_of_bad_file_gets_a_sentence_with_its_line() {
        String header = "learner,interaction,response,result\n";
        assertProblem(
                "",
                "line 1: the file is empty; it needs a header line with the columns learner, interaction,"
                        + " response, result");
        assertProblem(
                "learner,interaction,answer,result\n",
                "line 1: the header has no column \"response\"; it needs learner, interaction, response, result (in"
                        + " any order)");
        assertProblem(
                "learner,interaction,response,result,Learner\n",
                "line 1: the header names the column \"learner\" twice");
        assertProblem(
                header + "ana,immunotherapy-a1,b,correct\nana,immunotherapy-a2,b,maybe\n",
                "line 3: the result \"maybe\" is not correct, wrong or incorrect");
        assertProblem(header + "ana,immunotherapy-a1,b\n", "line 2: 3 fields, but the header has 4");
        assertProblem(header + " ,immunotherapy-a1,b,correct\n", "line 2: the learner is empty");
        assertProblem(header + "ana,,b,correct\n", "line 2: the interaction is empty");
        assertProblem(
                header + "ana,urn:oncolearn:a1,b,correct\n",
                "line 2: the interaction \"urn:oncolearn:a1\" is not urn:oncolearn:COURSE:CHECK");
        assertProblem(
                header + "ana,immunotherapy-a1,b,correct\nana,urn:oncolearn:other:a1,b,correct\n",
                "line 3: the interaction \"urn:oncolearn:other:a1\" is of course \"other\", but line 2 is of course"
                        + " \"immunotherapy\"; analyse one course at a time");
        assertProblem(
                header + "\"ana\nx\",immunotherapy-a1,b,correct\nben,\"immunotherapy-a2,b,correct\n",
                "line 4: a quoted field starts on this line and is never closed");
        assertProblem(
                header + "\"ana\"x,immunotherapy-a1,b,correct\n",
                "line 2: text follows a closing quote; a quote inside a quoted field is written twice (\"\")");
    }

    @Test
    void interactions_of_another_course_than_the_expected_one_are_refused() {
        byte[] csv = "learner,interaction,response,result\nana,urn:oncolearn:other:a1,b,correct\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> LmsReport.read(csv, Optional.of("immunotherapy")))
                .isInstanceOf(InvalidReportException.class)
                .hasMessage("line 2: the interaction \"urn:oncolearn:other:a1\" is of course \"other\", but the"
                        + " report should be of course \"immunotherapy\"; analyse one course at a time");
    }

    @Test
    void a_file_in_another_encoding_names_the_line_of_its_first_bad_byte() {
        byte[] latin1 =
                "learner,interaction,response,result\nana,immunotherapy-a1,b,correct\nJosé,immunotherapy-a1,b,correct\n"
                        .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> LmsReport.read(latin1, Optional.empty()))
                .isInstanceOf(InvalidReportException.class)
                .hasMessage("line 3: the file is not UTF-8; save it as CSV UTF-8");
    }

    @Test
    void a_stream_longer_than_the_limit_is_refused_after_reading_just_past_the_limit() {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'x';
            }
        };

        assertThatThrownBy(() -> LmsReport.read(endless, Optional.empty()))
                .isInstanceOf(InvalidReportException.class)
                .hasMessage("the file is larger than 16 MB; export one course at a time");
        assertThat(read[0]).isEqualTo(LmsReport.MAX_BYTES + 1L);
    }

    @Test
    void a_generated_report_reads_back_as_the_responses_it_was_made_from() throws Exception {
        ResponseSet set = ResponseSet.sixtyLearners();

        for (boolean scorm2004 : new boolean[] {false, true}) {
            LmsReport report = LmsReport.read(
                    new ByteArrayInputStream(set.csv(scorm2004).getBytes(StandardCharsets.UTF_8)),
                    Optional.of("immunotherapy"));
            assertThat(report.responses()).containsExactlyInAnyOrderElementsOf(set.responses());
        }
    }

    private static LmsReport read(String csv) throws InvalidReportException {
        return LmsReport.read(csv.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    private static void assertProblem(String csv, String message) {
        assertThatThrownBy(() -> read(csv))
                .as(csv)
                .isInstanceOf(InvalidReportException.class)
                .hasMessage(message);
    }
}
