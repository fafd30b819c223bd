package org.cyberpolicy.quiz.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.ReviewPolicy;
import org.cyberpolicy.quiz.bank.ReviewTime;
import org.cyberpolicy.quiz.engine.Disclosure;
import org.junit.jupiter.api.Test;

/** When a review policy lets a student see the answers and the feedback of a closed attempt. */
class ReviewRuleTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-10T17:00:00Z");

    private static Standing used(int used, Integer max) {
        return new Standing(used, false, Optional.ofNullable(max), Optional.empty());
    }

    private static ReviewPolicy both(ReviewTime time) {
        return new ReviewPolicy(time, time, true);
    }

    @Test
    void immediatelyShowsEverything() {
        assertEquals(Disclosure.FULL, ReviewRule.disclosure(both(ReviewTime.IMMEDIATELY), used(1, 2), NOW));
    }

    @Test
    void afterTheLastAttemptHidesAnswersAndFeedbackWhileAnAttemptIsLeftButNeverTheMark() {
        Disclosure d = ReviewRule.disclosure(both(ReviewTime.AFTER_LAST_ATTEMPT), used(1, 2), NOW);
        assertTrue(d.mark());
        assertFalse(d.answer());
        assertFalse(d.feedback());
        assertEquals(Optional.of("The correct answers and the feedback are shown after your last attempt."),
                d.withheldBecause());
    }

    @Test
    void afterTheLastAttemptShowsEverythingOnceNoneIsLeft() {
        assertEquals(Disclosure.FULL, ReviewRule.disclosure(both(ReviewTime.AFTER_LAST_ATTEMPT), used(2, 2), NOW));
    }

    @Test
    void afterTheLastAttemptShowsEverythingOnceTheQuizHasClosedWithAttemptsLeft() {
        Standing closed = new Standing(1, false, Optional.of(3), Optional.of(NOW.minusSeconds(1)));
        assertEquals(Disclosure.FULL, ReviewRule.disclosure(both(ReviewTime.AFTER_LAST_ATTEMPT), closed, NOW));
    }

    @Test
    void anOpenAttemptCountsAsAnAttemptStillToMake() {
        Standing open = new Standing(2, true, Optional.of(2), Optional.empty());
        assertFalse(ReviewRule.disclosure(both(ReviewTime.AFTER_LAST_ATTEMPT), open, NOW).answer());
    }

    @Test
    void withUnlimitedAttemptsTheAnswersWaitForTheCloseAndSaySo() {
        Standing unlimited = new Standing(5, false, Optional.empty(), Optional.of(LATER));
        Disclosure d = ReviewRule.disclosure(both(ReviewTime.AFTER_LAST_ATTEMPT), unlimited, NOW);
        assertEquals(Optional.of("The correct answers and the feedback are shown once the quiz closes on"
                + " 10 Dec 2026, 17:00 UTC."), d.withheldBecause());
    }

    @Test
    void afterCloseWaitsForTheStudentsClosingTime() {
        Standing open = new Standing(1, false, Optional.of(1), Optional.of(LATER));
        Disclosure before = ReviewRule.disclosure(both(ReviewTime.AFTER_CLOSE), open, NOW);
        assertFalse(before.answer());
        assertEquals(Optional.of("The correct answers and the feedback are shown after the quiz closes on"
                + " 10 Dec 2026, 17:00 UTC."), before.withheldBecause());
        assertEquals(Disclosure.FULL, ReviewRule.disclosure(both(ReviewTime.AFTER_CLOSE), open, LATER));
    }

    @Test
    void neverIsNever() {
        Standing closed = new Standing(1, false, Optional.of(1), Optional.of(NOW.minusSeconds(60)));
        Disclosure d = ReviewRule.disclosure(both(ReviewTime.NEVER), closed, NOW);
        assertFalse(d.answer());
        assertEquals(Optional.of("The correct answers and the feedback are never shown for this quiz."),
                d.withheldBecause());
    }

    @Test
    void feedbackCanBeShownBeforeTheAnswers() {
        ReviewPolicy policy = new ReviewPolicy(ReviewTime.NEVER, ReviewTime.IMMEDIATELY, true);
        Disclosure d = ReviewRule.disclosure(policy, used(1, 1), NOW);
        assertFalse(d.answer());
        assertTrue(d.feedback());
        assertEquals(Optional.of("The correct answers are never shown for this quiz."), d.withheldBecause());
    }
}
