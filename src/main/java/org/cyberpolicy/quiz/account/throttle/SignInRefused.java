package org.cyberpolicy.quiz.account.throttle;

import io.vertx.ext.web.RoutingContext;

/**
 * A sign-in the throttle turned away, fired (synchronously) while Quarkus security still holds the failure, so that
 * the web can answer it for what it is: a wait, not a wrong password. Quarkus leaves alone a response already sent.
 */
public record SignInRefused(RoutingContext request, SignInRefusal refusal) {
}
