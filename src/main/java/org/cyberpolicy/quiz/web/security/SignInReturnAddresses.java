package org.cyberpolicy.quiz.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Where a sign-in goes next: back to the page that sent the browser to sign in, which Quarkus keeps in the cookie
 * {@code quarkus-redirect-location}, or the landing page ({@code /}).
 * <p>
 * Quarkus reads that cookie after the password was checked and the session started, and trusts it too much: a value
 * that is no URI ({@code %%%bad}) fails the sign-in with a 500 and an ERROR with a stack trace, and one naming another
 * site gets a 401 and two ERRORs. Anyone can send such a cookie (a script, or another site through a sibling domain),
 * so it must cost nothing but a sign-in that lands on the front page. This filter looks at the cookie before Quarkus
 * does, on the sign-in post only (the one request that reads it), and removes from the request any value that is not
 * an address of this site as Quarkus itself stores it ({@code scheme://host:port/path}, with the request's own scheme
 * and host, and a path no longer than the app accepts: {@code web/errors/OversizedHeads}), and tells the browser to
 * forget it. Quarkus then finds no cookie and sends the browser to the landing page; it never redirects off-site.
 */
@ApplicationScoped
public class SignInReturnAddresses {

    /** Before authentication, where Quarkus reads the cookie; after the refusal of posts from other sites. */
    static final int PRIORITY = CrossSiteRequests.PRIORITY - 5;

    private final String signInPost;
    private final String cookieName;
    private final String cookiePath;
    private final int maxAddressLength;

    SignInReturnAddresses(
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
            String signInPost,
            @ConfigProperty(name = "quarkus.http.auth.form.location-cookie", defaultValue = "quarkus-redirect-location")
            String cookieName,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-path", defaultValue = "/") String cookiePath,
            @ConfigProperty(name = "quiz.http.max-address-length", defaultValue = "4096") int maxAddressLength) {
        this.signInPost = signInPost.startsWith("/") ? signInPost : "/" + signInPost;
        this.cookieName = cookieName;
        this.cookiePath = cookiePath;
        this.maxAddressLength = maxAddressLength;
    }

    void register(@Observes Filters filters) {
        filters.register(this::onRequest, PRIORITY);
    }

    private void onRequest(RoutingContext context) {
        if (context.request().method() == HttpMethod.POST && signInPost.equals(context.normalizedPath())) {
            dropUnlessOurs(context);
        }
        context.next();
    }

    private void dropUnlessOurs(RoutingContext context) {
        MultiMap headers = context.request().headers();
        List<String> kept = new ArrayList<>();
        boolean dropped = false;
        // Filtering the header itself rather than Vert.x's parsed cookies: Quarkus parses it afterwards, and a cookie
        // removed through the response's cookie jar would still be found there, emptied, which Quarkus refuses too.
        for (String header : headers.getAll("Cookie")) {
            StringBuilder rest = new StringBuilder();
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                String name = (equals < 0 ? pair : pair.substring(0, equals)).strip();
                if (name.equals(cookieName) && !isOurs(equals < 0 ? "" : unquoted(pair.substring(equals + 1)
                        .strip()), context.request().absoluteURI())) {
                    dropped = true;
                    continue;
                }
                if (!pair.isBlank()) {
                    rest.append(rest.isEmpty() ? "" : "; ").append(pair.strip());
                }
            }
            if (!rest.isEmpty()) {
                kept.add(rest.toString());
            }
        }
        if (dropped) {
            headers.remove("Cookie");
            kept.forEach(header -> headers.add("Cookie", header));
            context.response().headers().add("Set-Cookie", cookieName + "=; Path=" + cookiePath
                    + "; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax");
        }
    }

    /** Whether {@code location} is an address of this site, as Quarkus stores it: the only kind it may go back to. */
    boolean isOurs(String location, String requestUri) {
        if (location.isEmpty() || requestUri == null || location.length() > 2 * maxAddressLength) {
            return false;
        }
        try {
            URI there = new URI(location);
            URI here = new URI(requestUri);
            String path = there.getRawPath();
            int pathAndQuery = (path == null ? 0 : path.length())
                    + (there.getRawQuery() == null ? 0 : there.getRawQuery().length() + 1);
            return there.isAbsolute() && !there.isOpaque() && Objects.equals(there.getScheme(), here.getScheme())
                    && there.getRawAuthority() != null && there.getRawAuthority().equals(here.getRawAuthority())
                    && path != null && path.startsWith("/") && pathAndQuery <= maxAddressLength;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
