package org.cyberpolicy.quiz.lti;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the outbox's scores ({@link LtiGradeSend}) to the platforms: every {@code quiz.lti.grades.interval} (so that
 * scores left waiting by a stop or a crash go out after the next start) and right after a grade change commits.
 * Each score is first claimed by an update naming its version, so that of two instances one only sends it; a score
 * whose instance stopped while sending it is taken up again once its claim has run out.
 * <p>
 * A 2xx is sent. A 401 fetches a new token and tries once more at once. A network failure, a 5xx, a 429 or a second
 * 401 waits and tries again: {@code first-retry}, doubling up to {@code max-retry}, given up as failed after
 * {@code max-tries}. Any other 4xx is failed at once (the platform says the score is wrong, a retry cannot help). The
 * platform's answer is kept short and token-free; neither token nor score body is logged.
 */
@ApplicationScoped
public class GradeSender {

    private static final Logger LOG = Logger.getLogger(GradeSender.class);
    private static final int BATCH = 50;
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final GradesConfig config;
    private final Platforms platforms;
    private final AccessTokens tokens;
    private final Clock clock = Clock.systemUTC();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(AccessTokens.CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ExecutorService kicks = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lti-grade-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean kicked = new AtomicBoolean();

    GradeSender(GradesConfig config, Platforms platforms, AccessTokens tokens) {
        this.config = config;
        this.platforms = platforms;
        this.tokens = tokens;
    }

    @PreDestroy
    void stop() {
        kicks.shutdownNow();
    }

    @Scheduled(every = "${quiz.lti.grades.interval:10S}", delayed = "5S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (config.enabled()) {
            sendDue();
        }
    }

    /** Looks at the outbox soon, on a thread of its own; kicks while one is pending count once. */
    void kick() {
        if (!config.enabled() || !kicked.compareAndSet(false, true)) {
            return;
        }
        try {
            kicks.submit(() -> {
                kicked.set(false);
                try {
                    sendDue();
                } catch (RuntimeException e) {
                    LOG.warnf("LTI grades: sending failed (%s); the next round tries again", e.getClass().getName());
                }
            });
        } catch (RejectedExecutionException stopping) {
            kicked.set(false);
        }
    }

    /** Sends every score due now that this instance can claim; how many it claimed. */
    public int sendDue() {
        Instant now = clock.instant();
        List<Object[]> due = QuarkusTransaction.requiringNew().call(() -> LtiGradeSend.due(now, BATCH));
        int claimed = 0;
        for (Object[] row : due) {
            long id = ((Number) row[0]).longValue();
            long version = ((Number) row[1]).longValue();
            Optional<LtiGradeSend> mine = claim(id, version);
            if (mine.isPresent()) {
                claimed++;
                send(mine.get());
            }
        }
        return claimed;
    }

