package org.cyberpolicy.quiz.testing.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * A web site that is not the app, for tests of requests made across sites: one page, served from a host and port of
 * its own. {@code 127.0.0.1} is another site than the app's {@code localhost}; {@code localhost} on another port is
 * the same site to a browser (which sends it the app's cookies) but another origin.
 */
public final class OtherSite implements AutoCloseable {

    private final HttpServer server;
    private final String host;

    private OtherSite(HttpServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /** Serves {@code html} at {@code /} on {@code host} and a free port. */
    public static OtherSite serving(String host, String html) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new OtherSite(server, host);
    }

    public String url() {
        return "http://" + host + ":" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
