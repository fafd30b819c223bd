package org.cyberpolicy.quiz.attempt.grading;

import org.cyberpolicy.quiz.attempt.Response;
import org.cyberpolicy.quiz.bank.AnswerText;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;

/**
 * Right when the response equals one of the accepted answers once case, spacing, punctuation and diacritics are set
 * aside. A response that is empty once they are set aside earns nothing, even against an accepted answer that is
 * itself only punctuation.
 */
public final class ShortAnswerGrader implements Grader<Question.ShortAnswer> {

    @Override
    public Class<Question.ShortAnswer> questionType() {
        return Question.ShortAnswer.class;
    }

    @Override
    public Credit credit(PresentedQuestion presented, Question.ShortAnswer question, Response response) {
        if (!(response instanceof Response.Text text) || text.value() == null
                || AnswerText.normalise(text.value()).isEmpty()) {
            return Credit.NONE;
        }
        return Credit.fullIf(question.answers().stream().anyMatch(answer -> AnswerText.same(answer, text.value())));
    }

    /** The first accepted answer: the one the author wrote as the answer, the others being variants. */
    @Override
    public Response key(PresentedQuestion presented, Question.ShortAnswer question) {
        if (question.answers().isEmpty()) {
            throw new IllegalStateException("short answer " + question.id() + " accepts no answer");
        }
        return new Response.Text(question.answers().get(0));
    }
}
