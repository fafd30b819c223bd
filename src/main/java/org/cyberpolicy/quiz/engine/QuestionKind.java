package org.cyberpolicy.quiz.engine;

import java.util.List;

import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Everything the question engine knows of one type of question, in one place: which parts an attempt shows in an
 * order of its own, what a response looks like (its JSON, its checks, its words for a review) and how it is graded.
 * One implementation per type lives in {@code engine.kinds}; {@link QuestionKinds} picks it by the question's type,
 * with a switch that does not compile until a new type has its kind.
 *
 * <p>Responses use the ids the attempt gave the question's parts ({@code c1}, {@code l2}, {@code i3}); the methods
 * that need no more than those ids take the question's {@link QuestionShape}, which holds nothing of the answer key,
 * so that no message they write can give the answer away.
 *
 * @param <Q> the bank record of the type
 * @param <R> the response a student gives to it
 */
public interface QuestionKind<Q extends Question, R extends Response> {

    QuestionType type();

    Class<Q> questionClass();

    Class<R> responseClass();

    /** The parts of the question an attempt shows in an order of its own; {@link Parts#NONE} when the answer is typed. */
    Parts parts(Q question);

    /**
     * The response a client sent as JSON (never JSON null, which {@link ResponseCodec} reads as no response).
     *
     * @throws InvalidResponseException when the value does not have this type's shape or names ids the question does
     *                                  not have; the message says what was expected
     */
    R read(QuestionShape question, JsonNode value);

    /**
     * The response, once it is known to fit the question: the ids it names exist, nothing is given twice, and text and
     * numbers stay within their limits. A response built from an HTML form is checked here before it is saved.
     *
     * @throws InvalidResponseException when it does not fit, with a message for the student
     */
    R check(QuestionShape question, R response);

    /** The JSON value of a response, in the shape {@link #read} accepts. */
    JsonNode write(R response);

    /** The share of the points a response earned; a response naming ids the question does not have earns nothing. */
    Credit credit(PresentedQuestion presented, Q question, R response);

    /** The correct answer, as a full-credit response in the attempt's ids. */
    R key(PresentedQuestion presented, Q question);

    /** A response in words for a review, one line per part: the texts of the choices picked, a date as people write it. */
    List<String> words(QuestionShape question, R response);

    /** The ids of the choices a response picks, whose feedback a review shows; empty for a type without choices. */
    List<String> pickedChoiceIds(R response);
}
