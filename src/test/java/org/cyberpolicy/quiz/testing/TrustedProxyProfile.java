package org.cyberpolicy.quiz.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The app behind a trusted proxy: it believes {@code X-Forwarded-Proto} and {@code X-Forwarded-For}, so that tests
 * can send requests "over HTTPS" and "from" several addresses. One address may fail 3 sign-ins before it waits.
 */
public class TrustedProxyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quiz.login.address-failures-before-delay", "3");
    }
}
