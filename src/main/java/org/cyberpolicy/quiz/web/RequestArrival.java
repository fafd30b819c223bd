package org.cyberpolicy.quiz.web;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cyberpolicy.quiz.attempt.AnswerClock;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;

/** Notes when each request reached the server, first of all, for the answers it carries (see {@link AnswerClock}). */
@ApplicationScoped
public class RequestArrival {

    /** Before every other filter, the security headers included. */
    static final int PRIORITY = SecurityHandlerPriorities.CORS + 110;

    void register(@Observes Filters filters) {
        filters.register(this::onRequest, PRIORITY);
    }

    private void onRequest(RoutingContext context) {
        context.put(AnswerClock.ARRIVED_AT, Instant.now());
        context.next();
    }
}
