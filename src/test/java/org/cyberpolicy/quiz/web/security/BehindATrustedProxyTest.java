package org.cyberpolicy.quiz.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.testing.MovableLoginClock;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.TrustedProxyProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Behind a proxy the app trusts: HSTS over HTTPS, and the sign-in throttle on the client's address as that proxy saw
 * it, the rightmost address of {@code X-Forwarded-For}: whatever a client writes to the left of it is its own
 * invention, which neither frees it from the throttle nor makes someone else wait.
 */
@QuarkusTest
@TestProfile(TrustedProxyProfile.class)
class BehindATrustedProxyTest {

    @Inject
    MovableLoginClock clock;

    @AfterEach
    void forgetTheseFailures() {
        clock.advance(Duration.ofMinutes(16));
    }

    @Test
    void aRequestThatCameOverHttpsGetsHsts() {
        given().header("X-Forwarded-Proto", "https").get("/login").then().statusCode(200)
                .header("Strict-Transport-Security", "max-age=31536000");
    }

    @Test
    void aRequestThatCameOverPlainHttpGetsNoHsts() {
        given().header("X-Forwarded-Proto", "http").get("/login").then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void failuresUnderManyNamesFromOneAddressMakeThatAddressWaitButNoOther() {
        String student = TestAccounts.student();
        spray("203.0.113.9", 8);

        basicFrom("203.0.113.9", student, TestAccounts.PASSWORD).then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("error", startsWith("Too many failed sign-ins from your network; try again in about"));
        basicFrom("198.51.100.20", student, TestAccounts.PASSWORD).then().statusCode(200)
                .body("username", equalTo(student));
    }

    @Test
    void rotatingAForgedLeftmostForwardedAddressDoesNotEscapeTheAddressLimit() {
        String student = TestAccounts.student();
        for (int i = 0; i < 8; i++) {
            basicFrom("10.9.8." + i + ", 203.0.113.30", "guess-" + i, "not the password").then().statusCode(401);
        }

        basicFrom("10.9.8.99, 203.0.113.30", student, TestAccounts.PASSWORD).then().statusCode(429)
                .body("error", startsWith("Too many failed sign-ins from your network"));
    }

    @Test
    void aForgedLeftmostForwardedAddressCannotMakeItsOwnerWait() {
        String student = TestAccounts.student();
        spray("198.51.100.40, 203.0.113.31", 8);

        basicFrom("198.51.100.40", student, TestAccounts.PASSWORD).then().statusCode(200)
                .body("username", equalTo(student));
    }

    @Test
    void aForgedLeftmostForwardedAddressCannotLockANameOutAtItsOwnersAddress() {
        String instructor = TestAccounts.instructor();
        for (int i = 0; i < 5; i++) {
            basicFrom("198.51.100.41, 203.0.113.32", instructor, "not the password").then().statusCode(401);
        }

        basicFrom("198.51.100.41", instructor, TestAccounts.PASSWORD).then().statusCode(200)
                .body("username", equalTo(instructor));
        basicFrom("198.51.100.41, 203.0.113.32", instructor, TestAccounts.PASSWORD).then().statusCode(429);
    }

    /** A request whose proxy says it came from the given X-Forwarded-For. */
    private static Response basicFrom(String forwardedFor, String username, String password) {
        return given().header("X-Forwarded-For", forwardedFor).auth().preemptive().basic(username, password)
                .get("/api/me");
    }

    /** Fails under that many new names from the given X-Forwarded-For. */
    private static void spray(String forwardedFor, int names) {
        for (int i = 0; i < names; i++) {
            basicFrom(forwardedFor, "guess-" + UUID.randomUUID().toString().substring(0, 8), "not the password")
                    .then().statusCode(401);
        }
    }
}
