package org.cyberpolicy.quiz.attempt.grading;

import org.cyberpolicy.quiz.attempt.Response;
import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;

/** Full credit for the one correct choice, nothing for any other. */
public final class SingleChoiceGrader implements Grader<Question.SingleChoice> {

    @Override
    public Class<Question.SingleChoice> questionType() {
        return Question.SingleChoice.class;
    }

    @Override
    public Credit credit(PresentedQuestion presented, Question.SingleChoice question, Response response) {
        if (!(response instanceof Response.PickedChoice picked)) {
            return Credit.NONE;
        }
        return Credit.fullIf(presented.choice(picked.choiceId()).map(Choice::correct).orElse(false));
    }

    @Override
    public Response key(PresentedQuestion presented, Question.SingleChoice question) {
        Choice correct = question.choices().stream().filter(Choice::correct).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "single-choice " + question.id() + " has no correct choice"));
        return new Response.PickedChoice(presented.choiceId(correct));
    }
}
