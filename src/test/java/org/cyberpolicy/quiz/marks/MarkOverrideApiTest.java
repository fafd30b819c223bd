package org.cyberpolicy.quiz.marks;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.cyberpolicy.quiz.testing.EditableBankProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * {@code PUT /api/instructor/attempts/{attemptId}/questions/{questionId}/mark}: an instructor sets one question's
 * mark with a comment; the attempt's score, the student's review and the gradebook follow, and the audit trail keeps
 * who changed what.
 */
@QuarkusTest
@Tag("database")
@TestProfile(EditableBankProfile.class)
class MarkOverrideApiTest {

    /** A student's graded attempt at every-type (12 points) with t-numeric (2 points) answered 5: 0 points. */
    static long gradedAttempt(String student) {
        long id = as(student).post("/api/quizzes/every-type/attempts").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as(student).body(Map.of("responses", Map.of("t-numeric", 5, "t-true-false", false)))
                .post("/api/attempts/" + id + "/submit").then().statusCode(200).body("score", equalTo(1.0f));
        return id;
    }

    static String markPath(long attemptId, String questionId) {
        return "/api/instructor/attempts/" + attemptId + "/questions/" + questionId + "/mark";
    }

    @Test
    void anInstructorsMarkChangesTheAttemptsScoreAndKeepsTheOriginal() {
        long id = gradedAttempt(TestAccounts.student());

        as(TestAccounts.instructor()).body(Map.of("score", 1.5, "comment", "Right method, one slip."))
                .put(markPath(id, "t-numeric")).then().statusCode(200)
                .body("score", equalTo(1.5f)).body("maxScore", equalTo(2.0f))
                .body("comment", equalTo("Right method, one slip."))
                .body("attemptScore", equalTo(2.5f)).body("originalAttemptScore", equalTo(1.0f))
                .body("changed", is(true));
    }

    @Test
    void anAttemptWhoseMarksWereChangedCannotBeReopenedAndRegradedFromItsAnswers() {
        String student = TestAccounts.student();
        long id = gradedAttempt(student);
        as(TestAccounts.instructor()).body(Map.of("score", 2, "comment", "Accepted."))
                .put(markPath(id, "t-numeric")).then().statusCode(200);

        as(TestAccounts.instructor()).post("/api/instructor/attempts/" + id + "/reopen").then().statusCode(409)
                .body("error", containsString("marks were changed after grading"));
        as(student).get("/api/attempts/" + id).then().statusCode(200).body("state", equalTo("submitted"))
                .body("score", equalTo(3.0f));
    }

    @Test
    void theStudentsReviewShowsTheNewMarkTheCommentAndTheOriginal() {
        String student = TestAccounts.student();
        long id = gradedAttempt(student);

        as(TestAccounts.instructor()).body(Map.of("score", 2, "comment", "Accepted: the report says five."))
                .put(markPath(id, "t-numeric")).then().statusCode(200);

        JsonPath review = as(student).get("/api/attempts/" + id).then().statusCode(200).extract().jsonPath();
        String numeric = "questions.find { it.id == 't-numeric' }";
        org.junit.jupiter.api.Assertions.assertEquals(3.0f, review.getFloat("score"));
        org.junit.jupiter.api.Assertions.assertEquals(25.0f, review.getFloat("percent"));
        org.junit.jupiter.api.Assertions.assertEquals(1.0f, review.getFloat("originalScore"));
        org.junit.jupiter.api.Assertions.assertEquals(2.0f, review.getFloat(numeric + ".score"));
        org.junit.jupiter.api.Assertions.assertTrue(review.getBoolean(numeric + ".correct"));
        org.junit.jupiter.api.Assertions.assertEquals("Accepted: the report says five.",
                review.getString(numeric + ".markComment"));
        org.junit.jupiter.api.Assertions.assertEquals(0.0f, review.getFloat(numeric + ".originalScore"));
    }

    @Test
    void theStudentsReviewPageShowsTheComment() {
        String student = TestAccounts.student();
        long id = gradedAttempt(student);
        as(TestAccounts.instructor()).body(Map.of("score", 2, "comment", "Accepted <after> review."))
                .put(markPath(id, "t-numeric")).then().statusCode(200);

        as(student).accept("text/html").get("/attempts/" + id + "/review").then().statusCode(200)
                .body(containsString("Accepted &lt;after&gt; review."))
                .body(containsString("3 / 12"));
    }

    @Test
    void theGradebookFollowsTheNewScore() {
        String student = TestAccounts.student();
        long id = gradedAttempt(student);
        as(TestAccounts.instructor()).body(Map.of("score", 2)).put(markPath(id, "t-numeric")).then().statusCode(200);

        JsonPath gradebook = as(TestAccounts.instructor()).accept("*/*")
                .get("/api/export/gradebook.json?quiz=every-type").then().statusCode(200).extract().jsonPath();
        String me = "find { it.username == '" + student + "' }";
        org.junit.jupiter.api.Assertions.assertEquals(3.0f, gradebook.getFloat(me + ".quizzes[0].score"));
        org.junit.jupiter.api.Assertions.assertEquals(25.0f, gradebook.getFloat(me + ".quizzes[0].percent"));
    }

