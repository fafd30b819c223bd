package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an instructor asks to grant one student for one quiz, as sent: each part optional. {@code opens} and
 * {@code closes} are ISO-8601 date-times, with an offset or in the course's zone ({@code quiz.course.time-zone}).
 */
public record OverrideRequest(Optional<Integer> extraMinutes, Optional<BigDecimal> timeFactor,
        Optional<Integer> extraAttempts, Optional<String> opens, Optional<String> closes) {
}
