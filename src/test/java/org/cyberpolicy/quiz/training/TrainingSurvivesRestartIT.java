package org.cyberpolicy.quiz.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.cyberpolicy.quiz.testing.PackagedApp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged app on an H2 file, stopped and started again: the memory of every fact, the day's count of new facts
 * and the questions handed out are all still there.
 */
class TrainingSurvivesRestartIT {

    @TempDir
    Path dataDir;

    @AutoClose("kill")
    private PackagedApp app;

    private RequestSpecification as(String username) {
        return app.as(username, "a long enough password");
    }

    private JsonPath next() {
        return as("trainee").body("{}").post("/api/train/next").then().statusCode(200).extract().jsonPath();
    }

    /** "I don't know" to any question: every fact is then due again a minute later. */
    private JsonPath dontKnow(String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("token", token);
        body.put("response", null);
        return as("trainee").body(body).post("/api/train/answer").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void memoriesAndQuestionsSurviveARestart() throws Exception {
        app = PackagedApp.in(dataDir).env("QUIZ_BANK_DIR", "src/test/resources/banks/training")
                .env("QUIZ_INSTRUCTOR_PASSWORD", "instructor password for the test")
                .env("QUIZ_TRAINING_NEW_FACTS_PER_DAY", "3").build();
        app.start();
        RestAssured.given().port(app.port()).contentType(ContentType.JSON)
                .body(Map.of("username", "trainee", "password", "a long enough password", "displayName", "Trainee"))
                .post("/api/register").then().statusCode(201);
        String answeredToken = next().getString("token");
        String dueBefore = dontKnow(answeredToken).getString("facts[0].due");
        dontKnow(next().getString("token"));
        // The third new fact of the day is handed out, and left unanswered over the restart.
        JsonPath pending = next();
        String pendingQuestion = pending.getString("question.id");

        app.stopGracefully();
        app.start();

        as("trainee").body(Map.of("token", answeredToken, "response", 4)).post("/api/train/answer").then()
                .statusCode(409);
        assertEquals(pendingQuestion, dontKnow(pending.getString("token")).getString("questionId"));
        // The day's three new facts are met, so what comes next depends only on the kept memories: the first fact,
        // due a minute after its answer, is either due already or the time given for the next review.
        JsonPath after = next();
        if ("done".equals(after.getString("status"))) {
            assertEquals(Instant.parse(dueBefore), Instant.parse(after.getString("nextDue")), after.prettify());
        } else {
            assertEquals("due", after.getString("reason"), after.prettify());
            assertTrue(after.getString("question.id").startsWith("count-"), after.prettify());
        }
    }
}
