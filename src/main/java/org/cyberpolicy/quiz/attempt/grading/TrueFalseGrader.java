package org.cyberpolicy.quiz.attempt.grading;

import org.cyberpolicy.quiz.attempt.Response;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;

public final class TrueFalseGrader implements Grader<Question.TrueFalse> {

    @Override
    public Class<Question.TrueFalse> questionType() {
        return Question.TrueFalse.class;
    }

    @Override
    public Credit credit(PresentedQuestion presented, Question.TrueFalse question, Response response) {
        return Credit.fullIf(response instanceof Response.Truth truth && truth.value() == question.answer());
    }

    @Override
    public Response key(PresentedQuestion presented, Question.TrueFalse question) {
        return new Response.Truth(question.answer());
    }
}
