package org.cyberpolicy.quiz.account.throttle;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address a request comes from, as every per-address limit counts it (sign-ins, registrations): the connection's
 * peer, or the client that the trusted proxies in front of it name in {@code X-Forwarded-For} ({@link TrustedProxies},
 * {@code quiz.login.trusted-proxies}). Never the address Quarkus's own {@code proxy-address-forwarding} gives, which is
 * the leftmost entry, written by the client: with it, a script could pick a new address for every request.
 */
@ApplicationScoped
public class ClientAddresses {

    private static final Logger LOG = Logger.getLogger(ClientAddresses.class);

    private final TrustedProxies proxies;
    private final AtomicBoolean untrustedProxyReported = new AtomicBoolean();

    ClientAddresses(LoginThrottleConfig config) {
        this.proxies = new TrustedProxies(config.trustedProxies());
    }

    /** The client's address; {@code "unknown"} without a request. */
    public String of(HttpServerRequest request) {
        if (request == null) {
            return TrustedProxies.UNKNOWN;
        }
        // The connection's own peer: with proxy-address-forwarding on, request.remoteAddress() is the leftmost
        // X-Forwarded-For instead, which the client wrote.
        HttpConnection connection = request.connection();
        SocketAddress peer = connection == null ? null : connection.remoteAddress();
        String peerAddress = peer == null ? null : peer.hostAddress();
        List<String> forwardedFor = request.headers().getAll("X-Forwarded-For");
        if (!forwardedFor.isEmpty() && proxies.ignores(peerAddress)
                && untrustedProxyReported.compareAndSet(false, true)) {
            // Once: a proxy left out of the setting makes every client behind it count as the proxy's one address.
            LOG.warnf("A request came with X-Forwarded-For from %s, which quiz.login.trusted-proxies (%s) does not"
                    + " list, so the sign-in throttle and the registration limit count it as coming from %s itself. If"
                    + " that is your reverse proxy or load balancer, add its address or range to"
                    + " quiz.login.trusted-proxies.", peerAddress, proxies, peerAddress);
        }
        return proxies.clientOf(peerAddress, forwardedFor);
    }
}
