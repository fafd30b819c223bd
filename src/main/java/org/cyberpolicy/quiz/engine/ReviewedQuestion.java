package org.cyberpolicy.quiz.engine;

import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Question;

/**
 * One marked question: the student's response, the mark, the correct answer and what explains it. A closed
 * attempt's review, a practice question checked on its own and an answered training question all show one. What the
 * student may not see yet is left out here, not merely hidden by a page ({@link #disclosed}): an empty
 * {@code mark}, {@code key}, {@code feedback}, no {@code choiceFeedback} and no {@code facts}; {@code disclosure}
 * says what was left out, and why.
 *
 * @param choiceFeedback the feedback of every choice the student picked that has one, so a trap is explained
 */
public record ReviewedQuestion(int position, PresentedQuestion presented, Optional<Response> response,
        Optional<Mark> mark, Optional<Response> key, Optional<String> feedback, List<String> choiceFeedback,
        List<FrozenFact> facts, Disclosure disclosure) {

    public ReviewedQuestion {
        choiceFeedback = List.copyOf(choiceFeedback);
        facts = List.copyOf(facts);
    }

    /** The full review of a frozen question, with its key, its feedback and the feedback of the choices picked. */
    public static ReviewedQuestion of(int position, FrozenQuestion frozen, Optional<Response> response, Mark mark) {
        PresentedQuestion presented = frozen.presented();
        return new ReviewedQuestion(position, presented, response, Optional.of(mark),
                Optional.of(QuestionKinds.key(presented)), presented.question().info().feedback(),
                feedbackOfPicked(presented, response), frozen.facts(), Disclosure.FULL);
    }

    /** This review with only what {@code disclosure} allows. */
    public ReviewedQuestion disclosed(Disclosure disclosure) {
        if (disclosure.full()) {
            return this;
        }
        return new ReviewedQuestion(position, presented, response, disclosure.mark() ? mark : Optional.empty(),
                disclosure.answer() ? key : Optional.empty(), disclosure.feedback() ? feedback : Optional.empty(),
                disclosure.feedback() ? choiceFeedback : List.of(), disclosure.feedback() ? facts : List.of(),
                disclosure);
    }

    /** Why part of the review is left out; empty when nothing is. */
    public Optional<String> withheldBecause() {
        return disclosure.withheldBecause();
    }

    public Question question() {
        return presented.question();
    }

    /** Full marks, as far as the student may know: false while the mark is withheld. */
    public boolean correct() {
        return mark.map(Mark::correct).orElse(false);
    }

    private static List<String> feedbackOfPicked(PresentedQuestion presented, Optional<Response> response) {
        List<String> picked = response.map(QuestionKinds::pickedChoiceIds).orElse(List.of());
        return picked.stream().map(presented::choice).flatMap(Optional::stream).map(Choice::feedback)
                .flatMap(Optional::stream).toList();
    }
}
