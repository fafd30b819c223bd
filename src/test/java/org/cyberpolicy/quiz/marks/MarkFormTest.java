package org.cyberpolicy.quiz.marks;

import static io.restassured.RestAssured.given;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_COOKIE;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_FIELD;
import static org.cyberpolicy.quiz.testing.AccountsOverHttp.SESSION_COOKIE;
import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.cyberpolicy.quiz.testing.AccountsOverHttp;
import org.cyberpolicy.quiz.testing.AccountsOverHttp.Csrf;
import org.cyberpolicy.quiz.testing.EditableBankProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** The instructor's view of an attempt: a form per question's mark, and the audit trail under it. */
@QuarkusTest
@Tag("database")
@TestProfile(EditableBankProfile.class)
class MarkFormTest {

    @Test
    void theFormChangesTheMarkAndTheTrailShowsIt() {
        long id = MarkOverrideApiTest.gradedAttempt(TestAccounts.student());
        String instructor = TestAccounts.instructor();
        String session = AccountsOverHttp.signIn(instructor, TestAccounts.PASSWORD);
        Response page = given().cookie(SESSION_COOKIE, session).get("/instructor/attempts/" + id).then()
                .statusCode(200).body(containsString("action=\"/instructor/attempts/" + id
                        + "/questions/t-numeric/mark\""))
                .body(containsString("No mark of this attempt has changed")).extract().response();
        Csrf csrf = AccountsOverHttp.csrfFrom(page);

        given().redirects().follow(false).cookie(SESSION_COOKIE, session).cookie(CSRF_COOKIE, csrf.cookie())
                .formParam(CSRF_FIELD, csrf.token()).formParam("score", "1.5").formParam("comment", "One slip.")
                .post("/instructor/attempts/" + id + "/questions/t-numeric/mark").then().statusCode(303)
                .header("Location", endsWith("/instructor/attempts/" + id + "?marked=t-numeric#marks"));

        given().cookie(SESSION_COOKIE, session).get("/instructor/attempts/" + id + "?marked=t-numeric").then()
                .statusCode(200).body(containsString("score is now 2.5 / 12."))
                .body(containsString("<td><code>" + instructor + "</code></td><td><code>t-numeric</code></td>"
                        + "<td>Marked by hand</td><td>0</td><td>1.5</td><td>One slip.</td>"));
    }

    @Test
    void aFormWithoutItsTokenChangesNothing() {
        long id = MarkOverrideApiTest.gradedAttempt(TestAccounts.student());
        String instructor = TestAccounts.instructor();
        String session = AccountsOverHttp.signIn(instructor, TestAccounts.PASSWORD);

        given().redirects().follow(false).cookie(SESSION_COOKIE, session).formParam("score", "2")
                .post("/instructor/attempts/" + id + "/questions/t-numeric/mark").then().statusCode(400);
        as(instructor).get("/api/instructor/attempts/" + id + "/marks").then().statusCode(200)
                .body("size()", equalTo(0));
    }
}
