package org.cyberpolicy.quiz.attempt.grading;

import org.cyberpolicy.quiz.attempt.Response;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;

/**
 * Right when the response lies within the tolerance of the answer, bounds included. Values are compared, not their
 * spelling: 4, 4.0 and 4.00 are the same number.
 */
public final class NumericGrader implements Grader<Question.Numeric> {

    @Override
    public Class<Question.Numeric> questionType() {
        return Question.Numeric.class;
    }

    @Override
    public Credit credit(PresentedQuestion presented, Question.Numeric question, Response response) {
        if (!(response instanceof Response.Amount amount) || amount.value() == null) {
            return Credit.NONE;
        }
        return Credit.fullIf(amount.value().subtract(question.answer()).abs().compareTo(question.tolerance()) <= 0);
    }

    @Override
    public Response key(PresentedQuestion presented, Question.Numeric question) {
        return new Response.Amount(question.answer());
    }
}
