package org.cyberpolicy.quiz.web.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Puts the security headers on every response: pages, the API, static files, error pages and the redirects of
 * sign-in. The filter runs before everything else, the security checks included (so a redirect to the sign-in page
 * or a 401 carries them too), and sets the headers just before they are written, so that no handler after it can
 * lose them.
 * <p>
 * The pages load scripts and styles from their own origin only and never inline, so the policy forbids everything
 * else. {@code Cache-Control: no-store} goes on everything but the static files: pages and API answers show answers,
 * reviews, results and exports, which must not come back from a shared computer's cache or its back button.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Sent on every response but those of the dev-mode tools (see {@link #hasOwnScripts}). */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'";
    /**
     * A key of the routing context: one origin ({@code https://host[:port]}) that this response's forms may post to
     * besides the app's own. Only the answer of LTI deep linking sets it, to the platform's return address
     * (docs/security.md, "LTI launches"); every other response keeps {@code form-action 'self'}.
     */
    public static final String FORM_ACTION_ORIGIN = "quiz.security.form-action-origin";
    /**
     * A key of the routing context: the origins ({@code https://host[:port]}, a {@code List<String>}) that may frame
     * this response. Only the pages of LTI deep linking set it (the picker, the answer, the refusal of an unknown
     * quiz), to the platform's origins, because Moodle and Canvas show them in a frame of their page
     * (docs/security.md, "LTI launches").
     * Such a response says {@code frame-ancestors} those origins and sends no {@code X-Frame-Options} (which cannot
     * name an origin; {@code frame-ancestors} supersedes it); every other response stays unframeable.
     */
    public static final String FRAME_ANCESTORS = "quiz.security.frame-ancestors";
    private static final java.util.regex.Pattern ORIGIN = java.util.regex.Pattern.compile(
            "https?://[a-z0-9.-]+(:[0-9]{1,5})?|https?://\\[[0-9a-f:.]+\\](:[0-9]{1,5})?");
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** Before CORS (300) and authentication (200): first of all. */
    static final int PRIORITY = SecurityHandlerPriorities.CORS + 100;

    private final SecurityHeadersConfig config;

    SecurityHeaders(SecurityHeadersConfig config) {
        this.config = config;
    }

    void register(@Observes Filters filters) {
        filters.register(this::onRequest, PRIORITY);
    }

    private void onRequest(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> addHeaders(context));
        context.next();
    }

    private void addHeaders(RoutingContext context) {
        MultiMap headers = context.response().headers();
        String path = context.normalizedPath();
        if (!hasOwnScripts(path)) {
            headers.set("Content-Security-Policy", policy(context.get(FORM_ACTION_ORIGIN),
                    context.get(FRAME_ANCESTORS)));
        }
        headers.set("X-Content-Type-Options", "nosniff");
        if (frameAncestors(context.get(FRAME_ANCESTORS)).isEmpty()) {
            headers.set("X-Frame-Options", "DENY");
        } else {
            headers.remove("X-Frame-Options");
        }
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", PERMISSIONS_POLICY);
        if (!isStaticFile(path)) {
            headers.set("Cache-Control", "no-store");
        }
        if (config.hsts() && "https".equalsIgnoreCase(context.request().scheme())) {
            headers.set("Strict-Transport-Security", "max-age=" + config.hstsMaxAge().toSeconds());
        }
        if ("text/html".equalsIgnoreCase(headers.get("Content-Type"))) {
            // Pages answered through a Response object lose the charset; a browser left to guess it may read the
            // page's bytes otherwise than they were escaped for.
            headers.set("Content-Type", "text/html;charset=UTF-8");
        }
    }

    /** The policy, with {@code origin} added to form-action when it is exactly an origin (nothing else can slip in). */
    static String policy(Object origin) {
        return policy(origin, null);
    }

    /**
     * The policy, with {@code formAction} added to form-action, and frame-ancestors made {@code frameAncestors}
     * instead of {@code 'none'}, each only when it is exactly an origin (nothing else can slip in).
     */
    static String policy(Object formAction, Object frameAncestors) {
        String policy = CONTENT_SECURITY_POLICY;
        if (formAction instanceof String text && ORIGIN.matcher(text).matches()) {
            policy = policy.replace("form-action 'self';", "form-action 'self' " + text + ";");
        }
        List<String> framing = frameAncestors(frameAncestors);
        if (!framing.isEmpty()) {
            policy = policy.replace("frame-ancestors 'none';", "frame-ancestors " + String.join(" ", framing) + ";");
        }
        return policy;
    }

    /** The exact origins of a {@link #FRAME_ANCESTORS} value, without repeats; empty for anything else. */
    static List<String> frameAncestors(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(String.class::isInstance).map(String.class::cast)
                .filter(origin -> ORIGIN.matcher(origin).matches()).distinct().toList();
    }

    static boolean isStaticFile(String path) {
        return path != null && (path.startsWith("/css/") || path.startsWith("/js/"));
    }

    /**
     * Swagger UI and the Dev UI exist in dev mode only (Swagger UI is not packaged: quarkus.swagger-ui.always-include
     * is off) and run inline scripts of their own; the policy would break them, so they go without it.
     */
    static boolean hasOwnScripts(String path) {
        return path != null && (path.startsWith("/q/swagger-ui") || path.startsWith("/q/dev-ui")
                || path.startsWith("/q/dev"));
    }
}
