package org.cyberpolicy.quiz.web.api;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.training.ReviewLog;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.TrainingProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Practice quizzes check each answer at once (immediate feedback), lock it, and count it in training. */
@QuarkusTest
@Tag("database")
@TestProfile(TrainingProfile.class)
class PracticeCheckTest {

    static long startDrill(String student) {
        return as(student).post("/api/quizzes/drill/attempts").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static JsonPath check(String student, long attempt, String question, Object response) {
        return as(student).body(Map.of("response", response))
                .post("/api/attempts/" + attempt + "/responses/" + question + "/check").then().log()
                .ifValidationFails().statusCode(200).extract().jsonPath();
    }

    @Test
    void aCheckedQuestionShowsItsMarkingAtOnceAndTheOthersStayHidden() {
        String student = TestAccounts.student();
        long attempt = startDrill(student);
        JsonPath checked = check(student, attempt, "count-true-false", true);
        assertFalse(checked.getBoolean("correct"));
        assertEquals(false, checked.getBoolean("correctAnswer"));
        assertEquals("Test Wire", checked.getString("facts[0].sources[0].outlet"));

        JsonPath sheet = as(student).get("/api/attempts/" + attempt).then().statusCode(200).extract().jsonPath();
        assertEquals("open", sheet.getString("state"));
        assertEquals(false, sheet.getBoolean("questions.find { it.id == 'count-true-false' }.checked.correctAnswer"));
        assertNull(sheet.get("questions.find { it.id == 'group-short' }.checked"));
        assertFalse(sheet.prettify().contains("Hafnium"), "an unchecked answer is not in the sheet");
    }

    @Test
    void aCheckedAnswerIsLocked() {
        String student = TestAccounts.student();
        long attempt = startDrill(student);
        check(student, attempt, "count-true-false", false);
        as(student).body(Map.of("response", true)).put("/api/attempts/" + attempt + "/responses/count-true-false")
                .then().statusCode(409).body("error", containsString("locked"));
        as(student).body(Map.of("response", true))
                .post("/api/attempts/" + attempt + "/responses/count-true-false/check").then().statusCode(409);
        as(student).body(Map.of("responses", Map.of("count-true-false", true)))
                .post("/api/attempts/" + attempt + "/submit").then().statusCode(409);
        // The same answer again, as a client sending every answer at submission would, is accepted.
        as(student).body(Map.of("responses", Map.of("count-true-false", false)))
                .post("/api/attempts/" + attempt + "/submit").then().statusCode(200).body("score", is(1.0f));
    }

    @Test
    void aMalformedCheckIsRefusedAndChangesNothing() {
        String student = TestAccounts.student();
        long attempt = startDrill(student);
        as(student).body(Map.of("response", "perhaps"))
                .post("/api/attempts/" + attempt + "/responses/count-true-false/check").then().statusCode(400);
        assertTrue(check(student, attempt, "count-true-false", false).getBoolean("correct"));
    }

    @Test
    void examsAreNotCheckedQuestionByQuestion() {
        String student = TestAccounts.student();
        long attempt = as(student).post("/api/quizzes/exam/attempts").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as(student).body(Map.of("response", 4)).post("/api/attempts/" + attempt + "/responses/count-numeric/check")
                .then().statusCode(409).body("error", containsString("practice"));
    }

    @Test
    void practiceHasNoAttemptLimit() {
        String student = TestAccounts.student();
        for (int i = 0; i < 4; i++) {
            long attempt = startDrill(student);
            as(student).post("/api/attempts/" + attempt + "/submit").then().statusCode(200);
        }
    }

    @Test
    void checkedAndSubmittedPracticeAnswersCountInTraining() {
        String student = TestAccounts.student();
        long attempt = startDrill(student);
        check(student, attempt, "count-true-false", false);
        as(student).body(Map.of("responses", Map.of("group-short", "Hafnium")))
                .post("/api/attempts/" + attempt + "/submit").then().statusCode(200);
        JsonPath progress = as(student).get("/api/train/progress").then().statusCode(200).extract().jsonPath();
        assertEquals(1, progress.getInt("factProgress.find { it.id == 'count' }.reps"));
        assertEquals(1, progress.getInt("factProgress.find { it.id == 'group' }.reps"));
        // Left unanswered in practice: says nothing of the student, so not a review.
        assertEquals(0, progress.getInt("factProgress.find { it.id == 'agency' }.reps"));
    }

    @Test
    void onThePageACheckButtonMarksOneQuestionAndKeepsTheOthersOpen() {
        String student = TestAccounts.student();
        long attempt = startDrill(student);
        Browser browser = Browser.signedInAs(student);
        String sheet = browser.get("/attempts/" + attempt).asString();
        assertTrue(sheet.contains("value=\"check:count-true-false\""), sheet);
        Response checked = browser.post("/attempts/" + attempt, Map.of("r-count-true-false", "false",
                "r-group-short", "Hafn", "action", "check:count-true-false"));
        assertEquals(303, checked.statusCode());
        assertTrue(checked.header("Location").endsWith("/attempts/" + attempt + "#question-1"),
                checked.header("Location"));
        String after = browser.get("/attempts/" + attempt).asString();
        assertTrue(after.contains("checked, so this answer is locked"), after);
        assertTrue(after.contains("Correct answer"));
        assertFalse(after.contains("value=\"check:count-true-false\""));
        assertTrue(after.contains("value=\"check:group-short\""));
        // The other answer typed on the page was saved, not checked.
        assertTrue(after.contains("value=\"Hafn\""), after);
        assertFalse(after.contains("Hafnium"), "the unchecked question's answer stays hidden");
    }

    @Test
    void checksRacingOnOneQuestionMarkItOnceAndReviewItsFactOnce() throws Exception {
        String student = TestAccounts.student();
        long attempt = startDrill(student);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        List<Integer> statuses = new java.util.ArrayList<>();
        try {
            List<java.util.concurrent.Callable<Integer>> checks = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                checks.add(() -> as(student).body(Map.of("response", true))
                        .post("/api/attempts/" + attempt + "/responses/count-true-false/check").statusCode());
            }
            for (java.util.concurrent.Future<Integer> check : pool.invokeAll(checks)) {
                statuses.add(check.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "checks accepted: " + statuses);
        assertEquals(15, statuses.stream().filter(s -> s == 409).count(), "checks refused: " + statuses);
        // The question tests one fact: one review of it, not one per racing request.
        long reviews = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ReviewLog
                .count("attemptId = ?1 and questionId = ?2", attempt, "count-true-false"));
        assertEquals(1, reviews, "training reviews from the check");
    }
}
