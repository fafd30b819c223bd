package org.cyberpolicy.quiz.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** An attempt's deadline from its start, its time limit, an accommodation and the quiz's close. */
class DeadlineRuleTest {

    private static final Instant START = Instant.parse("2026-12-04T09:00:00Z");
    private static final Optional<Instant> THIRTY_MINUTES = Optional.of(START.plusSeconds(30 * 60));

    private static Allowance time(Integer minutes, String factor) {
        return new Allowance(Optional.ofNullable(minutes), Optional.ofNullable(factor).map(BigDecimal::new),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Optional<Instant> at(String time) {
        return Optional.of(Instant.parse("2026-12-04T" + time + "Z"));
    }

    @Test
    void aTimedAttemptEndsAtItsStartPlusTheLimit() {
        assertEquals(at("09:30:00"), DeadlineRule.deadline(START, THIRTY_MINUTES, Allowance.NONE, Optional.empty()));
    }

    @Test
    void theCloseCutsATimedAttemptShort() {
        assertEquals(at("09:20:00"), DeadlineRule.deadline(START, THIRTY_MINUTES, Allowance.NONE, at("09:20:00")));
    }

    @Test
    void aCloseAfterTheLimitChangesNothing() {
        assertEquals(at("09:30:00"), DeadlineRule.deadline(START, THIRTY_MINUTES, Allowance.NONE, at("12:00:00")));
    }

    @Test
    void anUntimedAttemptEndsAtTheCloseOrNever() {
        assertEquals(at("12:00:00"), DeadlineRule.deadline(START, Optional.empty(), Allowance.NONE, at("12:00:00")));
        assertEquals(Optional.empty(), DeadlineRule.deadline(START, Optional.empty(), Allowance.NONE,
                Optional.empty()));
    }

    @Test
    void extraTimeIsAFactorOfTheLimitThenExtraMinutes() {
        assertEquals(at("09:55:00"), DeadlineRule.deadline(START, THIRTY_MINUTES, time(10, "1.5"), Optional.empty()));
        assertEquals(at("09:40:00"), DeadlineRule.deadline(START, THIRTY_MINUTES, time(10, null), Optional.empty()));
        assertEquals(at("09:37:30"), DeadlineRule.deadline(START, THIRTY_MINUTES, time(null, "1.25"),
                Optional.empty()));
    }

    @Test
    void extraTimeDoesNotPassTheClose() {
        assertEquals(at("09:45:00"), DeadlineRule.deadline(START, THIRTY_MINUTES, time(60, null), at("09:45:00")));
    }

    @Test
    void extraTimeMeansNothingWithoutATimeLimit() {
        assertEquals(Optional.empty(), DeadlineRule.deadline(START, Optional.empty(), time(60, "2"),
                Optional.empty()));
    }
}
