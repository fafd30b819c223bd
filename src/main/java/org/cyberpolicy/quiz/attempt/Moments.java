package org.cyberpolicy.quiz.attempt;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants in the messages of the attempt rules: in UTC, as the pages print them (pages then show local time). */
final class Moments {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Moments() {
    }

    static String readable(Instant instant) {
        return UTC.format(instant);
    }
}
