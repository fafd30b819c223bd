package org.cyberpolicy.quiz.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cyberpolicy.quiz.account.throttle.SignInRefusal;
import org.cyberpolicy.quiz.account.throttle.SignInRefused;
import org.cyberpolicy.quiz.web.errors.Errors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * How a sign-in that the throttle turned away is answered. The throttle ({@code ThrottledSignIn}) fails it inside
 * Quarkus security, which would answer like any failure: a bare 401, or the sign-in page's "wrong username or
 * password". So the throttle tells this class first ({@link SignInRefused}), which answers at once, and Quarkus then
 * leaves the response alone:
 * <ul>
 * <li>the form's {@code /j_security_check} is sent to {@code /login?wait=N} (and {@code &network=true} when it is the
 * address that waits), which says how long to wait;</li>
 * <li>anything else, HTTP Basic above all, gets {@code 429 Too Many Requests} with {@code Retry-After} and the
 * message, through {@link Errors} (JSON under {@code /api}).</li>
 * </ul>
 */
@ApplicationScoped
public class ThrottledSignInAnswers {

    private final Errors errors;
    private final String postLocation;

    ThrottledSignInAnswers(Errors errors,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
            String postLocation) {
        this.errors = errors;
        this.postLocation = postLocation.startsWith("/") ? postLocation : "/" + postLocation;
    }

    void answer(@Observes SignInRefused refused) {
        RoutingContext context = refused.request();
        SignInRefusal refusal = refused.refusal();
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        if (context.request().method() == HttpMethod.POST && postLocation.equals(context.normalizedPath())) {
            context.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION,
                    "/login?wait=" + refusal.seconds() + (refusal.forAddress() ? "&network=true" : "")).end();
        } else {
            context.response().putHeader("Retry-After", Long.toString(refusal.seconds()));
            errors.send(context, 429, refusal.message());
        }
    }
}
