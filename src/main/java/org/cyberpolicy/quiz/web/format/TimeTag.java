package org.cyberpolicy.quiz.web.format;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An instant for a {@code <time class="local-time" datetime="{iso}">{text}</time>} element: the server writes it in
 * UTC, and {@code /js/local-time.js} rewrites the text in the reader's own time zone (without JavaScript the UTC text
 * stays, and says it is UTC).
 */
public record TimeTag(String iso, String text) {

    public static TimeTag of(Instant instant) {
        // HTML allows at most three digits of a second in a datetime attribute.
        return new TimeTag(instant.truncatedTo(ChronoUnit.MILLIS).toString(), Times.readable(instant));
    }
}
