package org.cyberpolicy.quiz.account.throttle;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.account.Registration;

import io.vertx.ext.web.RoutingContext;

/**
 * The application's one {@link LoginThrottle}, fed with normalised names and the address each request comes from
 * ({@link ClientAddresses}: the connection's peer, or the client that trusted proxies name).
 */
@ApplicationScoped
public class LoginGuard {

    private final boolean enabled;
    private final LoginThrottle throttle;
    private final ClientAddresses addresses;

    LoginGuard(LoginThrottleConfig config, LoginClock clock, ClientAddresses addresses) {
        this.enabled = config.throttle();
        this.throttle = new LoginThrottle(config.rules(), clock::now);
        this.addresses = addresses;
    }

    /** Whether a sign-in as this name from this request may have its password looked at. */
    public SignInDecision decide(String username, RoutingContext request) {
        if (!enabled) {
            return new SignInDecision.Check(false);
        }
        return throttle.decide(Registration.normalizeUsername(username), address(request));
    }

    /** Counts a wrong password; returns the wait now in force for this name at this request's address, if any. */
    public Optional<SignInRefusal> failed(String username, RoutingContext request) {
        if (!enabled) {
            return Optional.empty();
        }
        return throttle.failed(Registration.normalizeUsername(username), address(request));
    }

    public void succeeded(String username, RoutingContext request) {
        if (enabled) {
            throttle.succeeded(Registration.normalizeUsername(username), address(request));
        }
    }

    /** A check that ended neither way: nothing is counted, but it is no longer in flight. */
    public void abandoned(String username, RoutingContext request) {
        if (enabled) {
            throttle.abandoned(Registration.normalizeUsername(username), address(request));
        }
    }

    /** The client's address as the throttle counts it. */
    String address(RoutingContext request) {
        return addresses.of(request == null ? null : request.request());
    }
}
