package org.cyberpolicy.quiz.web.questions;

import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.engine.FrozenFact;
import org.cyberpolicy.quiz.engine.QuestionKinds;
import org.cyberpolicy.quiz.engine.ReviewedQuestion;
import org.cyberpolicy.quiz.web.format.Numbers;

/**
 * One marked question in words, as a review, a checked practice question and an answered training question show it:
 * what was answered, what was right, and why.
 *
 * @param ordered whether the answer is an order of items, shown as a numbered list
 */
public record ReviewItem(int position, String prompt, String typeLabel, String score, String maxScore,
        String outcome, String outcomeLabel, List<String> answer, List<String> key, boolean ordered,
        Optional<String> feedback, List<String> choiceFeedback, List<FrozenFact> facts) {

    public static ReviewItem of(ReviewedQuestion q) {
        String outcome = q.response().isEmpty() ? "unanswered"
                : q.correct() ? "correct" : q.mark().partial() ? "partial" : "wrong";
        String label = switch (outcome) {
            case "unanswered" -> "Not answered";
            case "correct" -> "Correct";
            case "partial" -> "Partly correct";
            default -> "Incorrect";
        };
        return new ReviewItem(q.position(), q.question().prompt(), q.question().type().label(),
                Numbers.plain(q.mark().score()), Numbers.plain(q.mark().maxScore()), outcome, label,
                q.response().map(r -> QuestionKinds.words(q.presented(), r)).orElse(List.of()),
                QuestionKinds.words(q.presented(), q.key()), !q.presented().parts().items().isEmpty(),
                q.feedback(), q.choiceFeedback(), q.facts());
    }
}
