package org.cyberpolicy.quiz.web.security;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cyberpolicy.quiz.web.errors.Errors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a sign-in posted from another site's page (login CSRF): such a page could otherwise sign its visitor in to
 * an account of the attacker's, and the attacker would later read whatever the visitor did there. Before
 * authentication, so that nothing is signed in and nothing counted: a post to the form's {@code /j_security_check}
 * that the browser marks as coming from elsewhere gets {@code 403} (through {@link Errors}).
 * <p>
 * What the browser says is judged, not a token: {@code Sec-Fetch-Site} (computed by the browser itself, so a proxy in
 * front cannot confuse it) and {@code Origin}, compared with the {@code Host} the post was sent to. A post carrying
 * neither comes from a client that is not a browser (a script, curl) or from a browser too old to send them: it is
 * let through, since the attack needs a browser, and the browsers that can be led to post across sites send at least
 * {@code Origin}.
 */
@ApplicationScoped
public class SignInOriginCheck {

    /** After the security headers (so the refusal carries them), before the throttle and authentication. */
    static final int PRIORITY = SecurityHeaders.PRIORITY - 10;

    static final String REFUSED = "This sign-in was sent from a page that came from another site, so it was refused"
            + " and nobody was signed in. To sign in, open this site's own sign-in page.";

    private final Errors errors;
    private final String postLocation;

    SignInOriginCheck(Errors errors,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
            String postLocation) {
        this.errors = errors;
        this.postLocation = postLocation.startsWith("/") ? postLocation : "/" + postLocation;
    }

    void register(@Observes Filters filters) {
        filters.register(this::onRequest, PRIORITY);
    }

    private void onRequest(RoutingContext context) {
        if (context.request().method() == HttpMethod.POST && postLocation.equals(context.normalizedPath())
                && isForeign(context.request().getHeader(HttpHeaders.ORIGIN),
                        context.request().getHeader("Sec-Fetch-Site"), context.request().getHeader(HttpHeaders.HOST),
                        "https".equalsIgnoreCase(context.request().scheme()))) {
            errors.send(context, 403, REFUSED);
            return;
        }
        context.next();
    }

    /**
     * True when the post comes from another site's page, or from another origin of this site (a sibling sub-domain, a
     * page on another port): {@code Sec-Fetch-Site} other than {@code same-origin} or {@code none}; or an {@code Origin}
     * that is opaque ({@code null}), unreadable, or names another host or port than {@code host}, the request's
     * {@code Host} header. A {@code Host} without a port means the default port of the origin's scheme (a proxy that
     * ends TLS keeps the browser's {@code Host}, while the app itself sees plain HTTP). Over HTTPS ({@code secure}),
     * an {@code http:} origin is foreign.
     */
    static boolean isForeign(String origin, String secFetchSite, String host, boolean secure) {
        if (secFetchSite != null && !secFetchSite.isBlank()) {
            String site = secFetchSite.trim().toLowerCase(Locale.ROOT);
            if (!site.equals("same-origin") && !site.equals("none")) {
                return true;
            }
        }
        if (origin == null || origin.isBlank()) {
            return false;
        }
        return !sameHostAndPort(origin.trim(), host, secure);
    }

    private static boolean sameHostAndPort(String origin, String host, boolean secure) {
        int separator = origin.indexOf("://");
        if (separator < 0 || host == null) {
            return false;
        }
        String scheme = origin.substring(0, separator).toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || (secure && scheme.equals("http"))) {
            return false;
        }
        int defaultPort = scheme.equals("https") ? 443 : 80;
        Authority from = Authority.parse(origin.substring(separator + 3), defaultPort);
        return from != null && from.equals(Authority.parse(host.trim(), defaultPort));
    }

    /** A host (an IPv6 one in its brackets) and a port, the scheme's default when none is written. */
    private record Authority(String host, int port) {

        /** Null when the port is not a number. */
        static Authority parse(String text, int defaultPort) {
            int colon = text.lastIndexOf(':');
            if (colon < 0 || text.lastIndexOf(']') > colon) {
                return new Authority(text.toLowerCase(Locale.ROOT), defaultPort);
            }
            try {
                return new Authority(text.substring(0, colon).toLowerCase(Locale.ROOT),
                        Integer.parseInt(text.substring(colon + 1)));
            } catch (NumberFormatException notAPort) {
                return null;
            }
        }
    }
}
