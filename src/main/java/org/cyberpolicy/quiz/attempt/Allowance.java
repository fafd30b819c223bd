package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * What a student is allowed beyond a quiz's own rules ({@link QuizOverride}), as a value: {@link #NONE} for everyone
 * without an override.
 */
public record Allowance(Optional<Integer> extraMinutes, Optional<BigDecimal> timeFactor,
        Optional<Integer> extraAttempts, Optional<Instant> opens, Optional<Instant> closes) {

    public static final Allowance NONE = new Allowance(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());
}
