package org.cyberpolicy.quiz.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.testing.AtOnce;
import org.cyberpolicy.quiz.testing.MovableLoginClock;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.TrustedProxyProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Nobody locks anyone else out of signing in: failures count per name and address together, so a guesser slows only
 * themselves; a name failing from many addresses still lets its right password in from an address that has not been
 * failing on it; a network address spraying names still lets in the accounts that have signed in from there before.
 * The app sits behind a trusted proxy ({@link TrustedProxyProfile}), so each request says where it comes from in
 * {@code X-Forwarded-For}. Default rules but for the address ceiling of the profile (8 failures).
 */
@QuarkusTest
@TestProfile(TrustedProxyProfile.class)
class SignInThrottleAcrossAddressesTest {

    private static final String GUESSER = "203.0.113.9";
    private static final String CLASSROOM = "198.51.100.20";

    @Inject
    MovableLoginClock clock;

    @AfterEach
    void forgetTheseFailures() {
        clock.advance(Duration.ofMinutes(16));
    }

    private static Response basicFrom(String address, String username, String password) {
        return given().header("X-Forwarded-For", address).auth().preemptive().basic(username, password)
                .get("/api/me");
    }

    private static void failFrom(String address, String username, int times) {
        for (int i = 0; i < times; i++) {
            basicFrom(address, username, "not the password").then().statusCode(401);
        }
    }

    /** A network address of its own for each i: 192.0.2.i. */
    private static String address(int i) {
        return "192.0.2." + i;
    }

    @Test
    void aGuesserAtOneAddressSlowsOnlyThemselvesOnThatName() {
        String instructor = TestAccounts.instructor();
        failFrom(GUESSER, instructor, 5);

        basicFrom(GUESSER, instructor, TestAccounts.PASSWORD).then().statusCode(429).header("Retry-After", "1");
        basicFrom(CLASSROOM, instructor, TestAccounts.PASSWORD).then().statusCode(200)
                .body("username", equalTo(instructor));
    }

    @Test
    void guessesSentAllAtOnceAreCountedLikeGuessesSentOneAfterAnother() throws Exception {
        String instructor = TestAccounts.instructor();
        List<Integer> statuses = AtOnce.send(20,
                () -> basicFrom(GUESSER, instructor, "not the password").statusCode());

        assertEquals(5, statuses.stream().filter(status -> status == 401).count(), "guesses checked: " + statuses);
        assertEquals(15, statuses.stream().filter(status -> status == 429).count(), "guesses refused: " + statuses);
        basicFrom(GUESSER, instructor, TestAccounts.PASSWORD).then().statusCode(429);
        basicFrom(CLASSROOM, instructor, TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void aNameFailingFromManyAddressesStillLetsItsRightPasswordInFromAnAddressThatHasNotFailedOnIt() {
        String instructor = TestAccounts.instructor();
        for (int i = 1; i <= 20; i++) {
            failFrom(address(i), instructor, 1);
        }

        basicFrom(address(1), instructor, TestAccounts.PASSWORD).then().statusCode(429)
                .body("error", equalTo("Too many failed sign-ins for this name; try again in about 1 second."));
        basicFrom(CLASSROOM, instructor, TestAccounts.PASSWORD).then().statusCode(200)
                .body("username", equalTo(instructor));
    }

    @Test
    void aNameFailingFromManyAddressesStillLetsItsRightPasswordInFromWhereItSignedInBefore() {
        String student = TestAccounts.student();
        basicFrom(CLASSROOM, student, TestAccounts.PASSWORD).then().statusCode(200);
        for (int i = 1; i <= 19; i++) {
            failFrom(address(i), student, 1);
        }
        failFrom(CLASSROOM, student, 1); // a typo of their own, at the worst moment

        basicFrom(CLASSROOM, student, TestAccounts.PASSWORD).then().statusCode(200)
                .body("username", equalTo(student));
    }

    @Test
    void aWrongPasswordFromThatWayThroughIsRefusedLikeAnyOtherAttemptOnTheName() {
        String student = TestAccounts.student();
        basicFrom(CLASSROOM, student, TestAccounts.PASSWORD).then().statusCode(200);
        for (int i = 1; i <= 20; i++) {
            failFrom(address(i), student, 1);
        }

        Response fromWhereItSignedIn = basicFrom(CLASSROOM, student, "not the password");
        Response fromAFailingAddress = basicFrom(address(1), student, "not the password");
        assertEquals(429, fromWhereItSignedIn.statusCode());
        assertEquals(fromAFailingAddress.statusCode(), fromWhereItSignedIn.statusCode());
        assertEquals(fromAFailingAddress.asString(), fromWhereItSignedIn.asString());
    }

    @Test
    void anUnknownNameFailingFromManyAddressesIsAnsweredExactlyLikeAKnownOne() {
        String known = TestAccounts.student();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 20; i++) {
            failFrom(address(i), known, 1);
            failFrom(address(i), unknown, 1);
        }

        for (String from : new String[] { address(1), CLASSROOM }) {
            Response forKnown = basicFrom(from, known, "not the password");
            Response forUnknown = basicFrom(from, unknown, "not the password");
            assertEquals(forKnown.statusCode(), forUnknown.statusCode(), "from " + from);
            assertEquals(forKnown.header("Retry-After"), forUnknown.header("Retry-After"), "from " + from);
            assertEquals(forKnown.asString(), forUnknown.asString(), "from " + from);
        }
    }

    @Test
    void anAddressSprayingNamesStillLetsInTheAccountsThatSignedInFromThereBefore() {
        String regular = TestAccounts.student();
        String newcomer = TestAccounts.student();
        basicFrom(CLASSROOM, regular, TestAccounts.PASSWORD).then().statusCode(200);
        for (int i = 0; i < 8; i++) {
            failFrom(CLASSROOM, "guess-" + UUID.randomUUID().toString().substring(0, 8), 1);
        }

        basicFrom(CLASSROOM, regular, TestAccounts.PASSWORD).then().statusCode(200)
                .body("username", equalTo(regular));
        basicFrom(CLASSROOM, newcomer, TestAccounts.PASSWORD).then().statusCode(429)
                .body("error", org.hamcrest.Matchers.startsWith("Too many failed sign-ins from your network"));
        basicFrom(GUESSER, newcomer, TestAccounts.PASSWORD).then().statusCode(200);
    }
}
