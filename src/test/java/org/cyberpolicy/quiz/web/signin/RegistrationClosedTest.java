package org.cyberpolicy.quiz.web.signin;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_COOKIE;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_FIELD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.PASSWORD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.SESSION_COOKIE;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.uniqueUsername;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.cyberpolicy.quiz.testing.AccountsOverHttp;
import org.cyberpolicy.quiz.testing.AccountsOverHttp.Csrf;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With {@code quiz.registration.enabled=false} nobody can create an account, by page or by API. */
@QuarkusTest
@TestProfile(RegistrationClosedTest.Closed.class)
class RegistrationClosedTest {

    public static class Closed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.registration.enabled", "false");
        }
    }

    @Test
    void theRegistrationPageSaysRegistrationIsClosed() {
        given().when().get("/register")
                .then().statusCode(404)
                .body(containsString("<h1>Registration is closed</h1>"))
                .body(not(containsString("name=\"password\"")));
    }

    @Test
    void aFormSubmissionIsRefused() {
        // A valid token (from the sign-out form of a signed-in page), so that the refusal is not the CSRF check's.
        String session = AccountsOverHttp.signIn("instructor", AccountsOverHttp.INSTRUCTOR_PASSWORD);
        Csrf csrf = AccountsOverHttp.csrfFrom(
                given().cookie(SESSION_COOKIE, session).when().get("/").then().statusCode(200).extract().response());
        String name = uniqueUsername("closed");

        given().redirects().follow(false)
                .cookie(CSRF_COOKIE, csrf.cookie()).formParam(CSRF_FIELD, csrf.token())
                .formParam("username", name).formParam("displayName", "Closed")
                .formParam("password", PASSWORD).formParam("passwordConfirm", PASSWORD)
                .when().post("/register")
                .then().statusCode(404)
                .body(containsString("Registration is closed"));
    }

    @Test
    void theApiAnswers403WithAMessage() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", uniqueUsername("closed"), "password", PASSWORD, "displayName", "Closed"))
                .when().post("/api/register")
                .then().statusCode(403)
                .body("error", equalTo("registration is closed"));
    }

    @Test
    void noPageOffersRegistration() {
        given().when().get("/login")
                .then().statusCode(200)
                .body(not(containsString("href=\"/register\"")));
        given().when().get("/")
                .then().statusCode(200)
                .body(not(containsString("href=\"/register\"")));
    }
}
