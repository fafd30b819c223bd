package org.cyberpolicy.quiz.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.testing.AtOnce;
import org.cyberpolicy.quiz.testing.MovableLoginClock;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Repeated failed sign-ins are slowed down, on the form and on HTTP Basic alike, with the default rules: after 5
 * failures for a name, 1 second, then 2, 4... Each test uses its own names; the clock moves instead of the tests
 * sleeping, and afterwards past the throttle's memory, so that no other test meets these failures.
 */
@QuarkusTest
class SignInThrottleTest {

    @Inject
    MovableLoginClock clock;

    @AfterEach
    void forgetTheseFailures() {
        clock.advance(Duration.ofMinutes(16));
    }

    private static Response formSignIn(String username, String password) {
        return given().redirects().follow(false).formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
    }

    private static Response basic(String username, String password) {
        return given().auth().preemptive().basic(username, password).get("/api/me");
    }

    private static void failOnTheForm(String username, int times) {
        for (int i = 0; i < times; i++) {
            formSignIn(username, "not the password").then().statusCode(302)
                    .header("Location", endsWith("/login?error=true"));
        }
    }

    private static void failWithBasic(String username, int times) {
        for (int i = 0; i < times; i++) {
            basic(username, "not the password").then().statusCode(401);
        }
    }

    @Test
    void afterFiveFailedFormSignInsEvenTheRightPasswordIsRefusedForASecond() {
        String student = TestAccounts.student();
        failOnTheForm(student, 5);

        Response refused = formSignIn(student, TestAccounts.PASSWORD);
        refused.then().statusCode(302).header("Location", endsWith("/login?wait=1"));
        assertNull(refused.cookie("quarkus-credential"), "a refused sign-in gets no session");

        clock.advance(Duration.ofSeconds(1));
        formSignIn(student, TestAccounts.PASSWORD).then().statusCode(302).header("Location", endsWith("/"))
                .cookie("quarkus-credential");
    }

    @Test
    void theSignInPageSaysHowLongToWait() {
        given().get("/login?wait=4").then().statusCode(200)
                .body(containsString("Too many failed sign-ins for this name; try again in about 4 seconds."))
                .body(containsString("aria-describedby=\"login-error\""));
    }

    @Test
    void theSignInPageIgnoresANonsenseWait() {
        given().get("/login?wait=-3").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("Too many failed")));
        given().get("/login?wait=99999999999999999999").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("Too many failed")));
    }

    @Test
    void aSuccessfulSignInClearsTheNamesFailures() {
        String student = TestAccounts.student();
        failOnTheForm(student, 4);
        formSignIn(student, TestAccounts.PASSWORD).then().statusCode(302).header("Location", endsWith("/"));
        failOnTheForm(student, 4);
        formSignIn(student, TestAccounts.PASSWORD).then().statusCode(302).header("Location", endsWith("/"));
    }

    @Test
    void afterFiveFailuresWithBasicTheApiAnswers429WithRetryAfterEvenForTheRightPassword() {
        String student = TestAccounts.student();
        failWithBasic(student, 5);

        basic(student, TestAccounts.PASSWORD).then().statusCode(429)
                .header("Retry-After", "1")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body("error", equalTo("Too many failed sign-ins for this name; try again in about 1 second."));

        clock.advance(Duration.ofSeconds(1));
        basic(student, TestAccounts.PASSWORD).then().statusCode(200).body("username", equalTo(student));
    }

    @Test
    void manySignInsAtOnceWithTheRightPasswordAreAllLetIn() throws Exception {
        String student = TestAccounts.student();
        List<Integer> statuses = AtOnce.send(24,
                () -> basic(student, TestAccounts.PASSWORD).statusCode());
        assertEquals(List.of(200), statuses.stream().distinct().toList(), "statuses: " + statuses);
    }

    @Test
    void theWaitDoublesWithEachFurtherFailure() {
        String student = TestAccounts.student();
        failWithBasic(student, 5);
        clock.advance(Duration.ofSeconds(1));
        failWithBasic(student, 1);
        basic(student, TestAccounts.PASSWORD).then().statusCode(429).header("Retry-After", "2");
        clock.advance(Duration.ofSeconds(2));
        failWithBasic(student, 1);
        basic(student, TestAccounts.PASSWORD).then().statusCode(429).header("Retry-After", "4");
    }

    @Test
    void failuresOnTheFormAndWithBasicCountTogetherInAnyCase() {
        String student = TestAccounts.student();
        failOnTheForm(student.toUpperCase(), 3);
        failWithBasic(student, 2);
        formSignIn(student, TestAccounts.PASSWORD).then().statusCode(302).header("Location", endsWith("/login?wait=1"));
        basic(student.toUpperCase(), TestAccounts.PASSWORD).then().statusCode(429);
    }

    @Test
    void anUnknownNameIsThrottledExactlyLikeAKnownOne() {
        String known = TestAccounts.student();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        failWithBasic(known, 5);
        failWithBasic(unknown, 5);

        Response forKnown = basic(known, "not the password");
        Response forUnknown = basic(unknown, "not the password");
        assertEquals(429, forKnown.statusCode());
        assertEquals(forKnown.statusCode(), forUnknown.statusCode());
        assertEquals(forKnown.header("Retry-After"), forUnknown.header("Retry-After"));
        assertEquals(forKnown.asString(), forUnknown.asString());

        failOnTheForm(unknown + "-form", 5);
        formSignIn(unknown + "-form", "anything").then().statusCode(302).header("Location", endsWith("/login?wait=1"));
    }
}
