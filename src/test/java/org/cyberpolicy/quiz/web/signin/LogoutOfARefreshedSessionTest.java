package org.cyberpolicy.quiz.web.signin;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_COOKIE;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_FIELD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.SESSION_COOKIE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cyberpolicy.quiz.testing.AccountsOverHttp.Csrf;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A session older than {@code quarkus.http.auth.form.new-cookie-interval} (a minute by default: most sessions) has its
 * cookie renewed on every request, the sign-out request included. Signing out must still end with the cookie cleared,
 * not renewed.
 */
@QuarkusTest
@TestProfile(LogoutOfARefreshedSessionTest.QuickRenewal.class)
class LogoutOfARefreshedSessionTest {

    public static class QuickRenewal implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.auth.form.new-cookie-interval", "PT1S");
        }
    }

    @Test
    void signingOutClearsTheCookieEvenWhenTheSessionIsDueForRenewal() throws InterruptedException {
        String[] session = new String[1];
        Csrf csrf = LogoutTest.signedInPage(session);
        Thread.sleep(2_000);

        Response response = given().redirects().follow(false)
                .cookie(SESSION_COOKIE, session[0]).cookie(CSRF_COOKIE, csrf.cookie())
                .formParam(CSRF_FIELD, csrf.token())
                .when().post("/logout")
                .then().statusCode(303)
                .extract().response();

        List<String> headers = LogoutTest.sessionCookieHeaders(response);
        assertEquals(1, headers.size(), headers.toString());
        assertTrue(headers.get(0).contains("Max-Age=0"), headers.get(0));
    }
}
