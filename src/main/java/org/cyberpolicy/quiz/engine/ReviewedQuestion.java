package org.cyberpolicy.quiz.engine;

import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Question;

/**
 * One marked question: the student's response, the mark, the correct answer and what explains it. A closed
 * attempt's review, a practice question checked on its own and an answered training question all show one.
 *
 * @param choiceFeedback the feedback of every choice the student picked that has one, so a trap is explained
 */
public record ReviewedQuestion(int position, PresentedQuestion presented, Optional<Response> response, Mark mark,
        Response key, Optional<String> feedback, List<String> choiceFeedback, List<FrozenFact> facts) {

    public ReviewedQuestion {
        choiceFeedback = List.copyOf(choiceFeedback);
        facts = List.copyOf(facts);
    }

    /** The review of a frozen question, with its key, its feedback and the feedback of the choices picked. */
    public static ReviewedQuestion of(int position, FrozenQuestion frozen, Optional<Response> response, Mark mark) {
        PresentedQuestion presented = frozen.presented();
        return new ReviewedQuestion(position, presented, response, mark, QuestionKinds.key(presented),
                presented.question().info().feedback(), feedbackOfPicked(presented, response), frozen.facts());
    }

    public Question question() {
        return presented.question();
    }

    public boolean correct() {
        return mark.correct();
    }

    private static List<String> feedbackOfPicked(PresentedQuestion presented, Optional<Response> response) {
        List<String> picked = response.map(QuestionKinds::pickedChoiceIds).orElse(List.of());
        return picked.stream().map(presented::choice).flatMap(Optional::stream).map(Choice::feedback)
                .flatMap(Optional::stream).toList();
    }
}
