package org.cyberpolicy.quiz.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Mastery is the predicted recall at a horizon, and nothing after a miss. */
class MasteryTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final FsrsScheduler SCHEDULER = new FsrsScheduler(FsrsParameters.DEFAULT);

    private static Mastery inAWeek() {
        return Mastery.asOf(NOW, SCHEDULER, ZoneOffset.UTC, Duration.ofDays(7), Optional.empty());
    }

    private static Memory after(Grade grade) {
        return SCHEDULER.review(Optional.empty(), grade, NOW);
    }

    @Test
    void aFactNotMetHasNoMastery() {
        assertEquals(0.0, inAWeek().of(Optional.empty(), Optional.empty()));
    }

    @Test
    void aFactLastAnsweredWrongHasNoMasteryThoughTheSchedulerPredictsSomeRecall() {
        Memory missed = after(Grade.AGAIN);
        assertTrue(SCHEDULER.retrievability(missed, inAWeek().at()) > 0.3, "the curve alone stays fairly high");
        assertEquals(0.0, inAWeek().of(Optional.of(missed), Optional.of(Grade.AGAIN)));
    }

    @Test
    void aFactAnsweredRightIsPredictedToFadeByTheHorizon() {
        Memory known = after(Grade.GOOD);
        double mastery = inAWeek().of(Optional.of(known), Optional.of(Grade.GOOD));
        assertEquals(1.0, SCHEDULER.retrievability(known, NOW), "recall right after the answer");
        assertTrue(mastery > 0.5 && mastery < 0.95, "mastery a week ahead: " + mastery);
    }

    @Test
    void anEasyFactIsMasteredBetterThanAHardOne() {
        double easy = inAWeek().of(Optional.of(after(Grade.EASY)), Optional.of(Grade.EASY));
        double hard = inAWeek().of(Optional.of(after(Grade.HARD)), Optional.of(Grade.HARD));
        assertTrue(easy > hard, easy + " > " + hard);
    }

    @Test
    void theExamDayReplacesTheHorizonWhileItIsAhead() {
        LocalDate exam = LocalDate.of(2026, 3, 20);
        Mastery mastery = Mastery.asOf(NOW, SCHEDULER, ZoneOffset.UTC, Duration.ofDays(7), Optional.of(exam));
        assertEquals(Instant.parse("2026-03-20T00:00:00Z"), mastery.at());
        assertEquals(Optional.of(exam), mastery.examDay());
    }

    @Test
    void anExamDayThatHasBegunLeavesTheHorizon() {
        Mastery mastery = Mastery.asOf(NOW, SCHEDULER, ZoneOffset.UTC, Duration.ofDays(7),
                Optional.of(LocalDate.of(2026, 3, 2)));
        assertEquals(NOW.plus(Duration.ofDays(7)), mastery.at());
        assertEquals(Optional.empty(), mastery.examDay());
    }
}
