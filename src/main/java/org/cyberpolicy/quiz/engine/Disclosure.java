package org.cyberpolicy.quiz.engine;

import java.util.Optional;

/**
 * How much of a marked question its student may see now: the mark, the correct answer, the feedback with the facts and
 * their sources. What is not disclosed never leaves the service that reviewed the question (see
 * {@link ReviewedQuestion#disclosed}), so no page, API body or error can show it; {@code withheldBecause} says why,
 * for the student.
 */
public record Disclosure(boolean mark, boolean answer, boolean feedback, Optional<String> withheldBecause) {

    /** Everything: what a review shows when nothing holds it back, and what instructors always see. */
    public static final Disclosure FULL = new Disclosure(true, true, true, Optional.empty());

    /** Nothing but the student's own response, for the reason given. */
    public static Disclosure nothing(String because) {
        return new Disclosure(false, false, false, Optional.of(because));
    }

    public boolean full() {
        return mark && answer && feedback;
    }
}
