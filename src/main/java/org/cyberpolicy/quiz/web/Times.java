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

    /** "14 min 5 s", "1 h 2 min", "0 s". */
    static String remaining(Duration left) {
        if (left.isNegative() || left.isZero()) {
            return "0 s";
        }
        StringBuilder text = new StringBuilder();
        if (left.toHours() > 0) {
            text.append(left.toHours()).append(" h ");
        }
        if (left.toMinutesPart() > 0 || left.toHours() > 0) {
            text.append(left.toMinutesPart()).append(" min ");
        }
        return text.append(left.toSecondsPart()).append(" s").toString();
    }
}
