package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a student stands with one quiz: attempts used and left (extra attempts granted included), the best result,
 * an attempt to resume, and when the quiz opens and closes for them.
 *
 * @param notOpenYet whether the quiz opens later; {@code closed} whether it has closed for them
 */
public record QuizProgress(String quizId, int attemptsUsed, Optional<Integer> attemptsLeft,
        Optional<BigDecimal> bestScore, Optional<BigDecimal> bestPercent, Optional<Long> openAttemptId,
        List<AttemptSummary> attempts, Optional<Instant> opens, Optional<Instant> closes, boolean notOpenYet,
        boolean closed) {

    public QuizProgress {
        attempts = List.copyOf(attempts);
    }

    public boolean canStart() {
        return openAttemptId.isPresent() || !notOpenYet && !closed && attemptsLeft.map(left -> left > 0).orElse(true);
    }
}
