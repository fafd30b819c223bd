package org.cyberpolicy.quiz.attempt;

/**
 * A response that does not have the shape its question asks for. The message is shown to the student or API client
 * as it is, so it says what was expected and never hints at the correct answer.
 */
public class InvalidResponseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidResponseException(String message) {
        super(message);
    }
}
