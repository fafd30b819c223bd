package org.cyberpolicy.quiz.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The network address a request comes from: the peer's, or the client's as a trusted proxy forwards it when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on (Quarkus then puts it in the request's remote address).
 */
public final class NetworkAddress {

    private NetworkAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress peer = request == null ? null : request.remoteAddress();
        return peer == null || peer.hostAddress() == null ? "unknown" : peer.hostAddress();
    }
}
