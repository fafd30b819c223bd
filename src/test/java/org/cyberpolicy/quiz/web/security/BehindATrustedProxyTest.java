package org.cyberpolicy.quiz.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.testing.MovableLoginClock;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.TrustedProxyProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Behind a proxy the app trusts: HSTS over HTTPS, and the per-address sign-in limit on the client's address. */
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
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "203.0.113.9").auth().preemptive().basic("guess-" + i, "nope")
                    .get("/api/me").then().statusCode(401);
        }

        given().header("X-Forwarded-For", "203.0.113.9").auth().preemptive().basic(student, TestAccounts.PASSWORD)
                .get("/api/me").then().statusCode(429).header("Retry-After", "1")
                .body("error", equalTo("Too many failed sign-ins from your network; try again in about 1 second."));
        given().header("X-Forwarded-For", "198.51.100.20").auth().preemptive().basic(student, TestAccounts.PASSWORD)
                .get("/api/me").then().statusCode(200).body("username", equalTo(student));
    }
}
