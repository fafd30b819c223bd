package org.cyberpolicy.quiz.results;

import java.util.List;

/**
 * A bar chart laid out for inline SVG: every coordinate is computed here and printed by a template, which escapes
 * every text. Coordinates are strings already formatted with a dot as the decimal separator, whatever the locale.
 *
 * @param id          prefix of the SVG's element ids, unique in the page
 * @param description one sentence saying what the chart shows, for screen readers (the table gives the numbers)
 * @param rows        the same numbers as a table: the chart's text alternative
 */
public record BarChart(String id, String title, String description, int width, int height, List<Bar> bars,
        List<Gridline> gridlines, List<Label> labels, String valueHeading, List<Row> rows) {

    public BarChart {
        bars = List.copyOf(bars);
        gridlines = List.copyOf(gridlines);
        labels = List.copyOf(labels);
        rows = List.copyOf(rows);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    /** A bar, with the label that names it and the value printed by it. */
    public record Bar(String x, String y, String width, String height, String tooltip) {
    }

    /** A scale line across the plot, with its value printed at one end. */
    public record Gridline(String x1, String y1, String x2, String y2) {
    }

    /** A text placed on the chart: a bar's name, a bar's value, or a scale value. */
    public record Label(String x, String y, String anchor, String text) {
    }

    /** One line of the table that says the same as the chart. */
    public record Row(String label, String value) {
    }
}
