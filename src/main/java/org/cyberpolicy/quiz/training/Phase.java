package org.cyberpolicy.quiz.training;

/**
 * Where a fact stands in FSRS's scheduler. A fact never reviewed has no memory state at all; its first review puts it
 * in {@link #LEARNING}.
 */
public enum Phase {
    /** Newly met: reviewed again after short steps (minutes) before its first interval in days. */
    LEARNING,
    /** Scheduled in days from its stability. */
    REVIEW,
    /** Forgotten after reaching review: short steps again, then back to review. */
    RELEARNING
}
