package org.cyberpolicy.quiz.web.signin;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_COOKIE;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_FIELD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.PASSWORD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.SESSION_COOKIE;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.uniqueUsername;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.testing.AccountsOverHttp;
import org.cyberpolicy.quiz.testing.AccountsOverHttp.Csrf;
import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Sessions end on the server: a copy of a session's cookie is worth nothing once its session has ended, whether by
 * signing out, by a password change made from another session, or by an instructor.
 */
@QuarkusTest
class SessionsTest {

    private static String newStudent() {
        String name = uniqueUsername("session");
        AccountsOverHttp.register(name, "Session " + name);
        return name;
    }

    private static void signedIn(String cookie) {
        given().cookie(SESSION_COOKIE, cookie).get("/api/me").then().statusCode(200);
    }

    private static void signedOut(String cookie) {
        given().cookie(SESSION_COOKIE, cookie).get("/api/me").then().statusCode(401);
    }

    private static void signOut(String cookie) {
        Csrf csrf = AccountsOverHttp.csrfFrom(given().cookie(SESSION_COOKIE, cookie).get("/").then().statusCode(200)
                .extract().response());
        given().redirects().follow(false).cookie(SESSION_COOKIE, cookie).cookie(CSRF_COOKIE, csrf.cookie())
                .formParam(CSRF_FIELD, csrf.token()).post("/logout").then().statusCode(303);
    }

    @Test
    void aCopyOfTheCookieIsWorthNothingOnceItsSessionSignedOut() {
        String student = newStudent();
        String cookie = AccountsOverHttp.signIn(student, PASSWORD);
        String copy = cookie;
        signedIn(copy);

        signOut(cookie);

        signedOut(copy);
        given().redirects().follow(false).cookie(SESSION_COOKIE, copy).get("/progress").then().statusCode(302);
    }

    @Test
    void aBrowserWithAnOverSessionsCookieIsSentToSignInOnceAndTheCookieCleared() {
        String student = newStudent();
        String cookie = AccountsOverHttp.signIn(student, PASSWORD);
        signOut(cookie);

        List<String> cookies = given().redirects().follow(false).cookie(SESSION_COOKIE, cookie).get("/login").then()
                .statusCode(302).extract().headers().getValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith(SESSION_COOKIE + "=;") && c.contains("Max-Age=0")),
                cookies.toString());
        given().redirects().follow(false).get("/login").then().statusCode(200);
    }

    @Test
    void signingOutEndsOnlyThatSession() {
        String student = newStudent();
        String lab = AccountsOverHttp.signIn(student, PASSWORD);
        String phone = AccountsOverHttp.signIn(student, PASSWORD);

        signOut(lab);

        signedOut(lab);
        signedIn(phone);
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndKeepsThisOne() {
        String student = newStudent();
        String here = AccountsOverHttp.signIn(student, PASSWORD);
        String elsewhere = AccountsOverHttp.signIn(student, PASSWORD);

        given().cookie(SESSION_COOKIE, here).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "a brand new passphrase"))
                .post("/api/me/password").then().statusCode(200).body("otherSessionsEnded", equalTo(1));

        signedIn(here);
        signedOut(elsewhere);
        AccountsOverHttp.signIn(student, "a brand new passphrase");
        given().auth().preemptive().basic(student, PASSWORD).get("/api/me").then().statusCode(401);
    }

    @Test
    void aPasswordChangeWithTheWrongCurrentPasswordChangesNothing() {
        String student = newStudent();
        String here = AccountsOverHttp.signIn(student, PASSWORD);
        String elsewhere = AccountsOverHttp.signIn(student, PASSWORD);

        given().cookie(SESSION_COOKIE, here).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "not the password", "newPassword", "a brand new passphrase"))
                .post("/api/me/password").then().statusCode(400)
                .body("problems", hasItem("The current password is not right."));

        signedIn(elsewhere);
        AccountsOverHttp.signIn(student, PASSWORD);
    }

    @Test
    void theAccountPageChangesThePasswordThroughItsForm() {
        String student = newStudent();
        String cookie = AccountsOverHttp.signIn(student, PASSWORD);
        String other = AccountsOverHttp.signIn(student, PASSWORD);
        Csrf csrf = AccountsOverHttp.csrfFrom(given().cookie(SESSION_COOKIE, cookie).get("/account").then()
                .statusCode(200).body(containsString(student)).extract().response());

        given().redirects().follow(false).cookie(SESSION_COOKIE, cookie).cookie(CSRF_COOKIE, csrf.cookie())
                .formParam(CSRF_FIELD, csrf.token()).formParam("currentPassword", PASSWORD)
                .formParam("newPassword", "a brand new passphrase")
                .formParam("newPasswordConfirm", "a brand new passphrase")
                .post("/account/password").then().statusCode(303);

        given().cookie(SESSION_COOKIE, cookie).get("/account?changed=1").then().statusCode(200)
                .body(containsString("Your one other session was signed out."));
        signedOut(other);
    }

    @Test
    void anInstructorSignsAStudentOutEverywhere() {
        String student = newStudent();
        String lab = AccountsOverHttp.signIn(student, PASSWORD);
        String phone = AccountsOverHttp.signIn(student, PASSWORD);
        long id = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(student).orElseThrow().id);

        TestAccounts.as(TestAccounts.instructor()).contentType(ContentType.JSON)
                .post("/api/instructor/accounts/" + id + "/sign-out").then().statusCode(200)
                .body("sessionsEnded", equalTo(2));

        signedOut(lab);
        signedOut(phone);
    }

    @Test
    void anInstructorSignsAStudentOutFromTheStudentsPage() {
        String student = newStudent();
        String cookie = AccountsOverHttp.signIn(student, PASSWORD);
        long id = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(student).orElseThrow().id);
        Browser instructor = Browser.signedInAs(TestAccounts.instructor());

        instructor.get("/instructor/students/" + id).then().statusCode(200);
        instructor.post("/instructor/students/" + id + "/sign-out", Map.of()).then().statusCode(303);

        signedOut(cookie);
        instructor.get("/instructor/students/" + id + "?signedOut=1").then().statusCode(200)
                .body(containsString("Signed out everywhere: 1 session ended."));
    }

    @Test
    void aStudentCannotSignAnotherOut() {
        long victim = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(newStudent())
                .orElseThrow().id);

        TestAccounts.as(TestAccounts.student()).contentType(ContentType.JSON)
                .post("/api/instructor/accounts/" + victim + "/sign-out").then().statusCode(403);
    }
}
