package org.cyberpolicy.quiz.attempt;

import java.time.Instant;
import java.util.Optional;

/**
 * Where one student stands with one quiz, as far as the review policy and the schedule care: how many attempts they
 * have made and may make, whether one is open, and when the quiz closes for them (their own {@code closes} if an
 * instructor granted one).
 *
 * @param maxAttempts the quiz's limit plus any extra attempts granted; empty when unlimited
 */
public record Standing(int attemptsUsed, boolean attemptOpen, Optional<Integer> maxAttempts,
        Optional<Instant> closes) {

    /** Whether the quiz has closed for the student at {@code now}. */
    public boolean closedAt(Instant now) {
        return closes.map(c -> !now.isBefore(c)).orElse(false);
    }

    /** Whether an attempt of theirs is open or another may still be started (some day: opens is not asked). */
    public boolean canAttemptAgainAt(Instant now) {
        if (closedAt(now)) {
            return false;
        }
        return attemptOpen || maxAttempts.map(max -> attemptsUsed < max).orElse(true);
    }
}
