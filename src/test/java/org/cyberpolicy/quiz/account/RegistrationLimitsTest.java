package org.cyberpolicy.quiz.account;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_COOKIE;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_FIELD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.uniqueUsername;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.testing.AccountsOverHttp;
import org.cyberpolicy.quiz.testing.LimitsProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * What keeps registration from eating the server: one password hashed at a time here, nobody waiting, and three
 * registrations per address per hour ({@link LimitsProfile}). The tests hold the hashing gate
 * themselves, as a long registration would, and register "from" addresses of their own through
 * {@code X-Forwarded-For}, as a proxy on this machine (trusted by default) would send it.
 */
@QuarkusTest
@TestProfile(LimitsProfile.class)
@Tag("database")
class RegistrationLimitsTest {

    private static final String PASSWORD = AccountsOverHttp.PASSWORD;
    /** Each request "from" its own address, unless a test says otherwise. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    PasswordHashing hashing;

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    private static String anotherAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.7." + (n / 250) + "." + (n % 250 + 1);
    }

    private static RequestSpecification api(String address) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON);
    }

    private static Map<String, String> registration(String username) {
        return Map.of("username", username, "password", PASSWORD, "displayName", "Limits " + username);
    }

    /** Occupies the only hashing place until the test ends, as a slow registration would. */
    private void holdTheHashing() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        Future<String> held = pool.submit(() -> hashing.gate().run(() -> {
            running.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "held";
        }));
        assertTrue(running.await(10, TimeUnit.SECONDS), "could not hold the hashing: " + held);
    }

    @Test
    void whileEveryHashingPlaceIsTakenARegistrationIs503WithRetryAfterAndSavesNothing() throws Exception {
        String name = uniqueUsername("busy");
        holdTheHashing();

        api(anotherAddress()).body(registration(name)).post("/api/register")
                .then().statusCode(503)
                .header("Retry-After", equalTo("1"))
                .contentType(startsWith("application/json"))
                .body("error", startsWith("The app is busy creating other accounts. Nothing was saved; try again"));

        release.countDown();
        api(anotherAddress()).body(registration(name)).post("/api/register").then().statusCode(201);
    }

    @Test
    void aTakenUsernameIsAnsweredAtOnceWithoutHashing() throws Exception {
        String name = uniqueUsername("taken");
        api(anotherAddress()).body(registration(name)).post("/api/register").then().statusCode(201);
        holdTheHashing();

        // Were it hashed first, it would find no place to hash (503).
        api(anotherAddress()).body(registration(name.toUpperCase())).post("/api/register")
                .then().statusCode(409)
                .body("error", equalTo("that username is taken"));
    }

    @Test
    void anInvalidRegistrationIsAnsweredAtOnceWithoutHashing() throws Exception {
        holdTheHashing();

        api(anotherAddress()).body(Map.of("username", "x", "password", PASSWORD, "displayName", "Too Short"))
                .post("/api/register")
                .then().statusCode(400)
                .body("problems", equalTo(java.util.List.of("username must be 3 to 32 characters long")));
    }

    @Test
    void theFourthRegistrationFromOneAddressWithinTheWindowIs429WithRetryAfter() {
        String school = anotherAddress();
        api(school).body(registration(uniqueUsername("class"))).post("/api/register").then().statusCode(201);
        api(school).body(registration(uniqueUsername("class"))).post("/api/register").then().statusCode(201);
        api(school).body(registration(uniqueUsername("class"))).post("/api/register").then().statusCode(201);
        String name = uniqueUsername("class");

        String retryAfter = api(school).body(registration(name)).post("/api/register")
                .then().statusCode(429)
                .contentType(startsWith("application/json"))
                .body("error", startsWith("Too many registrations from your network in a short time. Nothing was"
                        + " saved; try again in about "))
                .extract().header("Retry-After");
        // Three an hour: the next one comes back after twenty minutes.
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds > 19 * 60 && seconds <= 20 * 60, "Retry-After " + retryAfter);
        // Nothing was saved: the name is free for someone elsewhere.
        api(anotherAddress()).body(registration(name)).post("/api/register").then().statusCode(201);
    }

    @Test
    void anAddressMadeUpInFrontOfTheProxysOwnGivesNoFreshAllowance() {
        String school = anotherAddress();
        for (int i = 0; i < 3; i++) {
            // The leftmost entry is whatever the client wrote; the proxy (here, this machine) appends the real one.
            api(anotherAddress() + ", " + school).body(registration(uniqueUsername("forged"))).post("/api/register")
                    .then().statusCode(201);
        }

        api(anotherAddress() + ", " + school).body(registration(uniqueUsername("forged"))).post("/api/register")
                .then().statusCode(429);
    }

    @Test
    void refusedAttemptsCountToo() {
        String school = anotherAddress();
        for (int i = 0; i < 3; i++) {
            api(school).body(Map.of("username", "x", "password", PASSWORD, "displayName", "Typo")).post("/api/register")
                    .then().statusCode(400);
        }

        api(school).body(registration(uniqueUsername("late"))).post("/api/register").then().statusCode(429);
    }

    @Test
    void anotherAddressIsNotHeldBack() {
        String busy = anotherAddress();
        for (int i = 0; i < 4; i++) {
            api(busy).body(registration(uniqueUsername("busy"))).post("/api/register");
        }

        api(anotherAddress()).body(registration(uniqueUsername("elsewhere"))).post("/api/register").then()
                .statusCode(201);
    }

    @Test
    void theRegistrationPageAnswers429OnAPageThatLeadsBackToTheForm() {
        String school = anotherAddress();
        for (int i = 0; i < 3; i++) {
            api(school).body(registration(uniqueUsername("page"))).post("/api/register").then().statusCode(201);
        }
        var page = given().header("X-Forwarded-For", school).get("/register").then().statusCode(200).extract()
                .response();
        AccountsOverHttp.Csrf csrf = AccountsOverHttp.csrfFrom(page);

        given().header("X-Forwarded-For", school).redirects().follow(false)
                .cookie(CSRF_COOKIE, csrf.cookie()).formParam(CSRF_FIELD, csrf.token())
                .formParam("username", uniqueUsername("page")).formParam("displayName", "Page Form")
                .formParam("studentNumber", "").formParam("password", PASSWORD)
                .formParam("passwordConfirm", PASSWORD)
                .post("/register")
                .then().statusCode(429)
                .contentType(startsWith("text/html"))
                .body(containsString("<h1>Too many requests</h1>"))
                .body(containsString("Too many registrations from your network in a short time."))
                .body(containsString("href=\"/register\""));
    }

    @Test
    void theRegistrationPageSaysSoOnAPageOfItsOwn() throws Exception {
        var page = given().header("X-Forwarded-For", anotherAddress()).get("/register").then().statusCode(200)
                .extract().response();
        AccountsOverHttp.Csrf csrf = AccountsOverHttp.csrfFrom(page);
        holdTheHashing();

        given().header("X-Forwarded-For", anotherAddress()).redirects().follow(false)
                .cookie(CSRF_COOKIE, csrf.cookie()).formParam(CSRF_FIELD, csrf.token())
                .formParam("username", uniqueUsername("busy")).formParam("displayName", "Busy Form")
                .formParam("studentNumber", "").formParam("password", PASSWORD)
                .formParam("passwordConfirm", PASSWORD)
                .post("/register")
                .then().statusCode(503)
                .header("Retry-After", equalTo("1"))
                .contentType(startsWith("text/html"))
                .body(containsString("The app is busy creating other accounts."))
                .body(containsString("href=\"/register\""));
    }
}
