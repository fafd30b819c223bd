package org.cyberpolicy.quiz.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
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
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("app.log").toFile()));
        builder.environment().putAll(Map.of("QUIZ_DATA_DIR", dataDir.toString(), "QUARKUS_HTTP_PORT",
                String.valueOf(port), "QUIZ_BANK_DIR", "src/test/resources/banks/training",
                "QUIZ_INSTRUCTOR_PASSWORD", "instructor password for the test",
                "QUIZ_TRAINING_NEW_FACTS_PER_DAY", "3"));
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
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        startApp();
        RestAssured.given().port(port).contentType(ContentType.JSON)
                .body(Map.of("username", "trainee", "password", "a long enough password", "displayName", "Trainee"))
                .post("/api/register").then().statusCode(201);
        String answeredToken = next().getString("token");
        String dueBefore = dontKnow(answeredToken).getString("facts[0].due");
        dontKnow(next().getString("token"));
        // The third new fact of the day is handed out, and left unanswered over the restart.
        JsonPath pending = next();
        String pendingQuestion = pending.getString("question.id");

        app.destroy();
        assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the app did not stop");
        startApp();

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
