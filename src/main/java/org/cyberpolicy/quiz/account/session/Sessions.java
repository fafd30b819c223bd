package org.cyberpolicy.quiz.account.session;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Ending browser sessions on the server, and forgetting the rows of sessions long over. */
@ApplicationScoped
public class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class);

    private final SessionConfig config;
    private final Clock clock = Clock.systemUTC();

    Sessions(SessionConfig config) {
        this.config = config;
    }

    /** Ends one session: signing out. */
    @Transactional
    public void end(String sessionId) {
        UserSession.end(sessionId, clock.instant());
    }

    /** Ends every session of an account but the one kept (none: null); returns how many ended. */
    @Transactional
    public int endAllOf(long accountId, String keep) {
        return UserSession.endAllOf(accountId, keep, clock.instant());
    }

    @Scheduled(every = "1h", delay = 1, delayUnit = TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldSessions() {
        Instant now = clock.instant();
        long forgotten = UserSession.forget(now.minus(config.keepEnded()), now.minus(config.maxAge()));
        if (forgotten > 0) {
            LOG.debugf("Forgot %d sessions that ended or outlived quiz.session.max-age", forgotten);
        }
    }
}
