package org.cyberpolicy.quiz.attempt;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The shipped indictments exam shows its answers, feedback and facts after the student's last attempt (issue 18,
 * part 1): before, its first attempt's review gave every key away and the second scored 10/10.
 */
@QuarkusTest
@Tag("database")
class ReviewPolicyTest {

    private static final String EXAM = "indictments-exam";
    private static final String LAST_ATTEMPT =
            "The correct answers and the feedback are shown after your last attempt.";

    @Inject
    CurrentBank currentBank;

    private static long start(String student, String quiz) {
        return TestAccounts.as(student).post("/api/quizzes/" + quiz + "/attempts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private static JsonPath submit(String student, long attempt) {
        return TestAccounts.as(student).post("/api/attempts/" + attempt + "/submit").then().statusCode(200)
                .extract().jsonPath();
    }

    private static void assertMarkedWithoutKeys(JsonPath result) {
        assertTrue(result.getMap("$").containsKey("score"), "the score is always shown");
        assertEquals(LAST_ATTEMPT, result.getString("withheld"));
        List<Map<String, Object>> questions = result.getList("questions");
        assertEquals(10, questions.size());
        for (Map<String, Object> question : questions) {
            assertTrue(question.containsKey("score"), "each mark is shown: " + question);
            for (String absent : List.of("correctAnswer", "feedback", "choiceFeedback", "facts")) {
                assertFalse(question.containsKey(absent), absent + " must be absent, not null: " + question);
            }
        }
    }

    @Test
    void theSubmitResponseOfAFirstAttemptHasTheScoreAndMarksButNoKeyFeedbackOrFacts() {
        String student = TestAccounts.student();
        assertMarkedWithoutKeys(submit(student, start(student, EXAM)));
    }

    @Test
    void theAttemptReadBackBetweenAttemptsKeepsTheKeysBack() {
        String student = TestAccounts.student();
        long attempt = start(student, EXAM);
        submit(student, attempt);
        assertMarkedWithoutKeys(TestAccounts.as(student).get("/api/attempts/" + attempt).then().statusCode(200)
                .extract().jsonPath());
    }

    @Test
    void theReviewPageSaysWhenTheAnswersWillBeShownAndShowsNone() {
        String student = TestAccounts.student();
        long attempt = start(student, EXAM);
        submit(student, attempt);
        TestAccounts.as(student).get("/attempts/" + attempt + "/review").then().statusCode(200)
                .body(containsString("Score <strong>0 / 10</strong>"))
                .body(containsString(LAST_ATTEMPT))
                .body(not(containsString("Correct answer")))
                .body(not(containsString("Read in the briefing")));
    }

    @Test
    void theInstructorSeesTheWholeReviewMeanwhile() {
        String student = TestAccounts.student();
        long attempt = start(student, EXAM);
        submit(student, attempt);
        TestAccounts.as(TestAccounts.instructor()).get("/instructor/attempts/" + attempt).then().statusCode(200)
                .body(containsString("Correct answer")).body(containsString("Read in the briefing"))
                .body(not(containsString(LAST_ATTEMPT)));
    }

    @Test
    void afterTheLastAttemptBothReviewsShowEverything() {
        String student = TestAccounts.student();
        long first = start(student, EXAM);
        submit(student, first);
        JsonPath last = submit(student, start(student, EXAM));
        assertFalse(last.getMap("$").containsKey("withheld"), last.prettify());
        assertTrue(last.<Map<String, Object>>getList("questions").stream()
                .allMatch(q -> q.containsKey("correctAnswer") && q.containsKey("facts")));
        TestAccounts.as(student).get("/api/attempts/" + first).then().statusCode(200)
                .body("questions.findAll { it.correctAnswer != null }.size()", equalTo(10));
    }

    @Test
    void betweenAttemptsTrainingAsksNoneOfTheExamsQuestionsNorTheirFacts() {
        String student = TestAccounts.student();
        submit(student, start(student, EXAM));
        Quiz exam = currentBank.get().quiz(EXAM).orElseThrow();
        int asked = 0;
        for (int i = 0; i < 12; i++) {
            JsonPath next = TestAccounts.as(student).body(Map.of("tags", List.of("indictments")))
                    .post("/api/train/next").then().statusCode(200).extract().jsonPath();
            if (!"question".equals(next.getString("status"))) {
                break;
            }
            String id = next.getString("question.id");
            assertFalse(exam.canShow(currentBank.get().questions().get(id)), id);
            Map<String, Object> dontKnow = new HashMap<>();
            dontKnow.put("token", next.getString("token"));
            dontKnow.put("response", null);
            TestAccounts.as(student).body(dontKnow).post("/api/train/answer").then().statusCode(200);
            asked++;
        }
        assertTrue(asked < 12, "training kept asking; the exam's questions would be among them");
    }

    @Test
    void theRandomExamLetsTrainingGoOnBetweenAttempts() {
        String student = TestAccounts.student();
        submit(student, start(student, "cyber-accusations-exam"));
        String id = TestAccounts.as(student).body(Map.of("tags", List.of("exchange"))).post("/api/train/next").then()
                .statusCode(200).body("status", equalTo("question")).extract().jsonPath().getString("question.id");
        // Training asks about a fact the exam tests (through this question, or one generated from the same fact).
        Quiz exam = currentBank.get().quiz("cyber-accusations-exam").orElseThrow();
        List<String> facts = currentBank.get().questions().get(id).info().factIds();
        assertTrue(currentBank.get().questions().values().stream().filter(exam::canShow)
                .anyMatch(q -> q.info().factIds().stream().anyMatch(facts::contains)),
                "a fact the exam tests: " + id + " " + facts);
    }
}
