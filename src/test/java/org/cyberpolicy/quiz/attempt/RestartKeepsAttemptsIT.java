package org.cyberpolicy.quiz.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
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

    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/quarkus-app/quarkus-run.jar");

    @TempDir
    Path dataDir;

    private Process app;
    private int port;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void startApp() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).directory(PROJECT.toFile()).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile());
        builder.environment().putAll(Map.of("QUIZ_DATA_DIR", dataDir.toString(), "QUARKUS_HTTP_PORT",
                String.valueOf(port), "QUIZ_BANK_DIR", "src/test/resources/banks/student-flow",
                "QUIZ_INSTRUCTOR_PASSWORD", "instructor password for the test"));
        app = builder.start();
        Instant giveUp = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(giveUp)) {
            assertTrue(app.isAlive(), "the app stopped; see " + dataDir.resolve("app.log"));
            try {
                if (RestAssured.given().port(port).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the app did not start within a minute");
    }

    private RequestSpecification as(String username) {
        return RestAssured.given().port(port).auth().preemptive().basic(username, "a long enough password")
                .contentType(ContentType.JSON);
    }

    @Test
    void submittedAttemptsSurviveARestart() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        startApp();
        RestAssured.given().port(port).contentType(ContentType.JSON)
                .body(Map.of("username", "restart-student", "password", "a long enough password", "displayName",
                        "Restart Student"))
                .post("/api/register").then().statusCode(201);
        long first = as("restart-student").post("/api/quizzes/single-shot/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String result = as("restart-student").body(Map.of("responses", Map.of("t-true-false", false)))
                .post("/api/attempts/" + first + "/submit").then().statusCode(200).extract().asString();
        long open = as("restart-student").post("/api/quizzes/every-type/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("restart-student").body(Map.of("response", 4)).put("/api/attempts/" + open + "/responses/t-numeric")
                .then().statusCode(204);

        app.destroy();
        assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the app did not stop");
        startApp();

        assertEquals(result, as("restart-student").get("/api/attempts/" + first).then().statusCode(200).extract()
                .asString());
        assertEquals(4, as("restart-student").get("/api/attempts/" + open).then().statusCode(200).extract()
                .jsonPath().getInt("questions.find { it.id == 't-numeric' }.response"));
        assertEquals(List.of(1, 1), as("restart-student").get("/api/quizzes").then().extract().jsonPath()
                .getList("findAll { it.id == 'single-shot' || it.id == 'every-type' }.attemptsUsed"));
    }
}
