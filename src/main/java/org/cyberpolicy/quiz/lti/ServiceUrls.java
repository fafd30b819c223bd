package org.cyberpolicy.quiz.lti;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The addresses of a platform's services that a launch names (AGS line items, NRPS memberships): taken only when
 * absolute {@code https} with a host, no user information and no fragment ({@code http} only on a loopback address,
 * as {@link PlatformSpec} accepts for tests), and at most 1000 characters; anything else is ignored.
 */
final class ServiceUrls {

    private ServiceUrls() {
    }

    /**
     * Whether {@code other} is on the same scheme, host and port as {@code service}: a platform's bearer token is sent
     * to addresses a service answers (a roster's next page, a line item the platform made) only when they are.
     */
    static boolean sameOrigin(URI service, URI other) {
        return service.getScheme() != null && service.getScheme().equalsIgnoreCase(other.getScheme())
                && service.getHost() != null && service.getHost().equalsIgnoreCase(other.getHost())
                && service.getPort() == other.getPort();
    }

    static Optional<String> acceptable(Object value) {
        if (!(value instanceof String text) || text.isBlank() || text.strip().length() > PlatformSpec.MAX_URL) {
            return Optional.empty();
        }
        String url = text.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null
                    || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            if (scheme.equals("https") || (scheme.equals("http") && PlatformSpec.isLoopback(uri.getHost()))) {
                return Optional.of(url);
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
