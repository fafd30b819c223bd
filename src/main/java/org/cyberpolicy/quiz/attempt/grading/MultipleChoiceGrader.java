package org.cyberpolicy.quiz.attempt.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cyberpolicy.quiz.attempt.Response;
import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Scoring;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;

/**
 * Partial scoring gives each correct choice an equal share of the points and takes one wrong choice's share away
 * for each wrong choice ticked, never below zero: ticking every box then earns nothing, as it shows no knowledge.
 * All-or-nothing scoring asks for exactly the correct choices.
 */
public final class MultipleChoiceGrader implements Grader<Question.MultipleChoice> {

    @Override
    public Class<Question.MultipleChoice> questionType() {
        return Question.MultipleChoice.class;
    }

    @Override
    public Credit credit(PresentedQuestion presented, Question.MultipleChoice question, Response response) {
        if (!(response instanceof Response.PickedChoices picked)) {
            return Credit.NONE;
        }
        List<Choice> ticked = new ArrayList<>();
        for (String id : picked.choiceIds()) {
            Optional<Choice> choice = presented.choice(id);
            if (choice.isEmpty()) {
                return Credit.NONE;
            }
            ticked.add(choice.get());
        }
        long correct = question.choices().stream().filter(Choice::correct).count();
        long wrong = question.choices().size() - correct;
        long correctTicked = ticked.stream().filter(Choice::correct).count();
        long wrongTicked = ticked.size() - correctTicked;
        if (question.scoring() == Scoring.ALL_OR_NOTHING || correct == 0) {
            return Credit.fullIf(correctTicked == correct && wrongTicked == 0);
        }
        if (wrong == 0) {
            return new Credit(correctTicked, correct);
        }
        // correctTicked/correct − wrongTicked/wrong over the common denominator correct × wrong.
        return Credit.flooredAtNone(correctTicked * wrong - wrongTicked * correct, correct * wrong);
    }

    @Override
    public Response key(PresentedQuestion presented, Question.MultipleChoice question) {
        Set<String> ids = question.choices().stream().filter(Choice::correct).map(presented::choiceId)
                .collect(Collectors.toSet());
        return new Response.PickedChoices(ids);
    }
}
