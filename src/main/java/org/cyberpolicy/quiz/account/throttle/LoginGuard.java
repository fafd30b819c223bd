package org.cyberpolicy.quiz.account.throttle;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.account.Registration;
import org.jboss.logging.Logger;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The application's one {@link LoginThrottle}, fed with normalised names and the address each request comes from:
 * the connection's peer, or the client that the trusted proxies in front of it name in {@code X-Forwarded-For}
 * ({@link TrustedProxies}, {@code quiz.login.trusted-proxies}). Never the address Quarkus's own
 * {@code proxy-address-forwarding} gives, which is the leftmost entry, written by the client.
 */
@ApplicationScoped
public class LoginGuard {

    private static final Logger LOG = Logger.getLogger(LoginGuard.class);

    private final boolean enabled;
    private final LoginThrottle throttle;
    private final TrustedProxies proxies;
    private final AtomicBoolean untrustedProxyReported = new AtomicBoolean();

    LoginGuard(LoginThrottleConfig config, LoginClock clock) {
        this.enabled = config.throttle();
        this.throttle = new LoginThrottle(config.rules(), clock::now);
        this.proxies = new TrustedProxies(config.trustedProxies());
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
        if (request == null) {
            return TrustedProxies.UNKNOWN;
        }
        // The connection's own peer: with proxy-address-forwarding on, request.remoteAddress() is the leftmost
        // X-Forwarded-For instead, which the client wrote.
        HttpConnection connection = request.request().connection();
        SocketAddress peer = connection == null ? null : connection.remoteAddress();
        String peerAddress = peer == null ? null : peer.hostAddress();
        List<String> forwardedFor = request.request().headers().getAll("X-Forwarded-For");
        if (!forwardedFor.isEmpty() && proxies.ignores(peerAddress)
                && untrustedProxyReported.compareAndSet(false, true)) {
            // Once: a proxy left out of the setting makes every client behind it count as the proxy's one address.
            LOG.warnf("A sign-in came with X-Forwarded-For from %s, which quiz.login.trusted-proxies (%s) does not"
                    + " list, so the sign-in throttle counts it as coming from %s itself. If that is your reverse proxy"
                    + " or load balancer, add its address or range to quiz.login.trusted-proxies.", peerAddress,
                    proxies, peerAddress);
        }
        return proxies.clientOf(peerAddress, forwardedFor);
    }
}
