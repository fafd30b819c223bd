package org.cyberpolicy.quiz.web.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cyberpolicy.quiz.web.errors.Errors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Every request that changes something (POST, PUT, PATCH, DELETE) must prove that it comes from our own pages or from
 * a script, before anyone is signed in or anything is read:
 * <ul>
 * <li>a browser says where a request comes from: an {@code Origin} other than the app's own, or a
 * {@code Sec-Fetch-Site} other than {@code same-origin}, is refused with 403 (a page of another site, or of another
 * port of the same host, which browsers count as the same site and send cookies to). This covers the sign-in form's
 * post too, where another site's page could otherwise sign its visitor in to the attacker's account (login CSRF);</li>
 * <li>under {@code /api} the body must be declared JSON ({@code application/json}), even when it is empty: a browser
 * cannot send that across sites without asking first (CORS), which this app never allows, so a form of another site
 * cannot reach the API with the credentials the browser keeps (415 otherwise);</li>
 * <li>elsewhere a form must be a form ({@code application/x-www-form-urlencoded} or {@code multipart/form-data}), so
 * that quarkus-rest-csrf checks its token (415 otherwise).</li>
 * </ul>
 * Scripts (curl and the like) send neither {@code Origin} nor {@code Sec-Fetch-Site} and are judged by their content
 * type alone. The two addresses of an LTI launch, {@code POST /lti/login} and {@code POST /lti/launch}, are the one
 * exception to the Origin check: a learning platform posts them from its own site by design, and what proves them is
 * not where they come from but the platform's signed token, used once and (for a launch that signs someone in) bound
 * to a login of the same browser ({@code web.lti.LtiRoutes}; docs/security.md, "LTI launches"). They must still be
 * forms. The deep linking picker's forms ({@code /lti/deep-links/...}) are not exempt: they come from our own page in
 * the platform's frame, and {@code web.lti.DeepLinkPage} further requires them to prove it ({@link #isSameOrigin}).
 * Quarkus's own endpoints under {@code /q/} (health, OpenAPI, the dev tools) are left to Quarkus.
 */
@ApplicationScoped
public class CrossSiteRequests {

    /** After the security headers and the body limit, before CORS and authentication. */
    static final int PRIORITY = SecurityHandlerPriorities.CORS + 80;

    private static final Set<HttpMethod> CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final String FOREIGN = "This request came from another site";
    /** Posted by learning platforms from their own sites (LTI 1.3), and proven otherwise: exactly these paths. */
    private static final Set<String> POSTED_BY_PLATFORMS = Set.of("/lti/login", "/lti/launch");

    private final Errors errors;
    private final String signInPost;

    CrossSiteRequests(Errors errors,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
            String signInPost) {
        this.errors = errors;
        this.signInPost = signInPost.startsWith("/") ? signInPost : "/" + signInPost;
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

    /** The one address under /api that takes a body other than JSON: text/csv. */
    static final String ROSTER = "/api/instructor/roster";

    private Optional<String> refusal(RoutingContext context) {
        String origin = context.request().getHeader("Origin");
        boolean fromPlatform = context.request().method() == HttpMethod.POST
                && POSTED_BY_PLATFORMS.contains(context.normalizedPath());
        if (!fromPlatform && RequestOrigin.isForeign(origin, context.request().getHeader("Sec-Fetch-Site"),
                context.request().getHeader("Host"), "https".equalsIgnoreCase(context.request().scheme()))) {
            String from = origin == null || origin.isBlank() ? "" : " (" + shortened(origin) + ")";
            return Optional.of(signInPost.equals(context.normalizedPath())
                    ? FOREIGN + from + ", so it was refused and nobody was signed in. To sign in, open this site's"
                            + " own sign-in page."
                    : FOREIGN + from + ", so it was refused. Use the app's own pages.");
        }
        String type = mediaType(context.request().getHeader("Content-Type"));
        if (Errors.isApi(context.normalizedPath())) {
            // The roster import's body is CSV (docs/people.md): like JSON, text/csv is not a type another site can
            // send with the browser's credentials without a CORS preflight, which this app does not allow.
            boolean roster = ROSTER.equals(context.normalizedPath()) && type.equals("text/csv");
            if (!roster && !type.equals("application/json")
                    && !(type.startsWith("application/") && type.endsWith("+json"))) {
                return Optional.of("The request body must be JSON (Content-Type: application/json), even when it is"
                        + " empty" + (type.isEmpty() ? "." : ", not " + shortened(type) + "."));
            }
        } else if (!type.equals("application/x-www-form-urlencoded") && !type.equals("multipart/form-data")) {
            return Optional.of("This address takes the forms of the app's own pages only.");
        }
        return Optional.empty();
    }

    /**
     * Whether the browser says outright that this request comes from a page of the app's own origin: a
     * {@code Sec-Fetch-Site: same-origin}, or an {@code Origin} naming the app's own host and port (and neither saying
     * otherwise). A request that says nothing (a script) is not.
     */
    public static boolean isSameOrigin(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        String site = request.getHeader("Sec-Fetch-Site");
        if (RequestOrigin.isForeign(origin, site, request.getHeader("Host"),
                "https".equalsIgnoreCase(request.scheme()))) {
            return false;
        }
        return (site != null && site.trim().equalsIgnoreCase("same-origin")) || (origin != null && !origin.isBlank());
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
