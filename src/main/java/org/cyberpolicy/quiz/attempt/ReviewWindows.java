package org.cyberpolicy.quiz.attempt;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.engine.Disclosure;

/**
 * What the review of a closed attempt may show its student now under the quiz's review policy ({@link ReviewRule}):
 * the one place the submit response, {@code GET /api/attempts/{id}} and the review page ask. Instructors' pages do not
 * ask: they see everything.
 */
@ApplicationScoped
public class ReviewWindows {

    private final CurrentBank currentBank;
    private final Standings standings;
    private final AnswerClock clock;

    ReviewWindows(CurrentBank currentBank, Standings standings, AnswerClock clock) {
        this.currentBank = currentBank;
        this.standings = standings;
        this.clock = clock;
    }

    /**
     * What the attempt's own student may see of its review now. An attempt whose quiz has left the bank can no longer
     * be attempted again, so nothing is held back any more.
     */
    public Disclosure forStudent(Attempt attempt) {
        Optional<Quiz> quiz = currentBank.get().quiz(attempt.quizId);
        if (quiz.isEmpty() || quiz.get().review().immediate()) {
            return Disclosure.FULL;
        }
        Standing standing = standings.of(attempt.account.id, quiz.get(), Attempt.of(attempt.account,
                attempt.quizId));
        return ReviewRule.disclosure(quiz.get().review(), standing, clock.now());
    }
}
