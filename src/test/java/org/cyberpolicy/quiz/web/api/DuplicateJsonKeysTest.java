package org.cyberpolicy.quiz.web.api;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cyberpolicy.quiz.testing.LogCapture;
import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A JSON body that names a key twice in one object ({@code {"response": 1, "response": 2}}) is ambiguous: Jackson
 * would otherwise keep one of the two silently, or fail inside the app (a 500 and a stack trace in the log). It is the
 * client's mistake: 400 with a message naming the key, nothing saved, and nothing but the answer to show for it.
 */
@QuarkusTest
@TestProfile(StudentFlowProfile.class)
class DuplicateJsonKeysTest {

    private static long attemptWithFourSaved(String student) {
        long id = as(student).post("/api/quizzes/every-type/attempts").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as(student).body(Map.of("response", 4)).put("/api/attempts/" + id + "/responses/t-numeric").then()
                .statusCode(204);
        return id;
    }

    private static JsonPath attempt(String student, long id) {
        return as(student).get("/api/attempts/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aKeyTwiceInAnAutosaveIs400NamingItAndSavesNothing() {
        String student = TestAccounts.student();
        long id = attemptWithFourSaved(student);

        try (LogCapture log = new LogCapture()) {
            as(student).body("{\"response\": 1, \"response\": 2}")
                    .put("/api/attempts/" + id + "/responses/t-numeric")
                    .then().statusCode(400)
                    .contentType(startsWith("application/json"))
                    .body("error", startsWith("the request body names the key 'response' twice"));
            assertEquals(List.of(), log.failures());
        }
        assertEquals(4, attempt(student, id).getInt("questions.find { it.id == 't-numeric' }.response"));
    }

    @Test
    void aQuestionTwiceInTheResponsesOfASubmitIs400NamingItAndSubmitsNothing() {
        String student = TestAccounts.student();
        long id = attemptWithFourSaved(student);

        try (LogCapture log = new LogCapture()) {
            as(student).body("{\"responses\": {\"t-numeric\": 5, \"t-numeric\": 6}}")
                    .post("/api/attempts/" + id + "/submit")
                    .then().statusCode(400)
                    .body("error", startsWith("the request body names the key 't-numeric' twice in 'responses'"));
            assertEquals(List.of(), log.failures());
        }
        JsonPath after = attempt(student, id);
        assertEquals("open", after.getString("state"));
        assertEquals(4, after.getInt("questions.find { it.id == 't-numeric' }.response"));
    }

    @Test
    void aKeyTwiceInsideAResponseIs400NamingIt() {
        String student = TestAccounts.student();
        long id = attemptWithFourSaved(student);

        as(student).body("{\"response\": {\"l1\": \"r1\", \"l1\": \"r2\"}}")
                .put("/api/attempts/" + id + "/responses/t-matching")
                .then().statusCode(400)
                .body("error", containsString("the key 'l1' twice"));
    }

    @Test
    void aKeyTwiceInATrainingAnswerIs400NamingItAndLeavesTheQuestionUnanswered() {
        String student = TestAccounts.student();
        String token = as(student).post("/api/train/next").then().statusCode(200).extract().jsonPath()
                .getString("token");

        try (LogCapture log = new LogCapture()) {
            as(student).body("{\"token\": \"" + token + "\", \"response\": \"a\", \"response\": \"b\"}")
                    .post("/api/train/answer")
                    .then().statusCode(400)
                    .contentType(startsWith("application/json"))
                    .body("error", startsWith("the request body names the key 'response' twice"));
            assertEquals(List.of(), log.failures());
        }
        as(student).body("{\"token\": \"" + token + "\", \"response\": null}").post("/api/train/answer")
                .then().statusCode(200);
    }

    @Test
    void theMessageSaysWhereTheSecondKeyIs() {
        String student = TestAccounts.student();
        long id = attemptWithFourSaved(student);

        String error = as(student).body("{\"response\": 1,\n \"response\": 2}")
                .put("/api/attempts/" + id + "/responses/t-numeric")
                .then().statusCode(400).extract().jsonPath().getString("error");
        assertTrue(error.contains("(line 2, column"), error);
    }
}
