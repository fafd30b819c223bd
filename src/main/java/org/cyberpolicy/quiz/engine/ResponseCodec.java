package org.cyberpolicy.quiz.engine;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/**
 * Converts responses to and from JSON, both as clients send them and as the database keeps them. Each
 * {@link QuestionKind} defines its own shape; together:
 *
 * <table>
 * <caption>JSON shape of a response</caption>
 * <tr><th>type</th><th>JSON</th><th>example</th></tr>
 * <tr><td>single</td><td>a choice id</td><td>{@code "c2"}</td></tr>
 * <tr><td>multiple</td><td>an array of distinct choice ids, possibly empty</td><td>{@code ["c1", "c3"]}</td></tr>
 * <tr><td>true-false</td><td>a boolean</td><td>{@code false}</td></tr>
 * <tr><td>numeric</td><td>a number, at most 30 digits</td><td>{@code 3.5}</td></tr>
 * <tr><td>date</td><td>a string at the precision of the question's answer</td><td>{@code "2021-07"}</td></tr>
 * <tr><td>short</td><td>a string of at most 500 characters, one line</td><td>{@code "Hafnium"}</td></tr>
 * <tr><td>matching</td><td>an object from left ids to right ids; rows left out are unanswered</td>
 * <td>{@code {"l1": "r3", "l2": "r1"}}</td></tr>
 * <tr><td>ordering</td><td>an array holding every item id once</td><td>{@code ["i2", "i1", "i3"]}</td></tr>
 * </table>
 *
 * <p>JSON {@code null} is no response: it clears an answer.
 */
public final class ResponseCodec {

    /** Reads numbers as written, so that a stored 0.30000000000000001 or 4.0 comes back unchanged. */
    private final ObjectMapper storage = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    /**
     * The response a client sent for a question, or empty for JSON {@code null}, which clears the answer.
     *
     * @throws InvalidResponseException when the value does not have the shape the question's type asks for, or
     *                                  names ids the question does not have
     */
    public Optional<Response> read(QuestionShape question, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(QuestionKinds.read(question, value));
    }

    /** The JSON value of a response, in the shape {@link #read} accepts. */
    public JsonNode write(Response response) {
        return QuestionKinds.write(response);
    }

    /** A JSON value as a client sent it, to be read once the question it answers is known. */
    public ResponseInput input(JsonNode value) {
        return question -> read(question, value);
    }

    /** A compact JSON text of a response, for the database. */
    public String toStorage(Response response) {
        try {
            return storage.writeValueAsString(write(response));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response could not be written as JSON", e);
        }
    }

    /**
     * A response read back from the database.
     *
     * @throws InvalidResponseException when the stored text does not fit the question any more, for example after
     *                                  the bank changed
     */
    public Response fromStorage(QuestionShape question, String json) {
        JsonNode value;
        try {
            value = storage.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidResponseException("The saved answer could not be read; please answer again.");
        }
        return read(question, value)
                .orElseThrow(() -> new InvalidResponseException("No answer was saved for this question."));
    }
}
