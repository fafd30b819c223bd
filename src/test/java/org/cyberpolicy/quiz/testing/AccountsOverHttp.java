package org.cyberpolicy.quiz.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** What the web tests do over and over: make unique accounts, sign in with the form, pick up a page's CSRF token. */
public final class AccountsOverHttp {

    public static final String SESSION_COOKIE = "quarkus-credential";
    public static final String CSRF_COOKIE = "csrf-token";
    public static final String CSRF_FIELD = "csrf-token";
    public static final String PASSWORD = "a long enough password";
    /** {@code %test.quiz.instructor.password} in application.properties. */
    public static final String INSTRUCTOR_PASSWORD = "test-instructor-password";

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private AccountsOverHttp() {
    }

    /** The test database is shared by every test class of a run, so each test makes its own names. */
    public static String uniqueUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static void register(String username, String displayName) {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "displayName", displayName))
                .when().post("/api/register")
                .then().statusCode(201);
    }

    /** Signs in through the form and returns the session cookie's value. */
    public static String signIn(String username, String password) {
        Response response = given().redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", password)
                .when().post("/j_security_check");
        String cookie = response.getCookie(SESSION_COOKIE);
        if (response.statusCode() != 302 || cookie == null) {
            throw new AssertionError("sign-in as " + username + " failed: " + response.statusCode());
        }
        return cookie;
    }

    /** A form's CSRF token, as a browser holds it: in the page's hidden field and in the cookie beside it. */
    public record Csrf(String token, String cookie) {
    }

    public static Csrf csrfFrom(Response page) {
        Matcher field = CSRF_INPUT.matcher(page.asString());
        if (!field.find()) {
            throw new AssertionError("no CSRF field in the page:\n" + page.asString());
        }
        String cookie = page.getCookie(CSRF_COOKIE);
        return new Csrf(field.group(1), cookie);
    }
}
