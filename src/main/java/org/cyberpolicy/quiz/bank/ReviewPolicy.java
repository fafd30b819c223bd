package org.cyberpolicy.quiz.bank;

/**
 * What the review of a quiz's attempt shows its student, and when: the score and each question's mark are always
 * shown once the attempt is closed; the correct answers and the feedback (with the facts and their sources) follow
 * this policy.
 *
 * @param protectQuestions whether, while an exam's answers are still hidden from a student who can attempt it again,
 *                         practice, training and the briefings hold back the questions it can draw and their facts
 *                         (bank key {@code protect-questions}, default true; meaningless for practice)
 */
public record ReviewPolicy(ReviewTime answers, ReviewTime feedback, boolean protectQuestions) {

    /** Everything at once: practice's default. */
    public static final ReviewPolicy IMMEDIATE = new ReviewPolicy(ReviewTime.IMMEDIATELY, ReviewTime.IMMEDIATELY,
            true);

    /** An exam's default: after the student's last attempt, or once the quiz has closed. */
    public static final ReviewPolicy AFTER_LAST_ATTEMPT = new ReviewPolicy(ReviewTime.AFTER_LAST_ATTEMPT,
            ReviewTime.AFTER_LAST_ATTEMPT, true);

    public static ReviewPolicy defaultFor(Quiz.Mode mode) {
        return mode == Quiz.Mode.PRACTICE ? IMMEDIATE : AFTER_LAST_ATTEMPT;
    }

    /** Whether both parts are shown at once, so that the review never holds anything back. */
    public boolean immediate() {
        return answers == ReviewTime.IMMEDIATELY && feedback == ReviewTime.IMMEDIATELY;
    }
}
