package org.cyberpolicy.quiz.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Registration with small limits, behind a trusted proxy so that tests can register "from" several addresses
 * ({@code X-Forwarded-For}): one password hashed at a time with nobody waiting, and three registrations per address
 * per hour (so that no token comes back while a test runs).
 */
public class RegistrationLimitsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quiz.registration.concurrent-hashes", "1",
                "quiz.registration.hash-queue", "0",
                "quiz.registration.hash-wait", "0S",
                "quiz.registration.per-address", "3",
                "quiz.registration.per-address-window", "1H");
    }
}
