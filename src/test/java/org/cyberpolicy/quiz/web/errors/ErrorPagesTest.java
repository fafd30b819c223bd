package org.cyberpolicy.quiz.web.errors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.ErrorTriggers;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * One place decides how an error looks: under {@code /api} JSON with a message, elsewhere a page of ours with the
 * header, a title, a sentence and a way back; never a stack trace, never the framework's bare text.
 */
@QuarkusTest
class ErrorPagesTest {

    private static final String HEADER = "<a class=\"brand\" href=\"/\">Cyber-policy quiz</a>";

    @Test
    void anUnknownAddressIsOurNotFoundPage() {
        given().get("/no/such/page").then().statusCode(404).contentType(startsWith("text/html"))
                .body(containsString(HEADER)).body(containsString("<h1>Not found</h1>"))
                .body(containsString("There is nothing at this address."))
                .body(containsString("href=\"/\">Back to the quizzes</a>"))
                .body(not(containsString("Resource not found")))
                .body(not(containsString("Unable to find matching target resource method")));
    }

    @Test
    void anUnknownApiAddressIsJsonWithAMessage() {
        TestAccounts.as(TestAccounts.student()).get("/api/no-such-thing").then().statusCode(404)
                .contentType(ContentType.JSON).body("error", equalTo("There is nothing at this address."));
    }

    @Test
    void aStudentOpeningTheInstructorAreaGetsOurForbiddenPageWithAWayBackTheyMayTake() {
        Browser.signedInAs(TestAccounts.student()).get("/instructor").then().statusCode(403)
                .contentType(startsWith("text/html")).body(containsString("<h1>Not allowed</h1>"))
                .body(containsString("Your account may not open this page."))
                .body(containsString("href=\"/\">Back to the quizzes</a>"));
    }

    @Test
    void aStudentCallingAnInstructorApiGetsJsonForbidden() {
        TestAccounts.as(TestAccounts.student()).get("/api/export/gradebook.csv").then().statusCode(403)
                .contentType(ContentType.JSON).body("error", equalTo("Your account may not open this page."));
    }

    @Test
    void aResourceRefusingAStudentByItsRolesAnswersLikeThePathPermissions() {
        Browser.signedInAs(TestAccounts.student()).get("/test-only/errors/instructors-only").then().statusCode(403)
                .contentType(startsWith("text/html")).body(containsString("<h1>Not allowed</h1>"));
    }

    @Test
    void aMethodAPageDoesNotTakeIsOurPage() {
        given().get("/logout").then().statusCode(405).contentType(startsWith("text/html"))
                .body(containsString("<h1>Not possible here</h1>"));
        given().post("/ping").then().statusCode(405).body(containsString(HEADER));
    }

    @Test
    void aRefusalOnAnInstructorPageLeadsBackToTheDashboard() {
        Browser.signedInAs(TestAccounts.instructor()).get("/instructor/quizzes/no-such-quiz/results").then()
                .statusCode(404).body(containsString("There is no quiz &#39;no-such-quiz&#39;."))
                .body(containsString("href=\"/instructor\">Back to the dashboard</a>"));
    }

    @Test
    void invalidFiltersAreListedOneByOne() {
        Browser.signedInAs(TestAccounts.instructor())
                .get("/instructor/quizzes/indictments-exam/results?sort=nonsense&dir=sideways").then()
                .statusCode(400).body(containsString("<h1>Not understood</h1>"))
                .body(containsString("<li>sort must be one of")).body(containsString("<li>dir must be asc or desc.</li>"));
    }

    @Test
    void aBodyThatIsNotJsonWhereJsonIsExpectedSaysWhatWasSent() {
        TestAccounts.as(TestAccounts.student()).contentType("text/plain").body("hello").post("/api/train/answer")
                .then().statusCode(415).contentType(ContentType.JSON).body("error",
                        startsWith("The request body must be JSON (Content-Type: application/json), even when it is empty, "
                                + "not text/plain"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithOurMessageBeforeItIsRead() {
        String tooLarge = "a".repeat(4 * 1024 * 1024 + 1);
        given().contentType("application/x-www-form-urlencoded").body(tooLarge).post("/register").then()
                .statusCode(413).contentType(startsWith("text/html")).body(containsString("<h1>Too large</h1>"));
        TestAccounts.as(TestAccounts.student()).contentType(ContentType.JSON).body(tooLarge).post("/api/train/answer")
                .then().statusCode(413).contentType(ContentType.JSON)
                .body("error", startsWith("What was sent is larger than the app accepts (at most 4 MB)."));
    }

    @Test
    void aBugIsOurPageWithAReferenceAndNeverItsStackTrace() {
        given().get("/test-only/errors/bug").then().statusCode(500).contentType(startsWith("text/html"))
                .body(containsString("<h1>Something went wrong</h1>")).body(containsString("(Reference: "))
                .body(not(containsString(ErrorTriggers.SECRET))).body(not(containsString("IllegalStateException")))
                .body(not(containsString("at org.")));
    }

    @Test
    void everyStatusPageHasTheHeaderATitleAndAWayBack() {
        for (int status : new int[] { 400, 403, 404, 405, 409, 413, 415, 429, 500, 503 }) {
            given().get("/test-only/errors/" + status).then().statusCode(status).contentType(startsWith("text/html"))
                    .body(containsString(HEADER)).body(containsString("<h1>"))
                    .body(containsString("class=\"button\" href=\"/"))
                    .body(containsString("<p class=\"error-status\">Error " + status + "</p>"));
        }
    }

    @Test
    void theFaviconIsOurOwn() {
        given().get("/favicon.svg").then().statusCode(200).contentType(startsWith("image/svg+xml"));
        given().get("/favicon.ico").then().statusCode(200).contentType(startsWith("image/"));
        given().get("/").then().body(containsString("<link rel=\"icon\" href=\"/favicon.svg\""));
    }
}
