package org.cyberpolicy.quiz.engine;



/**
 * A response that does not have the shape its question asks for. The message is shown to the student or API client
 * as it is, so it says what was expected and never hints at the correct answer. Unlike a
 * {@link org.cyberpolicy.quiz.Refusal}, it rolls back the transaction it ends: nothing of a request that sent an
 * invalid response is kept.
 */
public class InvalidResponseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidResponseException(String message) {
        super(message);
    }
}
