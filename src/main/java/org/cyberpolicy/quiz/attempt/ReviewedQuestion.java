package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.attempt.grading.Mark;
import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;

/**
 * One question of a closed attempt: the student's response, the mark, the correct answer and what explains it.
 *
 * @param choiceFeedback the feedback of every choice the student picked that has one, so a trap is explained
 */
public record ReviewedQuestion(int position, PresentedQuestion presented, Optional<Response> response, Mark mark,
        Response key, Optional<String> feedback, List<String> choiceFeedback, List<FrozenFact> facts) {

    public ReviewedQuestion {
        choiceFeedback = List.copyOf(choiceFeedback);
        facts = List.copyOf(facts);
    }

    public Question question() {
        return presented.question();
    }

    public boolean correct() {
        return mark.correct();
    }

    public static List<String> feedbackOfPicked(PresentedQuestion presented, Optional<Response> response) {
        List<String> picked = response.map(ReviewedQuestion::pickedIds).orElse(List.of());
        return picked.stream().map(presented::choice).flatMap(Optional::stream).map(Choice::feedback)
                .flatMap(Optional::stream).toList();
    }

    private static List<String> pickedIds(Response response) {
        if (response instanceof Response.PickedChoice one) {
            return List.of(one.choiceId());
        }
        if (response instanceof Response.PickedChoices many) {
            return many.choiceIds().stream().sorted().toList();
        }
        return List.of();
    }
}
