package org.cyberpolicy.quiz.attempt;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Closes attempts whose time ran out even when their student never comes back, so results are complete. */
@ApplicationScoped
public class OverdueAttempts {

    private static final Logger LOG = Logger.getLogger(OverdueAttempts.class);

    private final AttemptService attempts;
    private final Deadlines deadlines;

    OverdueAttempts(AttemptService attempts, Deadlines deadlines) {
        this.attempts = attempts;
        this.deadlines = deadlines;
    }

    @Scheduled(every = "${quiz.attempt.expiry-check:15S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeOverdue() {
        // A closing time added or moved in the bank reaches the open attempts here, before they are checked.
        int moved = deadlines.updateAll();
        if (moved > 0) {
            LOG.infof("Moved the deadlines of %d open attempts to the quizzes' closing times", moved);
        }
        int closed = attempts.closeOverdue();
        if (closed > 0) {
            LOG.infof("Closed and graded %d attempts whose time ran out", closed);
        }
    }
}
