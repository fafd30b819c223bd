package org.cyberpolicy.quiz.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as pages print them. Times are in UTC and say so: the server cannot know the reader's zone. */
final class Times {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String readable(Instant instant) {
        return READABLE.format(instant);
    }

    /** "15 min", "1 h 30 min", "90 s": how a time limit reads on a page. */
    static String duration(Duration duration) {
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
    static String remaining(Duration left) {
        Duration seconds = left.withNanos(0);
        return seconds.isNegative() || seconds.isZero() ? "0 s" : duration(seconds);
    }
}
