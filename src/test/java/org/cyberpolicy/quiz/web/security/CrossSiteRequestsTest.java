package org.cyberpolicy.quiz.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.util.Map;

import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A request that changes something proves it comes from our pages or from a script: no foreign Origin or
 * Sec-Fetch-Site, a JSON body under /api (declared even when empty), a form elsewhere.
 */
@QuarkusTest
class CrossSiteRequestsTest {

    @TestHTTPResource("/")
    URL base;

    private static RequestSpecification student(String name) {
        return given().auth().preemptive().basic(name, TestAccounts.PASSWORD);
    }

    private static long openExam(String student) {
        return TestAccounts.as(student).post("/api/quizzes/indictments-exam/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static void stillOpen(String student, long attempt) {
        TestAccounts.as(student).get("/api/attempts/" + attempt).then().body("state", equalTo("open"));
    }

    @Test
    void anApiPostWithoutAContentTypeIsRefusedAndChangesNothing() {
        String name = TestAccounts.student();
        long attempt = openExam(name);

        student(name).post("/api/attempts/" + attempt + "/submit").then().statusCode(415)
                .contentType(ContentType.JSON).body("error", startsWith("The request body must be JSON"));
        stillOpen(name, attempt);
    }

    @Test
    void anApiPostAsPlainTextIsRefused() {
        String name = TestAccounts.student();
        long attempt = openExam(name);

        student(name).contentType("text/plain").body("{}").post("/api/attempts/" + attempt + "/submit").then()
                .statusCode(415);
        stillOpen(name, attempt);
    }

    @Test
    void aRequestFromAnotherSiteIsRefusedEvenAsJson() {
        String name = TestAccounts.student();
        long attempt = openExam(name);

        student(name).contentType(ContentType.JSON).header("Origin", "https://prizes.example")
                .post("/api/attempts/" + attempt + "/submit").then().statusCode(403)
                .body("error", startsWith("This request came from another site"));
        stillOpen(name, attempt);
    }

    @Test
    void aRequestFromAnotherPortOfTheSameHostIsRefused() {
        String name = TestAccounts.student();
        long attempt = openExam(name);

        student(name).contentType(ContentType.JSON).header("Origin", "http://localhost:1")
                .post("/api/attempts/" + attempt + "/submit").then().statusCode(403);
        stillOpen(name, attempt);
    }

    @Test
    void aBrowserThatSaysTheRequestIsCrossSiteIsRefused() {
        String name = TestAccounts.student();
        long attempt = openExam(name);

        for (String site : new String[] { "cross-site", "same-site" }) {
            student(name).contentType(ContentType.JSON).header("Sec-Fetch-Site", site)
                    .post("/api/attempts/" + attempt + "/submit").then().statusCode(403);
        }
        stillOpen(name, attempt);
    }

    @Test
    void ourOwnOriginPasses() {
        String name = TestAccounts.student();
        long attempt = openExam(name);
        String origin = base.toString().replaceAll("/$", "");

        student(name).contentType(ContentType.JSON).header("Origin", origin).header("Sec-Fetch-Site", "same-origin")
                .post("/api/attempts/" + attempt + "/submit").then().statusCode(200);
    }

    @Test
    void aPagePostThatIsNotAFormIsRefused() {
        String name = TestAccounts.student();

        student(name).contentType("text/plain").body("start").post("/quizzes/indictments-exam/attempts").then()
                .statusCode(415);
        TestAccounts.as(name).get("/api/quizzes").then()
                .body("find { it.id == 'indictments-exam' }.attemptsUsed", equalTo(0));
    }

    @Test
    void aSignInFromAnotherSiteIsRefusedAndSetsNoSession() {
        String name = TestAccounts.student();

        Map<String, String> cookies = given().redirects().follow(false).header("Origin", "https://prizes.example")
                .formParam("j_username", name).formParam("j_password", TestAccounts.PASSWORD)
                .post("/j_security_check").then().statusCode(403).extract().cookies();
        assertFalse(cookies.containsKey("quarkus-credential"), cookies.toString());
    }
}
