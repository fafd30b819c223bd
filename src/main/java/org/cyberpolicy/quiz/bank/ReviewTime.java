package org.cyberpolicy.quiz.bank;

/** When a part of a quiz's review (the correct answers, or the feedback with the facts) is shown to its student. */
public enum ReviewTime {
    /** As soon as the attempt is closed (or, in practice, the question checked). */
    IMMEDIATELY,
    /** Once the student has no attempt left, or the quiz has closed for them, whichever comes first. */
    AFTER_LAST_ATTEMPT,
    /** Once the quiz has closed for the student; never while it has no {@code closes}. */
    AFTER_CLOSE,
    /** Never to the student; instructors always see everything. */
    NEVER;

    public String yamlName() {
        return name().toLowerCase().replace('_', '-');
    }
}
