package org.cyberpolicy.quiz.attempt.grading;

import org.cyberpolicy.quiz.attempt.Response;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;

/**
 * Right when the response is the answer at the answer's precision. A response more or less precise than the answer
 * earns nothing rather than being cut down: the question said which precision it asks for.
 */
public final class DateGrader implements Grader<Question.DateAnswer> {

    @Override
    public Class<Question.DateAnswer> questionType() {
        return Question.DateAnswer.class;
    }

    @Override
    public Credit credit(PresentedQuestion presented, Question.DateAnswer question, Response response) {
        return Credit.fullIf(response instanceof Response.DateGiven date && question.answer().equals(date.value()));
    }

    @Override
    public Response key(PresentedQuestion presented, Question.DateAnswer question) {
        return new Response.DateGiven(question.answer());
    }
}
