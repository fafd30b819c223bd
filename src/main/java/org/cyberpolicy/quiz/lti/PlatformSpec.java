package org.cyberpolicy.quiz.lti;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What registers a learning platform: its issuer, the client id it gave the tool, the deployments it may launch from,
 * and its three addresses. The same whether an instructor registers it or the platforms file names it.
 */
public record PlatformSpec(String issuer, String clientId, List<String> deploymentIds, String authLoginUrl,
        String tokenUrl, String jwksUrl) {

    static final int MAX_ID = 255;
    static final int MAX_URL = 1000;

    public PlatformSpec {
        issuer = trimmed(issuer);
        clientId = trimmed(clientId);
        authLoginUrl = trimmed(authLoginUrl);
        tokenUrl = trimmed(tokenUrl);
        jwksUrl = trimmed(jwksUrl);
        deploymentIds = deploymentIds == null ? List.of()
                : deploymentIds.stream().map(id -> id == null ? "" : id.strip()).toList();
    }

    /** Every problem of the registration, each a sentence naming the field; empty when it may be registered. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        address("issuer", issuer, MAX_ID, problems);
        if (clientId.isEmpty()) {
            problems.add("client-id: missing (the client id the platform gave this tool)");
        } else if (clientId.length() > MAX_ID) {
            problems.add("client-id: longer than " + MAX_ID + " characters");
        }
        if (deploymentIds.isEmpty()) {
            problems.add("deployment-ids: missing (at least one deployment id the platform gave this tool)");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String id : deploymentIds) {
            if (id.isEmpty()) {
                problems.add("deployment-ids: an empty deployment id");
            } else if (id.length() > MAX_ID) {
                problems.add("deployment-ids: '" + shortened(id) + "' is longer than " + MAX_ID + " characters");
            } else if (!seen.add(id)) {
                problems.add("deployment-ids: '" + shortened(id) + "' is named twice");
            }
        }
        address("auth-login-url", authLoginUrl, MAX_URL, problems);
        address("token-url", tokenUrl, MAX_URL, problems);
        address("jwks-url", jwksUrl, MAX_URL, problems);
        return problems;
    }

    /**
     * An address the app may trust a platform at: absolute, {@code https}, with a host and no user information or
     * fragment; {@code http} only on a loopback address (a platform on this machine, as in the tests).
     */
    private static void address(String field, String value, int max, List<String> problems) {
        if (value.isEmpty()) {
            problems.add(field + ": missing");
            return;
        }
        if (value.length() > max) {
            problems.add(field + ": longer than " + max + " characters");
            return;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            problems.add(field + ": '" + shortened(value) + "' is not an address");
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            problems.add(field + ": '" + shortened(value) + "' is not an https address");
        } else if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            problems.add(field + ": '" + shortened(value) + "' must have no user name and no #fragment");
        } else if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            problems.add(field + ": '" + shortened(value) + "' must use https (http is only accepted on this"
                    + " machine's loopback addresses)");
        }
    }

    /** A loopback address written as one (127.0.0.0/8, ::1) or {@code localhost}; never a name looked up in DNS. */
    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    private static String shortened(String value) {
        String printable = value.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "…";
    }
}
