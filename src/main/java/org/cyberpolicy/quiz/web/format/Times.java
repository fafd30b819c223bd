package org.cyberpolicy.quiz.web.format;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as pages print them. Times are in UTC and say so: the server cannot know the reader's zone. */
public final class Times {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String readable(Instant instant) {
        return READABLE.format(instant);
    }

    /** "15 min", "1 h 30 min", "90 s": how a time limit reads on a page. */
    public static String duration(Duration duration) {
        StringBuilder text = new StringBuilder();
        if (duration.toHours() > 0) {
            text.append(duration.toHours()).append(" h");
        }
        if (duration.toMinutesPart() > 0) {
            text.append(text.isEmpty() ? "" : " ").append(duration.toMinutesPart()).append(" min");
        }
        if (duration.toSecondsPart() > 0) {
            text.append(text.isEmpty() ? "" : " ").append(duration.toSecondsPart()).append(" s");
        }
        return text.toString();
    }

    /** The time left before a deadline, to the second: "14 min 5 s", or "0 s" once it has passed. */
    public static String remaining(Duration left) {
        Duration seconds = left.withNanos(0);
        return seconds.isNegative() || seconds.isZero() ? "0 s" : duration(seconds);
    }

    /** How long until something, roughly, as people say it: "now", "in 10 minutes", "in 3 days", "in 2 months". */
    public static String until(Instant now, Instant then) {
        Duration left = Duration.between(now, then);
        if (left.toSeconds() < 30) {
            return "now";
        }
        if (left.toMinutes() < 60) {
            return "in " + plural(Math.max(1, Math.round(left.toSeconds() / 60.0)), "minute");
        }
        if (left.toHours() < 24) {
            return "in " + plural(Math.round(left.toMinutes() / 60.0), "hour");
        }
        long days = Math.round(left.toHours() / 24.0);
        if (days < 60) {
            return "in " + plural(days, "day");
        }
        if (days < 730) {
            return "in " + plural(Math.round(days / 30.4), "month");
        }
        return "in " + plural(Math.round(days / 365.25), "year");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
