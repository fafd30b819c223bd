package org.cyberpolicy.quiz.attempt;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Closes attempts whose time ran out even when their student never comes back, so results are complete. */
@ApplicationScoped
public class OverdueAttempts {

    private static final Logger LOG = Logger.getLogger(OverdueAttempts.class);

    private final AttemptService attempts;

    OverdueAttempts(AttemptService attempts) {
        this.attempts = attempts;
    }

    @Scheduled(every = "${quiz.attempt.expiry-check:15S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeOverdue() {
        int closed = attempts.closeOverdue();
        if (closed > 0) {
            LOG.infof("Closed and graded %d attempts whose time ran out", closed);
        }
    }
}
