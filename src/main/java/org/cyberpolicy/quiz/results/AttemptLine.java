package org.cyberpolicy.quiz.results;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.cyberpolicy.quiz.attempt.AttemptState;

/** One attempt as the instructor's results list it: who, which quiz, when, how long and how well. */
public record AttemptLine(long attemptId, long accountId, String username, String displayName,
        Optional<String> studentNumber, String quizId, String quizTitle, int number, AttemptState state,
        Instant startedAt, Optional<Instant> finishedAt, Optional<BigDecimal> score, BigDecimal maxScore,
        Optional<BigDecimal> percent, Optional<Boolean> passed) {

    /** From start to finish; empty while the attempt is open. */
    public Optional<Duration> duration() {
        return finishedAt.map(end -> Duration.between(startedAt, end));
    }

    public boolean graded() {
        return state != AttemptState.OPEN;
    }
}
