package org.oncolearn.results;

import java.util.List;
import java.util.stream.Collectors;
import org.oncolearn.analysis.Flag;
import org.oncolearn.analysis.ItemAnalysis;
import org.oncolearn.analysis.ItemStatistics;

/**
 * A horizontal bar chart of facility per check as inline SVG: one labelled bar per check, dashed lines at the
 * too-hard and too-easy thresholds. It is an image with a title and a description that says every figure, so a
 * screen reader gets what the eye gets; the table beside it is the full alternative.
 */
final class FacilityChart {

    private static final int LABEL = 90;
    private static final int BARS = 440;
    private static final int ROW = 26;
    private static final int TOP = 24;

    private FacilityChart() {}

    /**
     * @param title the chart's name
     * @param description the figures in words
     */
    static String svg(List<ItemStatistics> items, String title, String description, String id) {
        int height = TOP + items.size() * ROW + 8;
        int width = LABEL + BARS + 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"facility-chart\" role=\"img\"")
                .append(" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">");
        svg.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
        for (double threshold : new double[] {ItemAnalysis.TOO_HARD_BELOW, ItemAnalysis.TOO_EASY_ABOVE}) {
            int x = LABEL + (int) Math.round(threshold * BARS);
            svg.append("<line class=\"threshold\" x1=\"")
                    .append(x)
                    .append("\" x2=\"")
                    .append(x)
                    .append("\" y1=\"")
                    .append(TOP - 6)
                    .append("\" y2=\"")
                    .append(height - 4)
                    .append("\"/>");
            svg.append("<text class=\"threshold-label\" x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(TOP - 10)
                    .append("\" text-anchor=\"middle\">")
                    .append(Figures.percent(threshold))
                    .append("</text>");
        }
        int y = TOP;
        for (ItemStatistics item : items) {
            int length = (int) Math.round(item.facility() * BARS);
            boolean off = item.flagged(Flag.TOO_EASY) || item.flagged(Flag.TOO_HARD);
            svg.append("<text class=\"check-label\" x=\"")
                    .append(LABEL - 8)
                    .append("\" y=\"")
                    .append(y + ROW / 2 + 4)
                    .append("\" text-anchor=\"end\">")
                    .append(escape(item.checkId()))
                    .append("</text>");
            svg.append("<rect class=\"")
                    .append(off ? "bar bar-flagged" : "bar")
                    .append("\" x=\"")
                    .append(LABEL)
                    .append("\" y=\"")
                    .append(y + 4)
                    .append("\" height=\"")
                    .append(ROW - 8)
                    .append("\" width=\"")
                    .append(Math.max(length, 1))
                    .append("\"/>");
            svg.append("<text class=\"bar-value\" x=\"")
                    .append(LABEL + length + 6)
                    .append("\" y=\"")
                    .append(y + ROW / 2 + 4)
                    .append("\">")
                    .append(Figures.percent(item.facility()))
                    .append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /** "a1 80 %, a2 60 %": the figures of the bars, in order. */
    static String figures(List<ItemStatistics> items) {
        return items.stream()
                .map(item -> item.checkId() + " " + Figures.percent(item.facility()))
                .collect(Collectors.joining(", "));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
