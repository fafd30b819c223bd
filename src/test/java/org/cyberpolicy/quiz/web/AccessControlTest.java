package org.cyberpolicy.quiz.web;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.PASSWORD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.SESSION_COOKIE;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.uniqueUsername;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.cyberpolicy.quiz.testing.AccountsOverHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Who gets in where: scripts use HTTP Basic on {@code /api} and get a Basic challenge, browsers use the session
 * cookie everywhere and are sent to the sign-in page.
 */
@QuarkusTest
class AccessControlTest {

    @Test
    void anAnonymousApiRequestGets401WithABasicChallengeNotARedirect() {
        given().redirects().follow(false)
                .when().get("/api/me")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic realm="))
                .header("Location", nullValue());
    }

    @Test
    void wrongBasicCredentialsOnTheApiGet401() {
        String name = uniqueUsername("basic");
        AccountsOverHttp.register(name, "Basic User");

        given().redirects().follow(false).auth().preemptive().basic(name, "not the password")
                .when().get("/api/me")
                .then().statusCode(401);
    }

    @Test
    void basicCredentialsShowTheCallersAccount() {
        String name = uniqueUsername("basic");
        AccountsOverHttp.register(name, "Basic User");

        given().auth().preemptive().basic(name, PASSWORD)
                .when().get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo(name))
                .body("displayName", equalTo("Basic User"))
                .body("role", equalTo("student"))
                .body("studentNumber", nullValue())
                .body("passwordHash", nullValue());
    }

    @Test
    void theBrowsersSessionCookieWorksOnTheApi() {
        String name = uniqueUsername("cookie");
        AccountsOverHttp.register(name, "Cookie User");
        String session = AccountsOverHttp.signIn(name, PASSWORD);

        given().cookie(SESSION_COOKIE, session)
                .when().get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo(name));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/quizzes/indictments-exam", "/attempts/1" })
    void anAnonymousBrowserIsSentToSignInFromPagesThatNeedAnAccount(String page) {
        given().redirects().follow(false)
                .when().get(page)
                .then().statusCode(302)
                .header("Location", endsWith("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/login", "/register", "/css/app.css", "/q/health" })
    void publicPagesNeedNoAccount(String page) {
        given().redirects().follow(false)
                .when().get(page)
                .then().statusCode(200);
    }
}
