package org.oncolearn.results;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.oncolearn.analysis.Flag;
import org.oncolearn.analysis.ItemStatistics;
import org.oncolearn.analysis.OptionShare;
import org.oncolearn.course.Course;

/** One item analysis: the facility chart and the table with every figure and each flag explained. */
class ItemAnalysisPanel extends Div {

    private static int charts;

    private final Course course;

    /** {@code course} names each check by its lesson and stem, which an educator knows it by, not by its id. */
    ItemAnalysisPanel(String heading, List<ItemStatistics> items, Course course) {
        this.course = course;
        addClassName("item-analysis");
        add(new H3(heading));
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("analysis.none")));
            return;
        }
        Div chart = new Div();
        chart.addClassName("facility-chart-frame");
        // Built here from escaped text: check ids and figures only, never markup from outside.
        chart.getElement()
                .setProperty(
                        "innerHTML",
                        FacilityChart.svg(
                                items,
                                getTranslation("analysis.chart.title"),
                                getTranslation("analysis.chart.desc", FacilityChart.figures(items)),
                                "facility-chart-" + nextChart()));
        add(chart, new ScrollingTable(table(items), heading));
    }

    private static synchronized int nextChart() {
        return ++charts;
    }

    private NativeTable table(List<ItemStatistics> items) {
        NativeTable table = new NativeTable();
        table.addClassName("results-table");
        ScrollingTable.caption(table, getTranslation("analysis.caption"));
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of(
                "analysis.col.check",
                "analysis.col.n",
                "analysis.col.facility",
                "analysis.col.discrimination",
                "analysis.col.options",
                "analysis.col.flags")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        Locale locale = getLocale();
        for (ItemStatistics item : items) {
            NativeTableRow row = table.getBody().addRow();
            check(row.addHeaderCell(), item.checkId());
            row.addDataCell().setText(String.valueOf(item.n()));
            row.addDataCell().setText(Figures.percent(item.facility()));
            NativeTableCell discrimination = row.addDataCell();
            if (item.discrimination().isPresent()) {
                discrimination.setText(Figures.decimal(item.discrimination().getAsDouble(), locale));
            } else {
                discrimination.setText(getTranslation("analysis.discrimination.undefined"));
                discrimination.addClassName("explanation");
            }
            row.add(options(item));
            row.add(flags(item));
        }
        return table;
    }

    /**
     * The check's id, as the chart and the LMS report name it, and below it its lesson and stem. A report may name a
     * check this version of the course does not have; then the id is all there is.
     */
    private void check(NativeTableHeaderCell cell, String checkId) {
        Span id = new Span(checkId);
        id.addClassName("check-id");
        cell.add(id);
        course.lessons().stream()
                .flatMap(lesson -> lesson.checks().stream()
                        .filter(check -> check.id().equals(checkId))
                        .map(check -> getTranslation("analysis.check.where", lesson.number(), check.stem())))
                .findFirst()
                .ifPresent(where -> {
                    Span stem = new Span(where);
                    stem.addClassName("check-stem");
                    cell.add(stem);
                });
    }

    /** One option a line, so that "B (key): 67 %" never breaks across lines in a narrow column. */
    private NativeTableCell options(ItemStatistics item) {
        NativeTableCell cell = new NativeTableCell();
        if (item.options().isEmpty()) {
            cell.setText(getTranslation("analysis.options.unknown"));
            return cell;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("option-shares");
        for (OptionShare option : item.options()) {
            list.add(new ListItem(getTranslation(
                    option.key() ? "analysis.option.key" : "analysis.option",
                    label(option),
                    Figures.percent(option.share()))));
        }
        cell.add(list);
        return cell;
    }

    private NativeTableCell flags(ItemStatistics item) {
        NativeTableCell cell = new NativeTableCell();
        if (item.flags().isEmpty()) {
            cell.setText(getTranslation("analysis.noFlags"));
            return cell;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("flag-explanations");
        for (Flag flag : item.flags()) {
            String unused = item.unusedDistractors().stream()
                    .map(id -> id.toUpperCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            Span word = new Span(getTranslation("analysis.flagName." + flag.word()));
            word.addClassName("flag-word");
            list.add(new ListItem(word, new Span(" " + getTranslation(flag.explanationKey(), unused))));
        }
        cell.add(list);
        return cell;
    }

    private static String label(OptionShare option) {
        return option.optionId().toUpperCase(Locale.ROOT);
    }
}
