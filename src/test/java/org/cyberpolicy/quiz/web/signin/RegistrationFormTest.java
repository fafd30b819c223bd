package org.cyberpolicy.quiz.web.signin;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_COOKIE;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_FIELD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.PASSWORD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.uniqueUsername;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import org.cyberpolicy.quiz.testing.AccountsOverHttp;
import org.cyberpolicy.quiz.testing.AccountsOverHttp.Csrf;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The registration page: a plain HTML form, protected against cross-site submission. */
@QuarkusTest
class RegistrationFormTest {

    private static Csrf csrf() {
        return AccountsOverHttp.csrfFrom(given().when().get("/register").then().statusCode(200).extract().response());
    }

    /** A form submission as the browser sends it: the page's token in the body, its cookie alongside. */
    private static RequestSpecification submission(Csrf csrf, String username, String password, String confirm) {
        return given().redirects().follow(false)
                .cookie(CSRF_COOKIE, csrf.cookie())
                .formParam(CSRF_FIELD, csrf.token())
                .formParam("username", username)
                .formParam("displayName", "Form Student")
                .formParam("studentNumber", "")
                .formParam("password", password)
                .formParam("passwordConfirm", confirm);
    }

    @Test
    void showsLabelledFieldsWithAutocompleteHintsAndTheCsrfToken() {
        given().when().get("/register")
                .then().statusCode(200)
                .body(containsString("<label for=\"username\">Username</label>"))
                .body(containsString("<label for=\"displayName\">Display name</label>"))
                .body(containsString("<label for=\"password\">Password</label>"))
                .body(containsString("<label for=\"passwordConfirm\">Password again</label>"))
                .body(containsString("autocomplete=\"username\""))
                .body(containsString("autocomplete=\"new-password\""))
                .body(containsString("aria-describedby=\"username-hint\""))
                .body(containsString("<input type=\"hidden\" name=\"csrf-token\" value=\""));
    }

    @Test
    void aSubmissionWithoutTheCsrfTokenIsRefused() {
        String name = uniqueUsername("form");

        given().redirects().follow(false)
                .formParam("username", name).formParam("displayName", "No Token")
                .formParam("password", PASSWORD).formParam("passwordConfirm", PASSWORD)
                .when().post("/register")
                .then().statusCode(400);

        // Nothing was created: the name is still free.
        AccountsOverHttp.register(name, "Later");
    }

    @Test
    void aSubmissionWithATokenThatDoesNotMatchItsCookieIsRefused() {
        Csrf csrf = csrf();
        // A different first character, whatever the token starts with (one token in 64 starts with "A").
        char other = csrf.token().charAt(0) == 'A' ? 'B' : 'A';
        Csrf forged = new Csrf(other + csrf.token().substring(1), csrf.cookie());

        submission(forged, uniqueUsername("form"), PASSWORD, PASSWORD)
                .when().post("/register")
                .then().statusCode(400);
    }

    @Test
    void aValidSubmissionRedirectsToSignInWhichSaysTheAccountWasCreated() {
        submission(csrf(), uniqueUsername("form"), PASSWORD, PASSWORD)
                .when().post("/register")
                .then().statusCode(303)
                .header("Location", endsWith("/login?registered=true"));

        given().when().get("/login?registered=true")
                .then().statusCode(200)
                .body(containsString("Account created, please sign in"));
    }

    @Test
    void theNewAccountCanSignIn() {
        String name = uniqueUsername("form");
        submission(csrf(), name, PASSWORD, PASSWORD).when().post("/register").then().statusCode(303);

        AccountsOverHttp.signIn(name, PASSWORD);
    }

    @Test
    void problemsAreShownWithTheEnteredValuesButNeverThePassword() {
        String typedPassword = "mismatched-secret-1";

        submission(csrf(), "Bad Name!", typedPassword, "mismatched-secret-2")
                .when().post("/register")
                .then().statusCode(400)
                .body(containsString("<div class=\"error-summary\" role=\"alert\""))
                .body(containsString("username may contain only letters a-z, digits 0-9"))
                .body(containsString("the two passwords do not match"))
                .body(containsString("value=\"Bad Name!\""))
                .body(containsString("value=\"Form Student\""))
                .body(containsString("aria-describedby=\"username-hint username-error\" aria-invalid=\"true\""))
                .body(not(containsString(typedPassword)))
                .body(not(containsString("mismatched-secret-2")));
    }

    @Test
    void aTakenUsernameIsShownAtTheUsernameField() {
        String name = uniqueUsername("form");
        AccountsOverHttp.register(name, "First");

        submission(csrf(), name.toUpperCase(), PASSWORD, PASSWORD)
                .when().post("/register")
                .then().statusCode(400)
                .body(containsString("<p class=\"field-error\" id=\"username-error\">that username is taken</p>"));
    }

    @Test
    void enteredValuesAreEscaped() {
        submission(csrf(), "<script>x</script>", PASSWORD, PASSWORD)
                .when().post("/register")
                .then().statusCode(400)
                .body(containsString("value=\"&lt;script&gt;x&lt;/script&gt;\""))
                .body(not(containsString("<script>")));
    }
}
