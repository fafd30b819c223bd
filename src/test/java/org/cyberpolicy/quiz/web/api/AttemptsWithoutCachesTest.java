package org.cyberpolicy.quiz.web.api;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;

import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The caches of frozen questions and of rendered pages only save work: with both off (size 0, as when a full cache
 * turns new entries away), every question is read from the database, in the transaction that stored it, too.
 */
@QuarkusTest
@Tag("database")
@TestProfile(AttemptsWithoutCachesTest.NoCaches.class)
class AttemptsWithoutCachesTest {

    public static class NoCaches extends StudentFlowProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("quiz.attempt.snapshot-cache-size", "0");
            config.put("quiz.attempt.page-cache-size", "0");
            return config;
        }
    }

    @Test
    void anAttemptStartsAndItsPageShowsItsQuestions() {
        String student = TestAccounts.student();
        long id = AttemptApiTest.start(student, "every-type").getLong("id");

        as(student).get("/attempts/" + id).then().statusCode(200)
                .body(containsString("Which body did the defendants work for?"));
    }

    @Test
    void anAttemptAnsweredThroughAutosaveIsGradedInFull() {
        String student = TestAccounts.student();
        JsonPath sheet = AttemptApiTest.start(student, "every-type");
        long id = sheet.getLong("id");
        AttemptApiTest.rightAnswers(sheet)
                .forEach((question, response) -> AttemptApiTest.save(student, id, question, response, 204));

        as(student).post("/api/attempts/" + id + "/submit").then().statusCode(200)
                .body("score", equalTo(12.0f))
                .body("maxScore", equalTo(12.0f));
        as(student).get("/api/attempts/" + id).then().statusCode(200).body("score", equalTo(12.0f));
    }
}
