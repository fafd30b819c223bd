package org.cyberpolicy.quiz.attempt.grading;

import org.cyberpolicy.quiz.attempt.Response;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;

/**
 * Grades the responses to one type of question. Responses use the attempt's ids, so each method is given the
 * question as the attempt presented it as well as the bank record, already of the right type.
 *
 * <p>A response of another shape than the type expects, or naming an id the question does not have, earns nothing:
 * the response codec refuses such responses, so meeting one here means something upstream went wrong, and the safe
 * mistake is to give no points.
 */
public interface Grader<Q extends Question> {

    /** The bank record this grader understands; {@link Graders} picks the grader by it. */
    Class<Q> questionType();

    Credit credit(PresentedQuestion presented, Q question, Response response);

    /** The correct answer, as a full-credit response in the attempt's ids. */
    Response key(PresentedQuestion presented, Q question);
}
