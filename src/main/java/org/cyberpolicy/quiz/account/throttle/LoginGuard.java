package org.cyberpolicy.quiz.account.throttle;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.account.Registration;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The application's one {@link LoginThrottle}, fed with normalised names and the request's address. The address is
 * the peer's, or the client's as a trusted proxy forwards it when {@code quarkus.http.proxy.proxy-address-forwarding}
 * is on.
 */
@ApplicationScoped
public class LoginGuard {

    /** Where a refusal is left on the request, for the response to explain it. */
    public static final String REFUSAL = LoginGuard.class.getName() + ".refusal";

    private final boolean enabled;
    private final LoginThrottle throttle;

    LoginGuard(LoginThrottleConfig config, LoginClock clock) {
        this.enabled = config.throttle();
        this.throttle = new LoginThrottle(config.rules(), clock::now);
    }

    /** The refusal of a sign-in as this name from this request, if it must wait; also left on the request. */
    public Optional<SignInRefusal> refusal(String username, RoutingContext request) {
        if (!enabled) {
            return Optional.empty();
        }
        Optional<SignInRefusal> refusal = throttle.refusal(Registration.normalizeUsername(username), address(request));
        refusal.ifPresent(r -> {
            if (request != null) {
                request.put(REFUSAL, r);
            }
        });
        return refusal;
    }

    public void failed(String username, RoutingContext request) {
        if (enabled) {
            throttle.failed(Registration.normalizeUsername(username), address(request));
        }
    }

    public void succeeded(String username) {
        if (enabled) {
            throttle.succeeded(Registration.normalizeUsername(username));
        }
    }

    static String address(RoutingContext request) {
        SocketAddress peer = request == null ? null : request.request().remoteAddress();
        return peer == null || peer.hostAddress() == null ? "unknown" : peer.hostAddress();
    }
}
