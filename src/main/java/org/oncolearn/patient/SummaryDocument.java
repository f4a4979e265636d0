package org.oncolearn.patient;

import java.util.function.BiFunction;

/** The summary as a plain-text file: it opens on any phone or computer and can be printed or shown at a visit. */
final class SummaryDocument {

    private SummaryDocument() {}

    static String text(SelfCheck run, String date, BiFunction<String, Object[], String> translate) {
        StringBuilder text = new StringBuilder();
        line(text, translate.apply("patient.summary.title", new Object[0]));
        line(text, translate.apply("patient.summary.date", new Object[] {date}));
        line(text, translate.apply("patient.summary.score", new Object[] {
            run.rightOnes().size(), run.questions().size(), run.course().title()
        }));
        text.append('\n');
        line(text, translate.apply("patient.summary.right", new Object[0]));
        run.rightOnes().forEach(q -> line(text, "- " + SummaryPanel.learned(q)));
        text.append('\n');
        line(text, translate.apply("patient.summary.ask", new Object[0]));
        run.questionsToAsk().forEach(ask -> line(text, "- " + ask));
        text.append('\n');
        line(text, translate.apply("patient.summary.urgent", new Object[0]));
        line(text, translate.apply("patient.notice.full", new Object[0]));
        return text.toString();
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}
