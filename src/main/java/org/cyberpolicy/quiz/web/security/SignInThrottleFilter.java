package org.cyberpolicy.quiz.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cyberpolicy.quiz.account.throttle.LoginGuard;
import org.cyberpolicy.quiz.account.throttle.SignInRefusal;
import org.cyberpolicy.quiz.web.errors.Errors;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * How a throttled sign-in is answered. The throttle itself ({@code ThrottledSignIn}) refuses inside Quarkus security,
 * which would answer like any failure: a bare 401, or the sign-in page's "wrong username or password". So, before
 * authentication:
 * <ul>
 * <li>a request with HTTP Basic credentials whose name or address must wait gets {@code 429 Too Many Requests} with
 * {@code Retry-After} and the message (JSON under {@code /api}), the password unread;</li>
 * <li>a refused form sign-in's redirect to the error page goes instead to {@code /login?wait=N}, which says how long
 * to wait.</li>
 * </ul>
 */
@ApplicationScoped
public class SignInThrottleFilter {

    /** After the security headers, before CORS and authentication. */
    static final int PRIORITY = SecurityHandlerPriorities.CORS + 50;

    private final LoginGuard guard;
    private final Errors errors;

    SignInThrottleFilter(LoginGuard guard, Errors errors) {
        this.guard = guard;
        this.errors = errors;
    }

    void register(@Observes Filters filters) {
        filters.register(this::onRequest, PRIORITY);
    }

    private void onRequest(RoutingContext context) {
        Optional<String> basicName = basicUsername(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (basicName.isPresent()) {
            Optional<SignInRefusal> refusal = guard.refusal(basicName.get(), context);
            if (refusal.isPresent()) {
                tooManyRequests(context, refusal.get());
                return;
            }
        } else if (context.request().method() == HttpMethod.POST && "/j_security_check".equals(context.normalizedPath())) {
            context.addHeadersEndHandler(ignored -> explainRefusedFormSignIn(context));
        }
        context.next();
    }

    private void tooManyRequests(RoutingContext context, SignInRefusal refusal) {
        context.response().putHeader("Retry-After", Long.toString(refusal.seconds()));
        errors.send(context, 429, refusal.message());
    }

    private static void explainRefusedFormSignIn(RoutingContext context) {
        SignInRefusal refusal = context.get(LoginGuard.REFUSAL);
        if (refusal != null && context.response().getStatusCode() == 302) {
            context.response().headers().set(HttpHeaders.LOCATION,
                    "/login?wait=" + refusal.seconds() + (refusal.forAddress() ? "&network=true" : ""));
        }
    }

    /** The username of an HTTP Basic header; empty for none or a malformed one (left to Quarkus to refuse). */
    static Optional<String> basicUsername(String authorization) {
        if (authorization == null || authorization.length() < 6
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