    private Optional<LtiGradeSend> claim(long id, long version) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            int won = LtiGradeSend.update("state = 'sending', version = version + 1, claimedUntil = ?1"
                    + " where id = ?2 and version = ?3 and ((state = 'waiting' and nextTryAt <= ?4)"
                    + " or (state = 'sending' and claimedUntil < ?4))", now.plus(config.claimFor()), id, version,
                    now);
            if (won != 1) {
                return Optional.empty();
            }
            LtiGradeSend row = LtiGradeSend.findById(id);
            LtiGradeSend.getEntityManager().detach(row);
            return Optional.of(row);
        });
    }

    /** What one try came to. */
    record Outcome(Kind kind, int status, String answer) {
        enum Kind {
            SENT, RETRY, FAILED
        }
    }

    private void send(LtiGradeSend row) {
        Outcome outcome;
        try {
            outcome = attempt(row);
        } catch (RuntimeException e) {
            outcome = new Outcome(Outcome.Kind.RETRY, 0, "could not be sent (" + e.getClass().getSimpleName() + ")");
        }
        finish(row, outcome);
    }

    private Outcome attempt(LtiGradeSend row) {
        Optional<Platform> platform = platforms.find(row.issuer, row.clientId);
        if (platform.isEmpty()) {
            return new Outcome(Outcome.Kind.FAILED, 0, "the platform is no longer registered");
        }
        if (ServiceUrls.acceptable(row.lineitemUrl).isEmpty()) {
            return new Outcome(Outcome.Kind.FAILED, 0, "the line item's address is not https");
        }
        List<String> scopes = List.of(AgsEndpoint.SCORE_SCOPE);
        String body = ScoreMessage.of(row).json();
        for (int round = 0; round < 2; round++) {
            AccessTokens.AccessToken token;
            try {
                token = tokens.token(platform.get(), scopes);
            } catch (AccessTokens.AccessTokenException e) {
                boolean retry = e.status() == 0 || e.status() == 429 || e.status() >= 500;
                return new Outcome(retry ? Outcome.Kind.RETRY : Outcome.Kind.FAILED, e.status(),
                        "token: " + e.excerpt());
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(ScoreMessage.scoresUrl(row.lineitemUrl)))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", ScoreMessage.MEDIA_TYPE)
                    .header("Authorization", "Bearer " + token.value())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> answer;
            try {
                answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                return new Outcome(Outcome.Kind.RETRY, 0, "the platform could not be reached ("
                        + e.getClass().getSimpleName() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(Outcome.Kind.RETRY, 0, "interrupted");
            }
            int status = answer.statusCode();
            if (status / 100 == 2) {
                return new Outcome(Outcome.Kind.SENT, status, null);
            }
            String excerpt = AccessTokens.excerpt(answer.body());
            if (status == 401 && round == 0) {
                // The platform no longer takes the token kept: forget it and try once with a new one.
                tokens.forget(platform.get(), scopes);
                continue;
            }
            boolean retry = status == 401 || status == 408 || status == 429 || status >= 500;
            return new Outcome(retry ? Outcome.Kind.RETRY : Outcome.Kind.FAILED, status, excerpt);
        }
        throw new IllegalStateException("unreachable");
    }

    private void finish(LtiGradeSend row, Outcome outcome) {
        Instant now = clock.instant();
        int tries = row.tries + 1;
        String state;
        Instant next = null;
        if (outcome.kind() == Outcome.Kind.SENT) {
            state = LtiGradeSend.SENT;
        } else if (outcome.kind() == Outcome.Kind.FAILED || tries >= config.maxTries()) {
            state = LtiGradeSend.FAILED;
        } else {
            state = LtiGradeSend.WAITING;
            next = now.plus(backOff(tries, config.firstRetry(), config.maxRetry()));
        }
        String answer = outcome.answer() == null ? null : AccessTokens.shown(outcome.answer());
        Integer status = outcome.status() == 0 ? null : outcome.status();
        Instant sentAt = outcome.kind() == Outcome.Kind.SENT ? now : null;
        Instant nextTry = next;
        int updated = QuarkusTransaction.requiringNew().call(() -> LtiGradeSend.update("state = ?1, tries = ?2,"
                + " nextTryAt = ?3, claimedUntil = null, lastStatus = ?4, lastAnswer = ?5, sentAt = ?6,"
                + " version = version + 1 where id = ?7 and version = ?8", state, tries, nextTry, status, answer,
                sentAt, row.id, row.version));
        if (updated != 1) {
            LOG.infof("LTI grades: score %d was taken over by another instance meanwhile", row.id);
        } else if (!LtiGradeSend.SENT.equals(state)) {
            LOG.infof("LTI grades: score %d to %s %s after try %d (HTTP %s): %s", row.id,
                    LaunchRefusal.shown(row.issuer), state, tries, status == null ? "-" : status, answer);
        }
    }

    /** The wait after {@code tries} tries: {@code first}, doubling each time, at most {@code max}. */
    static Duration backOff(int tries, Duration first, Duration max) {
        Duration wait = first;
        for (int i = 1; i < tries && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
