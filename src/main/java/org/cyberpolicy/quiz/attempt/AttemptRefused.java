package org.cyberpolicy.quiz.attempt;

/**
 * A request the rules of attempts do not allow. The message is written for the student and never reveals an answer.
 */
public class AttemptRefused extends RuntimeException {

    public enum Why {
        /** No such quiz, attempt or question, or one that belongs to someone else. */
        NOT_FOUND,
        /** The attempt's state forbids it: submitted, out of time, no attempts left. */
        CONFLICT
    }

    private final Why why;

    public AttemptRefused(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }

    static AttemptRefused notFound(String message) {
        return new AttemptRefused(Why.NOT_FOUND, message);
    }

    static AttemptRefused conflict(String message) {
        return new AttemptRefused(Why.CONFLICT, message);
    }
}
