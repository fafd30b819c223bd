package org.cyberpolicy.quiz.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out the two charts of the results pages: the distribution of attempt scores, and the facility of each
 * question. Only geometry and words; the SVG itself is written by the {@code barChart} template tag.
 */
public final class Charts {

    /** The ten score bands of the histogram: 0–10%, ..., 90–100% (100% counts in the last one). */
    public static final int BANDS = 10;
    private static final int LABEL_LIMIT = 28;

    private Charts() {
    }

    /** One question of the facility chart. */
    public record Facility(String label, double percent) {
    }

    /** How many of the given percentages fall in each band of ten points. */
    public static int[] bandCounts(List<Double> percents) {
        int[] counts = new int[BANDS];
        for (double percent : percents) {
            int band = (int) Math.floor(Math.max(0, Math.min(100, percent)) / (100.0 / BANDS));
            counts[Math.min(BANDS - 1, band)]++;
        }
        return counts;
    }

    /** A vertical bar chart of how many attempts scored in each band of ten percentage points. */
    public static BarChart histogram(String id, List<Double> percents) {
        int width = 640;
        int height = 280;
        double left = 48;
        double right = 16;
        double top = 20;
        double bottom = 44;
        double plotWidth = width - left - right;
        double plotHeight = height - top - bottom;
        int[] counts = bandCounts(percents);
        int max = 0;
        for (int count : counts) {
            max = Math.max(max, count);
        }
        int step = Math.max(1, (int) Math.ceil(max / 5.0));
        int scaleTop = Math.max(step, ((max + step - 1) / step) * step);
        List<BarChart.Bar> bars = new ArrayList<>();
        List<BarChart.Gridline> gridlines = new ArrayList<>();
        List<BarChart.Label> labels = new ArrayList<>();
        List<BarChart.Row> rows = new ArrayList<>();
        for (int tick = 0; tick <= scaleTop; tick += step) {
            double y = top + plotHeight - plotHeight * tick / scaleTop;
            gridlines.add(new BarChart.Gridline(n(left), n(y), n(left + plotWidth), n(y)));
            labels.add(new BarChart.Label(n(left - 6), n(y + 4), "end", String.valueOf(tick)));
        }
        double slot = plotWidth / BANDS;
        for (int band = 0; band < BANDS; band++) {
            String name = band * 10 + "\u2013" + (band + 1) * 10 + "%";
            double barHeight = plotHeight * counts[band] / scaleTop;
            double x = left + band * slot + 3;
            double y = top + plotHeight - barHeight;
            bars.add(new BarChart.Bar(n(x), n(y), n(slot - 6), n(barHeight), name + ": " + attempts(counts[band])));
            labels.add(new BarChart.Label(n(x + (slot - 6) / 2), n(top + plotHeight + 16), "middle", name));
            if (counts[band] > 0) {
                labels.add(new BarChart.Label(n(x + (slot - 6) / 2), n(y - 4), "middle",
                        String.valueOf(counts[band])));
            }
            rows.add(new BarChart.Row(name, String.valueOf(counts[band])));
        }
        labels.add(new BarChart.Label(n(left + plotWidth / 2), n(height - 6), "middle", "Score (percent of the maximum)"));
        String description = "Number of graded attempts in each band of ten percentage points, " + percents.size()
                + " " + (percents.size() == 1 ? "attempt" : "attempts") + " in all.";
        return new BarChart(id, "Score distribution", description, width, height, bars, gridlines, labels,
                "Attempts", rows);
    }

    /** A horizontal bar chart of each question's facility, from 0 to 100%. */
    public static BarChart facility(String id, List<Facility> questions) {
        int width = 640;
        double left = 200;
        double right = 56;
        double top = 12;
        double row = 24;
        double bottom = 40;
        double plotWidth = width - left - right;
        double plotHeight = row * Math.max(1, questions.size());
        int height = (int) Math.ceil(top + plotHeight + bottom);
        List<BarChart.Bar> bars = new ArrayList<>();
        List<BarChart.Gridline> gridlines = new ArrayList<>();
        List<BarChart.Label> labels = new ArrayList<>();
        List<BarChart.Row> rows = new ArrayList<>();
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = left + plotWidth * tick / 100;
            gridlines.add(new BarChart.Gridline(n(x), n(top), n(x), n(top + plotHeight)));
            labels.add(new BarChart.Label(n(x), n(top + plotHeight + 16), "middle", tick + "%"));
        }
        for (int i = 0; i < questions.size(); i++) {
            Facility question = questions.get(i);
            double percent = Math.max(0, Math.min(100, question.percent()));
            double y = top + i * row + 4;
            double barWidth = plotWidth * percent / 100;
            String value = ItemFlags.number(question.percent()) + "%";
            bars.add(new BarChart.Bar(n(left), n(y), n(barWidth), n(row - 8), question.label() + ": " + value));
            labels.add(new BarChart.Label(n(left - 6), n(y + 12), "end", shortened(question.label())));
            labels.add(new BarChart.Label(n(left + barWidth + 4), n(y + 12), "start", value));
            rows.add(new BarChart.Row(question.label(), value));
        }
        labels.add(new BarChart.Label(n(left + plotWidth / 2), n(height - 6), "middle",
                "Facility (mean score as a percent of the points)"));
        String description = "Facility of each of the " + questions.size() + " questions: the mean score as a"
                + " percentage of the question's points; higher is easier.";
        return new BarChart(id, "Facility by question", description, width, height, bars, gridlines, labels,
                "Facility", rows);
    }

    private static String attempts(int count) {
        return count + (count == 1 ? " attempt" : " attempts");
    }

    private static String shortened(String label) {
        return label.length() <= LABEL_LIMIT ? label : label.substring(0, LABEL_LIMIT - 1) + "\u2026";
    }

    private static String n(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
