package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Where a student stands with one quiz: attempts used and left, the best result, an attempt to resume. */
public record QuizProgress(String quizId, int attemptsUsed, Optional<Integer> attemptsLeft,
        Optional<BigDecimal> bestScore, Optional<BigDecimal> bestPercent, Optional<Long> openAttemptId,
        List<AttemptSummary> attempts) {

    public QuizProgress {
        attempts = List.copyOf(attempts);
    }

    public boolean canStart() {
        return openAttemptId.isPresent() || attemptsLeft.map(left -> left > 0).orElse(true);
    }
}
