package org.cyberpolicy.quiz.account.limits;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;

import org.cyberpolicy.quiz.testing.LimitsProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * One account writing faster than a person does gets 429 with {@code Retry-After}, and its write is not made: three
 * saves, two starts and four training steps a minute here ({@link LimitsProfile}). Submitting is never limited.
 */
@QuarkusTest
@TestProfile(LimitsProfile.class)
@Tag("database")
class WriteLimitsApiTest {

    private static final String QUESTION = "count-true-false";

    private static long startDrill(String student, int status) {
        return as(student).post("/api/quizzes/drill/attempts").then().statusCode(status).extract().jsonPath()
                .getLong("id");
    }

    private static int save(String student, long attempt, Object response) {
        Map<String, Object> body = new HashMap<>();
        body.put("response", response);
        return as(student).body(body).put("/api/attempts/" + attempt + "/responses/" + QUESTION).then().extract()
                .statusCode();
    }

    private static Object saved(String student, long attempt) {
        return as(student).get("/api/attempts/" + attempt).then().statusCode(200).extract().jsonPath()
                .get("questions.find { it.id == '" + QUESTION + "' }.response");
    }

    @Test
    void savesBeyondTheAllowanceAre429WithRetryAfterAndSaveNothing() {
        String student = TestAccounts.student();
        long attempt = startDrill(student, 201);
        for (int i = 0; i < LimitsProfile.SAVES_PER_MINUTE; i++) {
            assertEquals(204, save(student, attempt, i % 2 == 0));
        }

        as(student).body(Map.of("response", true)).put("/api/attempts/" + attempt + "/responses/" + QUESTION)
                .then().statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("error", containsString("Too many saved answers"));

        assertEquals(true, saved(student, attempt), "the refused save changed the answer");
    }

    @Test
    void aSubmitIsTakenWhenSavesAreSpent() {
        String student = TestAccounts.student();
        long attempt = startDrill(student, 201);
        for (int i = 0; i < LimitsProfile.SAVES_PER_MINUTE; i++) {
            save(student, attempt, null);
        }
        assertEquals(429, save(student, attempt, true));

        as(student).body(Map.of("responses", Map.of(QUESTION, false))).post("/api/attempts/" + attempt + "/submit")
                .then().statusCode(200).body("state", containsString("submitted"));
    }

    @Test
    void startsBeyondTheAllowanceAre429AndResumingDoesNotCount() {
        String student = TestAccounts.student();
        long first = startDrill(student, 201);
        assertEquals(first, startDrill(student, 200), "the open attempt is resumed");
        as(student).post("/api/attempts/" + first + "/submit").then().statusCode(200);
        long second = startDrill(student, 201);
        as(student).post("/api/attempts/" + second + "/submit").then().statusCode(200);

        as(student).post("/api/quizzes/drill/attempts").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("error", containsString("Too many started attempts"));

        JsonPath quizzes = as(student).get("/api/quizzes").then().statusCode(200).extract().jsonPath();
        assertEquals(2, quizzes.getInt("find { it.id == 'drill' }.attemptsUsed"), "the refused start opened one");
        assertNull(quizzes.get("find { it.id == 'drill' }.openAttemptId"), "the refused start left one open");
    }

    @Test
    void trainingStepsBeyondTheAllowanceAre429() {
        String student = TestAccounts.student();
        for (int i = 0; i < LimitsProfile.TRAINING_PER_MINUTE / 2; i++) {
            String token = as(student).post("/api/train/next").then().statusCode(200).extract().jsonPath()
                    .getString("token");
            as(student).body("{\"token\": \"" + token + "\", \"response\": null}").post("/api/train/answer").then()
                    .statusCode(200);
        }

        as(student).post("/api/train/next").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("error", containsString("Too many training steps"));
    }

    @Test
    void staffChangesToPeopleBeyondTheAllowanceAre429AndChangeNothingWhileReadingGoesOn() {
        String instructor = TestAccounts.instructor();
        String prefix = "limited-" + System.nanoTime();
        for (int i = 0; i < LimitsProfile.PEOPLE_PER_MINUTE; i++) {
            as(instructor).body(Map.of("id", prefix + "-" + i, "name", "Group " + i)).post("/api/instructor/sections")
                    .then().statusCode(201);
        }

        as(instructor).body(Map.of("id", prefix + "-over", "name", "One too many")).post("/api/instructor/sections")
                .then().statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("error", containsString("Too many changes to people and sections"));

        as(instructor).get("/api/instructor/sections/" + prefix + "-over").then().statusCode(404);
        as(instructor).get("/api/instructor/sections/" + prefix + "-0").then().statusCode(200);
    }

    @Test
    void otherStaffChangesBeyondTheAllowanceAre429AndChangeNothingWhileReadingGoesOn() {
        String overrides = "/api/instructor/quizzes/drill/overrides/";
        String[] students = new String[LimitsProfile.STAFF_PER_MINUTE + 1];
        for (int i = 0; i < students.length; i++) {
            students[i] = TestAccounts.student();
        }
        String instructor = TestAccounts.instructor();
        for (int i = 0; i < LimitsProfile.STAFF_PER_MINUTE; i++) {
            as(instructor).body(Map.of("extraAttempts", 1)).put(overrides + students[i]).then().statusCode(200);
        }

        as(instructor).body(Map.of("extraAttempts", 1)).put(overrides + students[LimitsProfile.STAFF_PER_MINUTE])
                .then().statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("error", containsString("Too many changes by staff"));

        JsonPath granted = as(instructor).get("/api/instructor/quizzes/drill/overrides").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, granted.getInt("findAll { it.username == '" + students[0] + "' }.size()"));
        assertEquals(0, granted.getInt("findAll { it.username == '" + students[LimitsProfile.STAFF_PER_MINUTE]
                + "' }.size()"), "the refused grant was made");
        assertEquals(204, as(TestAccounts.instructor()).delete(overrides + students[0]).then().extract().statusCode(),
                "each staff account has its own allowance");
    }
}
