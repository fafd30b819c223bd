package org.cyberpolicy.quiz.web.student;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cyberpolicy.quiz.training.TrainingProgress;

/**
 * The forecast of reviews as a bar chart drawn on the server in SVG: one bar per day, the count above it, the day
 * below. The geometry is worked out here so that the template only places what it is given.
 */
public record ForecastChart(int width, int height, int baseline, int labelY, List<Bar> bars, int total,
        String summary) {

    /** One day's bar; {@code label} is short ("Today", "24"), {@code day} is the full date for the table. */
    public record Bar(String label, String day, int reviews, int x, int y, int barHeight, int textX, int valueY) {
    }

    private static final int WIDTH = 560;
    private static final int HEIGHT = 200;
    private static final int TOP = 20;
    private static final int BOTTOM = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    public static ForecastChart of(List<TrainingProgress.ForecastDay> days) {
        int max = days.stream().mapToInt(TrainingProgress.ForecastDay::reviews).max().orElse(0);
        int plot = HEIGHT - TOP - BOTTOM;
        int slot = WIDTH / Math.max(1, days.size());
        int barWidth = slot * 2 / 3;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            TrainingProgress.ForecastDay day = days.get(i);
            int h = max == 0 ? 0 : Math.max(day.reviews() > 0 ? 2 : 0, day.reviews() * plot / max);
            int x = i * slot + (slot - barWidth) / 2;
            LocalDate date = day.day();
            bars.add(new Bar(i == 0 ? "Today" : String.valueOf(date.getDayOfMonth()),
                    i == 0 ? "Today, " + DAY.format(date) : DAY.format(date), day.reviews(), x,
                    HEIGHT - BOTTOM - h, h, x + barWidth / 2, HEIGHT - BOTTOM - h - 4));
        }
        int total = days.stream().mapToInt(TrainingProgress.ForecastDay::reviews).sum();
        String summary = total == 0 ? "No reviews are due in the next " + days.size() + " days."
                : total + (total == 1 ? " review" : " reviews") + " due in the next " + days.size() + " days, "
                        + days.get(0).reviews() + " of them today; at most " + max + " on one day.";
        return new ForecastChart(WIDTH, HEIGHT, HEIGHT - BOTTOM, HEIGHT - BOTTOM + 18, bars, total, summary);
    }

    public int barWidth() {
        return bars.size() < 1 ? 0 : (WIDTH / bars.size()) * 2 / 3;
    }
}
