package org.cyberpolicy.quiz.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Whether the quiz's times let a student start an attempt now. */
class StartRuleTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private static Optional<String> refusal(Optional<Instant> opens, Optional<Instant> closes,
            Optional<Duration> delay, Optional<Instant> lastFinished) {
        return StartRule.refusal("Exam", opens, closes, delay, lastFinished, NOW);
    }

    @Test
    void withoutTimesAnAttemptMayStart() {
        assertEquals(Optional.empty(), refusal(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    @Test
    void beforeItOpensTheRefusalSaysWhenItOpens() {
        assertEquals(Optional.of("\u201cExam\u201d opens at 5 Dec 2026, 09:00 UTC; no attempt can start before then."),
                refusal(Optional.of(Instant.parse("2026-12-05T09:00:00Z")), Optional.empty(), Optional.empty(),
                        Optional.empty()));
    }

    @Test
    void atTheOpeningTimeAnAttemptMayStart() {
        assertEquals(Optional.empty(), refusal(Optional.of(NOW), Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    @Test
    void fromTheCloseOnNoAttemptStarts() {
        assertEquals(Optional.of("\u201cExam\u201d closed at 4 Dec 2026, 12:00 UTC; no attempt can start any more."),
                refusal(Optional.empty(), Optional.of(NOW), Optional.empty(), Optional.empty()));
    }

    @Test
    void theDelayCountsFromTheEndOfTheLastAttempt() {
        Optional<Duration> hour = Optional.of(Duration.ofHours(1));
        assertEquals(Optional.of("Your next attempt at \u201cExam\u201d can start at 4 Dec 2026, 12:30 UTC: the quiz"
                + " asks for a pause between two attempts."),
                refusal(Optional.empty(), Optional.empty(), hour, Optional.of(NOW.minusSeconds(30 * 60))));
        assertEquals(Optional.empty(), refusal(Optional.empty(), Optional.empty(), hour,
                Optional.of(NOW.minusSeconds(60 * 60))));
    }
}
