package org.cyberpolicy.quiz.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cyberpolicy.quiz.testing.PackagedApp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged app on an H2 file, stopped and started again: every submitted attempt is still there, with the same
 * result, read through a new database connection.
 */
class RestartKeepsAttemptsIT {

    @TempDir
    Path dataDir;

    @AutoClose("kill")
    private PackagedApp app;

    private RequestSpecification as(String username) {
        return app.as(username, "a long enough password");
    }

    @Test
    void submittedAttemptsSurviveARestart() throws Exception {
        app = PackagedApp.in(dataDir).env("QUIZ_BANK_DIR", "src/test/resources/banks/student-flow")
                .env("QUIZ_INSTRUCTOR_PASSWORD", "instructor password for the test").build();
        app.start();
        RestAssured.given().port(app.port()).contentType(ContentType.JSON)
                .body(Map.of("username", "restart-student", "password", "a long enough password", "displayName",
                        "Restart Student"))
                .post("/api/register").then().statusCode(201);
        long first = as("restart-student").post("/api/quizzes/single-shot/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("restart-student").body(Map.of("responses", Map.of("t-true-false", false)))
                .post("/api/attempts/" + first + "/submit").then().statusCode(200);
        long open = as("restart-student").post("/api/quizzes/every-type/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("restart-student").body(Map.of("response", 4)).put("/api/attempts/" + open + "/responses/t-numeric")
                .then().statusCode(204);
        // Read with the exam open, as after the restart: an open exam holds back the keys of the facts it tests.
        String result = as("restart-student").get("/api/attempts/" + first).then().statusCode(200).extract()
                .asString();

        app.stopGracefully();
        app.start();

        assertEquals(result, as("restart-student").get("/api/attempts/" + first).then().statusCode(200).extract()
                .asString());
        assertEquals(4, as("restart-student").get("/api/attempts/" + open).then().statusCode(200).extract()
                .jsonPath().getInt("questions.find { it.id == 't-numeric' }.response"));
        assertEquals(List.of(1, 1), as("restart-student").get("/api/quizzes").then().extract().jsonPath()
                .getList("findAll { it.id == 'single-shot' || it.id == 'every-type' }.attemptsUsed"));
    }
}
