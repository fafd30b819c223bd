package org.cyberpolicy.quiz.attempt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The time by which an answer counts: when its request reached the server, not when the server got round to it. A
 * class submitting at once queues for seconds on two cores (docs/performance.md, the submit storm); a save that arrived
 * before the deadline must count however long it waited. The grace after a deadline ({@code quiz.attempt.grace}) then
 * only has to absorb the network's delay, and accepts no new work of its own. Outside a request (the scheduler
 * closing overdue attempts) it is the time now. Microseconds, as the database keeps them, so that a result reads back
 * exactly as it was returned.
 */
@ApplicationScoped
public class AnswerClock {

    /** Where the web layer keeps a request's arrival ({@code web.RequestArrival}): an {@link Instant}. */
    public static final String ARRIVED_AT = "org.cyberpolicy.quiz.arrived-at";

    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    public Instant now() {
        return arrival().orElseGet(clock::instant);
    }

    private Optional<Instant> arrival() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        RoutingContext request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        Object arrived = request == null ? null : request.get(ARRIVED_AT);
        return arrived instanceof Instant instant ? Optional.of(instant.truncatedTo(ChronoUnit.MICROS))
                : Optional.empty();
    }
}
