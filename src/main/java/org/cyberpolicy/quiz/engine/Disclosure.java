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

    /** The mark, and the answer and the feedback as a review policy allows them now; {@code because} if not both. */
    public static Disclosure review(boolean answer, boolean feedback, Optional<String> because) {
        return answer && feedback ? FULL : new Disclosure(true, answer, feedback, because);
    }

    /**
     * What both allow: each part shown only if both show it, with the first reason given for what either holds back.
     */
    public Disclosure and(Disclosure other) {
        if (other.full()) {
            return this;
        }
        if (full()) {
            return other;
        }
        return new Disclosure(mark && other.mark, answer && other.answer, feedback && other.feedback,
                withheldBecause.or(other::withheldBecause));
    }

    public boolean full() {
        return mark && answer && feedback;
    }
}
