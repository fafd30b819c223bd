package org.cyberpolicy.quiz.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An attempt's own row without its questions: enough to tell whose it is, whether it takes answers, and which
 * {@link Attempt#revision} of its answers is the current one. A page rendered from the full attempt can be shown again
 * as long as the head still names the same attempt (id and start) at the same revision.
 */
public record AttemptHead(long id, long accountId, AttemptState state, String quizTitle, int number,
        boolean practice, Instant startedAt, Optional<Instant> deadline, long revision) {

    public boolean acceptsAnswersAt(Instant now, Duration grace) {
        return Attempt.acceptsAnswers(state, deadline.orElse(null), now, grace);
    }
}