    @Test
    void theAuditTrailKeepsWhoWhenTheOldAndTheNewMark() {
        long id = gradedAttempt(TestAccounts.student());
        String instructor = TestAccounts.instructor();
        as(instructor).body(Map.of("score", 1, "comment", "Half.")).put(markPath(id, "t-numeric")).then()
                .statusCode(200);
        as(instructor).body(Map.of("score", 2)).put(markPath(id, "t-numeric")).then().statusCode(200);

        as(instructor).get("/api/instructor/attempts/" + id + "/marks").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].questionId", equalTo("t-numeric")).body("[0].kind", equalTo("manual"))
                .body("[0].oldScore", equalTo(0.0f)).body("[0].newScore", equalTo(1.0f))
                .body("[0].comment", equalTo("Half.")).body("[0].changedBy", equalTo(instructor))
                .body("[1].oldScore", equalTo(1.0f)).body("[1].newScore", equalTo(2.0f))
                .body("[1].comment", nullValue()).body("[1].changedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void theSameMarkAgainChangesNothing() {
        long id = gradedAttempt(TestAccounts.student());
        String instructor = TestAccounts.instructor();
        as(instructor).body(Map.of("score", 1, "comment", "Half.")).put(markPath(id, "t-numeric")).then()
                .statusCode(200);

        as(instructor).body(Map.of("score", 1, "comment", "Half.")).put(markPath(id, "t-numeric")).then()
                .statusCode(200).body("changed", is(false));
        as(instructor).get("/api/instructor/attempts/" + id + "/marks").then().body("", hasSize(1));
    }

    @Test
    void aMarkAboveTheQuestionsPointsIsRefusedAndChangesNothing() {
        long id = gradedAttempt(TestAccounts.student());
        String instructor = TestAccounts.instructor();

        as(instructor).body(Map.of("score", 2.5)).put(markPath(id, "t-numeric")).then().statusCode(400)
                .body("error", containsString("between 0 and the question's 2 points"));
        as(instructor).body(Map.of("score", -1)).put(markPath(id, "t-numeric")).then().statusCode(400);
        as(instructor).body(Map.of("comment", "no mark")).put(markPath(id, "t-numeric")).then().statusCode(400);
        as(instructor).get("/api/instructor/attempts/" + id + "/marks").then().body("", hasSize(0));
    }

    @Test
    void anOpenAttemptsMarksCannotChange() {
        long id = as(TestAccounts.student()).post("/api/quizzes/every-type/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        as(TestAccounts.instructor()).body(Map.of("score", 1)).put(markPath(id, "t-numeric")).then().statusCode(409);
    }

    @Test
    void anUnknownAttemptOrQuestionIsNotFound() {
        long id = gradedAttempt(TestAccounts.student());
        String instructor = TestAccounts.instructor();

        as(instructor).body(Map.of("score", 1)).put(markPath(id, "no-such-question")).then().statusCode(404);
        as(instructor).body(Map.of("score", 1)).put(markPath(Long.MAX_VALUE, "t-numeric")).then().statusCode(404);
    }

    @Test
    void marksSavedAtOnceOnOneAttemptAreAllKeptInItsScore() throws Exception {
        String student = TestAccounts.student();
        long id = gradedAttempt(student);
        String instructor = TestAccounts.instructor();
        Map<String, Integer> full = Map.of("t-single", 1, "t-multiple", 1, "t-true-false", 1, "t-numeric", 2,
                "t-date", 1, "t-month", 1, "t-short", 1, "t-matching", 3, "t-ordering", 1);
        java.util.Iterator<Map.Entry<String, Integer>> next = new java.util.concurrent.ConcurrentLinkedQueue<>(
                full.entrySet()).iterator();

        org.cyberpolicy.quiz.testing.AtOnce.send(full.size(), () -> {
            Map.Entry<String, Integer> question;
            synchronized (next) {
                question = next.next();
            }
            return as(instructor).body(Map.of("score", question.getValue())).put(markPath(id, question.getKey()))
                    .then().statusCode(200).extract().statusCode();
        });

        as(student).get("/api/attempts/" + id).then().body("score", equalTo(12.0f)).body("percent", equalTo(100.0f));
        as(instructor).get("/api/instructor/attempts/" + id + "/marks").then().body("", hasSize(8));
    }

    @Test
    void studentsCannotChangeMarksNotEvenTheirOwn() {
        String student = TestAccounts.student();
        long id = gradedAttempt(student);

        as(student).body(Map.of("score", 2)).put(markPath(id, "t-numeric")).then().statusCode(403);
        as(student).get("/api/instructor/attempts/" + id + "/marks").then().statusCode(403);
        as(student).get("/api/attempts/" + id).then().body("score", equalTo(1.0f));
    }
}
