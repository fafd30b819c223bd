package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An attempt's deadline: the earlier of its start plus its time limit and the quiz's closing time. An accommodation
 * stretches the limit (by a factor, then extra minutes: 30 min × 1.5 + 10 = 55 min) and may give the student their own
 * closing time. An attempt without a time limit ends at the close, or only when submitted.
 */
public final class DeadlineRule {

    private DeadlineRule() {
    }

    /**
     * @param startedAt    when the time limit started: the attempt's start, or its reopening
     * @param baseDeadline that plus the quiz's time limit as it was then; empty when untimed
     * @param closes       the quiz's closing time for this student (their own if granted)
     */
    public static Optional<Instant> deadline(Instant startedAt, Optional<Instant> baseDeadline, Allowance allowance,
            Optional<Instant> closes) {
        Optional<Instant> timed = baseDeadline.map(base -> startedAt.plus(stretched(Duration.between(startedAt, base),
                allowance)));
        if (timed.isPresent() && closes.isPresent()) {
            return Optional.of(timed.get().isBefore(closes.get()) ? timed.get() : closes.get());
        }
        return timed.or(() -> closes);
    }

    /** The time limit with the accommodation: multiplied by the factor, then the extra minutes added. */
    static Duration stretched(Duration limit, Allowance allowance) {
        Duration stretched = allowance.timeFactor().map(factor -> Duration.ofMillis(BigDecimal.valueOf(limit.toMillis())
                .multiply(factor).setScale(0, RoundingMode.HALF_UP).longValueExact())).orElse(limit);
        return stretched.plusMinutes(allowance.extraMinutes().orElse(0));
    }
}
