package org.cyberpolicy.quiz.web.questions;

import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.engine.FrozenFact;
import org.cyberpolicy.quiz.engine.QuestionKinds;
import org.cyberpolicy.quiz.engine.ReviewedQuestion;
import org.cyberpolicy.quiz.web.format.Numbers;

/**
 * One marked question in words, as a review, a checked practice question and an answered training question show it:
 * what was answered, what was right, and why. What the student may not see yet is absent: the score and outcome while
 * the mark is withheld ({@code outcome} is then "withheld"), the key, the feedback and the facts; {@code withheld}
 * says why.
 *
 * @param ordered whether the answer is an order of items, shown as a numbered list
 */
public record ReviewItem(int position, String prompt, String typeLabel, Optional<String> score, String maxScore,
        String outcome, String outcomeLabel, List<String> answer, List<String> key, boolean ordered,
        Optional<String> feedback, List<String> choiceFeedback, List<FrozenFact> facts, Optional<String> withheld) {

    public static ReviewItem of(ReviewedQuestion q) {
        String outcome = q.mark().isEmpty() ? "withheld" : q.response().isEmpty() ? "unanswered"
                : q.correct() ? "correct" : q.mark().get().partial() ? "partial" : "wrong";
        String label = switch (outcome) {
            case "withheld" -> "Mark held back";
            case "unanswered" -> "Not answered";
            case "correct" -> "Correct";
            case "partial" -> "Partly correct";
            default -> "Incorrect";
        };
        return new ReviewItem(q.position(), q.question().prompt(), q.question().type().label(),
                q.mark().map(mark -> Numbers.plain(mark.score())), Numbers.plain(q.question().points()), outcome,
                label, q.response().map(r -> QuestionKinds.words(q.presented(), r)).orElse(List.of()),
                q.key().map(key -> QuestionKinds.words(q.presented(), key)).orElse(List.of()),
                !q.presented().parts().items().isEmpty(), q.feedback(), q.choiceFeedback(), q.facts(),
                q.withheldBecause());
    }

    /** This item without its reason for what is held back, when the page says it once for all. */
    public ReviewItem withoutReason() {
        return new ReviewItem(position, prompt, typeLabel, score, maxScore, outcome, outcomeLabel, answer, key, ordered,
                feedback, choiceFeedback, facts, Optional.empty());
    }

    /** Whether the correct answer may be shown. */
    public boolean keyShown() {
        return !key.isEmpty();
    }
}
