package org.cyberpolicy.quiz.training;

import java.time.Instant;

/**
 * The memory of one fact for one student, as FSRS models it.
 *
 * @param step       the index of the current short step while learning or relearning; 0 otherwise
 * @param stability  days for the probability of recall to fall from 100% to 90%
 * @param difficulty between 1 and 10
 * @param due        when the fact should be reviewed next
 * @param lastReview when it was last reviewed
 */
public record Memory(Phase phase, int step, double stability, double difficulty, Instant due, Instant lastReview) {
}
