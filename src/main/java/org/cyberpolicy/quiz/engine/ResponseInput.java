package org.cyberpolicy.quiz.engine;

import java.util.Optional;

/**
 * A response as a client sent it, in the client's own form (a JSON value, the fields of an HTML form), to be read
 * once the service knows which question it answers: what ids a response may name is known only from the attempt.
 * The edges make one (see {@link ResponseCodec#input}); the services read it against the question and check what
 * it gives with {@link QuestionKinds#check} before keeping it.
 */
@FunctionalInterface
public interface ResponseInput {

    /** No response: clears an answer ("I don't know" in training). */
    ResponseInput NONE = question -> Optional.empty();

    /**
     * The response to {@code question}, or empty for none.
     *
     * @throws InvalidResponseException when it does not fit the question, with a message for the student
     */
    Optional<Response> readFor(QuestionShape question);

    /** Reads the response and checks it against the question. */
    default Optional<Response> checkedFor(QuestionShape question) {
        return readFor(question).map(response -> QuestionKinds.check(question, response));
    }
}
