package org.cyberpolicy.quiz.web.security;

import java.util.Locale;

/**
 * Where a browser says a request comes from, judged against the {@code Host} it was sent to: by host and port, not
 * scheme, because a proxy that ends TLS keeps the browser's {@code Host} while the app itself sees plain HTTP.
 */
final class RequestOrigin {

    private RequestOrigin() {
    }

    /**
     * True when the request comes from another site's page, or from another origin of this site (a sibling sub-domain, a
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
