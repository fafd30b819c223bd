package org.cyberpolicy.quiz.web.api;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.cyberpolicy.quiz.web.api.AttemptApiTest.start;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Flags over the JSON API: {@code PUT /api/attempts/{id}/flags/{questionId}} and {@code flagged} per question. */
@QuarkusTest
@Tag("database")
@TestProfile(StudentFlowProfile.class)
class AttemptFlagsApiTest {

    private static String flagOf(long attempt, String question) {
        return "/api/attempts/" + attempt + "/flags/" + question;
    }

    @Test
    void everyQuestionOfAnOpenAttemptSaysWhetherItIsFlagged() {
        String student = TestAccounts.student();
        long id = start(student, "every-type").getLong("id");

        as(student).body(Map.of("flagged", true)).put(flagOf(id, "t-numeric")).then().statusCode(204);

        as(student).get("/api/attempts/" + id).then().statusCode(200)
                .body("questions.find { it.id == 't-numeric' }.flagged", equalTo(true))
                .body("questions.find { it.id == 't-date' }.flagged", equalTo(false));
    }

    @Test
    void aFlagTakenAwayReadsFalse() {
        String student = TestAccounts.student();
        long id = start(student, "every-type").getLong("id");
        as(student).body(Map.of("flagged", true)).put(flagOf(id, "t-numeric")).then().statusCode(204);

        as(student).body(Map.of("flagged", false)).put(flagOf(id, "t-numeric")).then().statusCode(204);

        as(student).get("/api/attempts/" + id).then()
                .body("questions.find { it.id == 't-numeric' }.flagged", equalTo(false));
    }

    @Test
    void theResultKeepsTheFlagsOfTheSubmittedAttempt() {
        String student = TestAccounts.student();
        long id = start(student, "every-type").getLong("id");
        as(student).body(Map.of("flagged", true)).put(flagOf(id, "t-short")).then().statusCode(204);

        as(student).post("/api/attempts/" + id + "/submit").then().statusCode(200)
                .body("questions.find { it.id == 't-short' }.flagged", equalTo(true))
                .body("questions.find { it.id == 't-single' }.flagged", equalTo(false));
    }

    @Test
    void aBodyWithoutFlaggedIsRefused() {
        String student = TestAccounts.student();
        long id = start(student, "every-type").getLong("id");

        as(student).body(Map.of("flag", true)).put(flagOf(id, "t-numeric")).then().statusCode(400)
                .body("error", containsString("{\"flagged\": true}"));
    }

    @Test
    void aFlagThatIsNotJsonIsRefused() {
        String student = TestAccounts.student();
        long id = start(student, "every-type").getLong("id");

        as(student).contentType("text/plain").body("flagged=true").put(flagOf(id, "t-numeric")).then()
                .statusCode(415);
    }

    @Test
    void anUnknownQuestionIsNotFound() {
        String student = TestAccounts.student();
        long id = start(student, "every-type").getLong("id");

        as(student).body(Map.of("flagged", true)).put(flagOf(id, "no-such-question")).then().statusCode(404);
    }

    @Test
    void anotherStudentsAttemptIsNotFound() {
        long id = start(TestAccounts.student(), "every-type").getLong("id");

        as(TestAccounts.student()).body(Map.of("flagged", true)).put(flagOf(id, "t-numeric")).then()
                .statusCode(404);
    }

    @Test
    void aClosedAttemptTakesNoFlag() {
        String student = TestAccounts.student();
        long id = start(student, "every-type").getLong("id");
        as(student).post("/api/attempts/" + id + "/submit").then().statusCode(200);

        as(student).body(Map.of("flagged", true)).put(flagOf(id, "t-numeric")).then().statusCode(409);
    }
}
