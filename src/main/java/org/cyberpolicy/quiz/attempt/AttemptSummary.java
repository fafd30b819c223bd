package org.cyberpolicy.quiz.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** One line of a student's attempt history. */
public record AttemptSummary(long id, int number, AttemptState state, Instant startedAt,
        Optional<Instant> finishedAt, Optional<BigDecimal> score, BigDecimal maxScore, Optional<BigDecimal> percent,
        Optional<Boolean> passed) {

    static AttemptSummary of(Attempt attempt) {
        return new AttemptSummary(attempt.id, attempt.number, attempt.state, attempt.startedAt,
                Optional.ofNullable(attempt.finishedAt), Optional.ofNullable(attempt.score), attempt.maxScore,
                attempt.percent(), Optional.ofNullable(attempt.passed));
    }

    public boolean open() {
        return state == AttemptState.OPEN;
    }
}
