package org.cyberpolicy.quiz.lti;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a deep linking request ({@code LtiDeepLinkingRequest}, LTI Deep Linking 2.0 §4.4) asks of the tool, from its
 * {@code deep_linking_settings} claim: where to post the answer ({@code deep_link_return_url}: https, http only on a
 * loopback address), the platform's opaque {@code data} to echo exactly, and whether it takes line items
 * ({@code accept_lineitem}: absent means "maybe", so only an explicit false leaves them out). The platform must
 * accept {@code ltiResourceLink} items, the only kind this tool hands back.
 */
public record DeepLinkSettings(String returnUrl, Optional<String> data, boolean acceptLineItem) {

    public static final String CLAIM = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    public static final String RESOURCE_LINK = "ltiResourceLink";
    static final int MAX_RETURN_URL = 2000;
    static final int MAX_DATA = 4000;

    /**
     * The settings of a request.
     *
     * @param claim the claim's value, null when the token lacks it
     * @throws LaunchRefusal when the claim is missing or unusable
     */
    static DeepLinkSettings from(Object claim) {
        if (!(claim instanceof Map<?, ?> settings)) {
            throw new LaunchRefusal(LaunchProblem.MISSING_CLAIMS, "The deep linking request lacks its settings ("
                    + CLAIM + ").");
        }
        Object returnUrl = settings.get("deep_link_return_url");
        if (!(returnUrl instanceof String url) || url.isBlank()) {
            throw new LaunchRefusal(LaunchProblem.MISSING_CLAIMS, "The deep linking settings lack the address to"
                    + " return to (deep_link_return_url).");
        }
        String problem = returnUrlProblem(url.strip());
        if (problem != null) {
            throw new LaunchRefusal(LaunchProblem.DEEP_LINKING_SETTINGS, problem);
        }
        if (!(settings.get("accept_types") instanceof List<?> types) || !types.contains(RESOURCE_LINK)) {
            throw new LaunchRefusal(LaunchProblem.DEEP_LINKING_SETTINGS, "The platform does not accept LTI resource"
                    + " links (accept_types has no " + RESOURCE_LINK + "), the only thing this tool can add: add"
                    + " the quiz as an external tool activity instead.");
        }
        Object data = settings.get("data");
        if (data != null && !(data instanceof String)) {
            throw new LaunchRefusal(LaunchProblem.DEEP_LINKING_SETTINGS, "The deep linking settings' data is not a"
                    + " string.");
        }
        if (data instanceof String text && text.length() > MAX_DATA) {
            throw new LaunchRefusal(LaunchProblem.DEEP_LINKING_SETTINGS, "The deep linking settings' data is longer"
                    + " than " + MAX_DATA + " characters.");
        }
        boolean acceptLineItem = !Boolean.FALSE.equals(settings.get("accept_lineitem"));
        return new DeepLinkSettings(url.strip(), Optional.ofNullable((String) data), acceptLineItem);
    }

    /** Why the return address cannot be posted to, or null; never quotes it (Moodle's holds a session key). */
    static String returnUrlProblem(String url) {
        if (url.length() > MAX_RETURN_URL) {
            return "The deep linking return address is longer than " + MAX_RETURN_URL + " characters.";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "The deep linking return address (deep_link_return_url) is not an address.";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))
                || uri.getRawUserInfo() != null) {
            return "The deep linking return address (deep_link_return_url) is not an https address.";
        }
        if (scheme.equals("http") && !PlatformSpec.isLoopback(uri.getHost())) {
            return "The deep linking return address (deep_link_return_url) must use https.";
        }
        return null;
    }

    /** The origin (scheme, host, port) of the return address: what the answer page's form may post to. */
    public String returnOrigin() {
        return origin(returnUrl);
    }

    /** The origin of an address this record accepted. */
    public static String origin(String url) {
        // Built from the parsed host and port only: it goes into a Content-Security-Policy header.
        URI uri = URI.create(url);
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
