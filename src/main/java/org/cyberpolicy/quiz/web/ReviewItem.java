package org.cyberpolicy.quiz.web;

import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.attempt.FrozenFact;
import org.cyberpolicy.quiz.attempt.ReviewedQuestion;
import org.cyberpolicy.quiz.bank.QuestionType;

/** One question of the review page, in words: what was answered, what was right, and why. */
public record ReviewItem(int position, String prompt, String typeLabel, String score, String maxScore,
        String outcome, String outcomeLabel, List<String> answer, List<String> key, boolean ordered,
        Optional<String> feedback, List<String> choiceFeedback, List<FrozenFact> facts) {

    static ReviewItem of(ReviewedQuestion q) {
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
                q.response().map(r -> ResponseWording.lines(q.presented(), r)).orElse(List.of()),
                ResponseWording.lines(q.presented(), q.key()), q.question().type() == QuestionType.ORDERING,
                q.feedback(), q.choiceFeedback(), q.facts());
    }
}
