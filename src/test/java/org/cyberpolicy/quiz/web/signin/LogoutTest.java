package org.cyberpolicy.quiz.web.signin;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_COOKIE;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_FIELD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.PASSWORD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.SESSION_COOKIE;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.uniqueUsername;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cyberpolicy.quiz.testing.AccountsOverHttp;
import org.cyberpolicy.quiz.testing.AccountsOverHttp.Csrf;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Signing out with the layout's button: the session cookie goes, and only a form of this site can do it. */
@QuarkusTest
class LogoutTest {

    /** Signs a new student in and returns the session cookie with the sign-out form's CSRF token. */
    static Csrf signedInPage(String[] session) {
        String name = uniqueUsername("logout");
        AccountsOverHttp.register(name, "Leaving Soon");
        session[0] = AccountsOverHttp.signIn(name, PASSWORD);
        return AccountsOverHttp.csrfFrom(
                given().cookie(SESSION_COOKIE, session[0]).when().get("/").then().statusCode(200).extract().response());
    }

    /** The Set-Cookie headers a response sends for the session cookie. */
    static List<String> sessionCookieHeaders(Response response) {
        return response.headers().getValues("Set-Cookie").stream().filter(h -> h.startsWith(SESSION_COOKIE + "="))
                .toList();
    }

    @Test
    void signingOutClearsTheSessionCookieAndGoesHome() {
        String[] session = new String[1];
        Csrf csrf = signedInPage(session);

        Response response = given().redirects().follow(false)
                .cookie(SESSION_COOKIE, session[0]).cookie(CSRF_COOKIE, csrf.cookie())
                .formParam(CSRF_FIELD, csrf.token())
                .when().post("/logout")
                .then().statusCode(303)
                .header("Location", endsWith("/"))
                .extract().response();

        List<String> cleared = sessionCookieHeaders(response);
        assertEquals(1, cleared.size(), cleared.toString());
        assertTrue(cleared.get(0).startsWith(SESSION_COOKIE + "=;"), cleared.get(0));
        assertTrue(cleared.get(0).contains("Max-Age=0"), cleared.get(0));
        assertTrue(cleared.get(0).contains("Path=/"), cleared.get(0));
    }

    @Test
    void signingOutWithoutTheCsrfTokenIsRefused() {
        String[] session = new String[1];
        signedInPage(session);

        Response response = given().redirects().follow(false)
                .cookie(SESSION_COOKIE, session[0])
                .formParam("anything", "else")
                .when().post("/logout")
                .then().statusCode(400)
                .extract().response();

        assertEquals(List.of(), sessionCookieHeaders(response).stream().filter(h -> h.contains("Max-Age=0")).toList());
    }
}
