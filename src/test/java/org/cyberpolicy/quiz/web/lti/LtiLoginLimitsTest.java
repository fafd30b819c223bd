package org.cyberpolicy.quiz.web.lti;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cyberpolicy.quiz.testing.LimitsProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Anonymous login initiations are limited per network address (three an hour in this profile). */
@QuarkusTest
@Tag("database")
@TestProfile(LimitsProfile.class)
class LtiLoginLimitsTest {

    @Test
    void oneAddressGetsItsAllowanceThenWaitsWhileOthersGoOn() {
        String issuer = "https://limits-" + UUID.randomUUID() + ".example.edu";
        as(TestAccounts.instructor()).body(Map.of("issuer", issuer, "clientId", "c", "deploymentIds", List.of("1"),
                "authLoginUrl", issuer + "/auth", "tokenUrl", issuer + "/token", "jwksUrl", issuer + "/jwks"))
                .post("/api/instructor/lti/platforms").then().statusCode(201);
        for (int i = 0; i < 3; i++) {
            login(issuer, "203.0.113.7").then().statusCode(302);
        }
        login(issuer, "203.0.113.7").then().statusCode(429).header("Retry-After", notNullValue())
                .body(containsString("Too many sign-ins from your network"));
        login(issuer, "203.0.113.8").then().statusCode(302);
    }

    private static io.restassured.response.Response login(String issuer, String address) {
        return given().redirects().follow(false).header("X-Forwarded-For", address).queryParam("iss", issuer)
                .queryParam("login_hint", "h").queryParam("target_link_uri", "https://quiz/lti/quizzes/x")
                .get("/lti/login");
    }
}
