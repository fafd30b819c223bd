package org.cyberpolicy.quiz.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cyberpolicy.quiz.web.errors.Errors;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;

/**
 * Every request that changes something (POST, PUT, PATCH, DELETE) must prove that it comes from our own pages or from
 * a script, before anyone is signed in or anything is read:
 * <ul>
 * <li>a browser says where a request comes from: an {@code Origin} other than the app's own, or a
 * {@code Sec-Fetch-Site} other than {@code same-origin}, is refused with 403 (a page of another site, or of another
 * port of the same host, which browsers count as the same site and send cookies to);</li>
 * <li>under {@code /api} the body must be declared JSON ({@code application/json}), even when it is empty: a browser
 * cannot send that across sites without asking first (CORS), which this app never allows, so a form of another site
 * cannot reach the API with the credentials the browser keeps (415 otherwise);</li>
 * <li>elsewhere a form must be a form ({@code application/x-www-form-urlencoded} or {@code multipart/form-data}), so
 * that quarkus-rest-csrf checks its token (415 otherwise).</li>
 * </ul>
 * Scripts (curl and the like) send neither {@code Origin} nor {@code Sec-Fetch-Site} and are judged by their content
 * type alone. Quarkus's own endpoints under {@code /q/} (health, OpenAPI, the dev tools) are left to Quarkus.
 */
@ApplicationScoped
public class CrossSiteRequests {

    /** After the security headers and the body limit, before CORS and authentication. */
    static final int PRIORITY = SecurityHandlerPriorities.CORS + 80;

    private static final Set<HttpMethod> CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");
    private static final String FOREIGN = "This request came from another site";

    private final Errors errors;

    CrossSiteRequests(Errors errors) {
        this.errors = errors;
    }

    void register(@Observes Filters filters) {
        filters.register(this::onRequest, PRIORITY);
    }

    private void onRequest(RoutingContext context) {
        if (!CHANGING.contains(context.request().method()) || context.normalizedPath().startsWith("/q/")) {
            context.next();
            return;
        }
        Optional<String> refusal = refusal(context);
        if (refusal.isPresent()) {
            boolean foreign = refusal.get().startsWith(FOREIGN);
            errors.send(context, foreign ? 403 : 415, refusal.get());
            return;
        }
        context.next();
    }

    private static Optional<String> refusal(RoutingContext context) {
        String origin = context.request().getHeader("Origin");
        if (origin != null && !sameOrigin(origin, context.request().scheme(), context.request().authority())) {
            return Optional.of(FOREIGN + " (" + shortened(origin) + "), so it was refused. Use the app's own pages.");
        }
        String site = context.request().getHeader("Sec-Fetch-Site");
        if (site != null && !OWN_SITE.contains(site.toLowerCase(Locale.ROOT))) {
            return Optional.of(FOREIGN + ", so it was refused. Use the app's own pages.");
        }
        String type = mediaType(context.request().getHeader("Content-Type"));
        if (Errors.isApi(context.normalizedPath())) {
            if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
                return Optional.of("The request body must be JSON (Content-Type: application/json), even when it is"
                        + " empty" + (type.isEmpty() ? "." : ", not " + shortened(type) + "."));
            }
        } else if (!type.equals("application/x-www-form-urlencoded") && !type.equals("multipart/form-data")) {
            return Optional.of("This address takes the forms of the app's own pages only.");
        }
        return Optional.empty();
    }

    /** Whether {@code origin} is the app's own scheme, host and port, as this request reached it. */
    static boolean sameOrigin(String origin, String scheme, HostAndPort authority) {
        if (authority == null || scheme == null) {
            return false;
        }
        try {
            URI uri = new URI(origin.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;
            }
            return uri.getScheme().equalsIgnoreCase(scheme) && uri.getHost().equalsIgnoreCase(authority.host())
                    && port(uri.getPort(), uri.getScheme()) == port(authority.port(), scheme);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(int port, String scheme) {
        return port > 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static String mediaType(String header) {
        if (header == null) {
            return "";
        }
        int parameters = header.indexOf(';');
        return (parameters < 0 ? header : header.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static String shortened(String value) {
        String printable = value.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 60 ? printable : printable.substring(0, 60) + "…";
    }
}
