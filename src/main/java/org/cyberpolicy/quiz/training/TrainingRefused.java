package org.cyberpolicy.quiz.training;

/** A training request the rules do not allow; the message is for the student and never reveals an answer. */
public class TrainingRefused extends RuntimeException {

    public enum Why {
        /** No such question token of this student's. */
        NOT_FOUND,
        /** Already answered, or already rated. */
        CONFLICT,
        /** A request that cannot be followed as written, such as a tag no question has. */
        INVALID
    }

    private final Why why;

    public TrainingRefused(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
