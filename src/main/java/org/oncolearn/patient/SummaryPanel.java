package org.oncolearn.patient;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.oncolearn.course.Option;
import org.oncolearn.patient.SelfCheck.Question;

/** What the person got right and what to ask about, to print on a page or two or to take along as a file. */
class SummaryPanel extends Div {

    static class AgainEvent extends ComponentEvent<SummaryPanel> {
        AgainEvent(SummaryPanel source) {
            super(source, true);
        }
    }

    SummaryPanel(SelfCheck run, Clock clock) {
        addClassName("patient-summary");
        Locale locale = getLocale();
        LocalDate today = LocalDate.now(clock);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(today);
        H2 heading = new H2(getTranslation("patient.summary.title"));
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        add(new Paragraph(getTranslation("patient.summary.date", date)));
        add(new Paragraph(getTranslation(
                "patient.summary.score",
                run.rightOnes().size(),
                run.questions().size(),
                run.course().title())));

        add(new H3(getTranslation("patient.summary.right")));
        add(list(
                run.rightOnes().stream().map(SummaryPanel::learned).toList(),
                run.course().language(),
                getTranslation("patient.summary.rightNone")));
        add(new H3(getTranslation("patient.summary.ask")));
        add(list(run.questionsToAsk(), run.course().language(), ""));
        add(new Paragraph(getTranslation("patient.summary.urgent")));
        add(new Paragraph(getTranslation("patient.notice.full")));

        Div actions = new Div();
        actions.addClassName("actions");
        Button print = new Button(
                getTranslation("patient.summary.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        String fileName = "self-check-" + today + ".txt";
        String text = SummaryDocument.text(run, date, this::getTranslation);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName, "text/plain; charset=utf-8", bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("patient.summary.download"));
        download.addClassName("download-summary");
        Button again = new Button(getTranslation("patient.summary.again"), e -> fireEvent(new AgainEvent(this)));
        actions.add(print, download, again);
        add(actions);
        addAttachListener(e -> heading.getElement().callJsFunction("focus"));
    }

    /** What a right answer taught, in the course's words: the key option(s). */
    static String learned(Question question) {
        return String.join(
                "; ",
                question.check().options().stream()
                        .filter(Option::key)
                        .map(Option::text)
                        .toList());
    }

    private static UnorderedList list(List<String> items, String language, String whenEmpty) {
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("lang", language);
        if (items.isEmpty() && !whenEmpty.isEmpty()) {
            list.add(new ListItem(whenEmpty));
        }
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
