package org.cyberpolicy.quiz.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The app behind a trusted proxy: Quarkus believes {@code X-Forwarded-Proto} and {@code X-Forwarded-For}, so that
 * tests can send requests "over HTTPS"; and the sign-in throttle, which trusts a proxy on the loopback address (where
 * the tests connect from), counts each request from the rightmost address of {@code X-Forwarded-For}, so that tests
 * can sign in "from" several addresses. One address may fail 8 sign-ins, all names together, before it waits: above
 * the 5 of a name at one address, so that tests can reach both.
 */
public class TrustedProxyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quiz.login.address-failures-before-delay", "8");
    }
}
