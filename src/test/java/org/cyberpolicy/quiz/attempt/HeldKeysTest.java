package org.cyberpolicy.quiz.attempt;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * While a student has an exam open, no route tells them the answer to a question of that exam, or to any question that
 * tests the same facts: not a practice check, not the review of another attempt, not training, not the progress page.
 * Once the exam's last attempt is submitted (its answers are shown then), everything is there again.
 */
@QuarkusTest
class HeldKeysTest {

    private static final String EXAM = "indictments-exam";
    private static final String PRACTICE = "exchange-practice";

    @Inject
    CurrentBank currentBank;

    private static long start(String student, String quiz) {
        return TestAccounts.as(student).post("/api/quizzes/" + quiz + "/attempts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private static void submit(String student, long attempt) {
        TestAccounts.as(student).post("/api/attempts/" + attempt + "/submit").then().statusCode(200);
    }

    /**
     * Submits the exam, then takes and submits its last attempt: its answers are shown after the last attempt, and
     * until then it holds its questions back as while it is open.
     */
    private static void submitAndUseTheLastAttempt(String student, long exam) {
        submit(student, exam);
        submit(student, start(student, EXAM));
    }

    /** The facts the exam tests, from the bank. */
    private Set<String> examFacts() {
        Bank bank = currentBank.get();
        Set<String> facts = new HashSet<>();
        bank.quiz(EXAM).orElseThrow().questionIds()
                .forEach(id -> facts.addAll(bank.questions().get(id).info().factIds()));
        return facts;
    }

    private boolean heldByTheExam(String questionId) {
        Question question = currentBank.get().questions().get(questionId);
        return currentBank.get().quiz(EXAM).orElseThrow().questionIds().contains(questionId)
                || question.info().factIds().stream().anyMatch(examFacts()::contains);
    }

    private List<String> practiceQuestionIds(String student, long practice) {
        return TestAccounts.as(student).get("/api/attempts/" + practice).then().statusCode(200).extract().jsonPath()
                .getList("questions.id", String.class);
    }

    @Test
    void practiceChecksOfAnOpenExamsFactsAreRefusedAndTheOthersAnswered() {
        String student = TestAccounts.student();
        long exam = start(student, EXAM);
        long practice = start(student, PRACTICE);
        int held = 0;
        int answered = 0;

        for (String question : practiceQuestionIds(student, practice)) {
            var check = TestAccounts.as(student).post("/api/attempts/" + practice + "/responses/" + question
                    + "/check").then();
            if (heldByTheExam(question)) {
                check.statusCode(409).body("$", not(hasKey("correctAnswer")))
                        .body("error", startsWith("This question cannot be checked now."));
                held++;
            } else {
                check.statusCode(200).body("$", hasKey("correctAnswer"));
                answered++;
            }
        }
        assertTrue(held > 0 && answered > 0, held + " held, " + answered + " answered: the test proves nothing");

        submitAndUseTheLastAttempt(student, exam);
        submit(student, practice);
        long after = start(student, PRACTICE);
        for (String question : practiceQuestionIds(student, after)) {
            TestAccounts.as(student).post("/api/attempts/" + after + "/responses/" + question + "/check").then()
                    .statusCode(200).body("$", hasKey("correctAnswer"));
        }
    }

    @Test
    void theReviewOfAnotherAttemptHoldsBackWhatTheOpenExamTests() {
        String student = TestAccounts.student();
        long practice = start(student, PRACTICE);
        submit(student, practice);
        long exam = start(student, EXAM);

        JsonPath during = TestAccounts.as(student).get("/api/attempts/" + practice).then().statusCode(200).extract()
                .jsonPath();
        assertFalse(during.getMap("$").containsKey("score"), "the total would give the held marks away");
        assertTrue(during.getString("withheld").startsWith("Held back while your exam"), during.prettify());
        for (Map<String, Object> question : during.<Map<String, Object>>getList("questions")) {
            boolean held = heldByTheExam((String) question.get("id"));
            assertTrue(held != question.containsKey("correctAnswer"), question.toString());
            assertTrue(held != question.containsKey("score"), question.toString());
            assertTrue(held != question.containsKey("facts"), question.toString());
        }
        TestAccounts.as(student).get("/attempts/" + practice + "/review").then().statusCode(200)
                .body(containsString("Score held back"));

        submitAndUseTheLastAttempt(student, exam);
        JsonPath after = TestAccounts.as(student).get("/api/attempts/" + practice).then().statusCode(200).extract()
                .jsonPath();
        assertTrue(after.getMap("$").containsKey("score"));
        assertTrue(after.<Map<String, Object>>getList("questions").stream().allMatch(q -> q.containsKey(
                "correctAnswer")));
    }

    @Test
    void trainingAsksNothingAnOpenExamTests() {
        String student = TestAccounts.student();
        start(student, EXAM);
        int asked = 0;

        for (int i = 0; i < 12; i++) {
            // Limited to the exam's own topic, where most questions are held back.
            JsonPath next = TestAccounts.as(student).body(Map.of("tags", List.of("indictments")))
                    .post("/api/train/next").then().statusCode(200).extract().jsonPath();
            if (!"question".equals(next.getString("status"))) {
                break;
            }
            assertFalse(heldByTheExam(next.getString("question.id")), next.getString("question.id"));
            Map<String, Object> dontKnow = new HashMap<>();
            dontKnow.put("token", next.getString("token"));
            dontKnow.put("response", null);
            TestAccounts.as(student).body(dontKnow).post("/api/train/answer").then().statusCode(200);
            asked++;
        }
        assertTrue(asked < 12, "training kept asking; held questions would be among them");
    }

    @Test
    void aTrainingQuestionAskedBeforeTheExamCannotBeAnsweredDuringIt() {
        String student = TestAccounts.student();
        // Training meets facts one at a time, some through questions generated from them, which this exam does not
        // test: answered ("I don't know") until a question the exam holds comes up.
        String token = null;
        for (int asked = 0; asked < 10 && token == null; asked++) {
            JsonPath next = TestAccounts.as(student).body(Map.of("tags", List.of("indictments")))
                    .post("/api/train/next").then().statusCode(200).body("status", equalTo("question")).extract()
                    .jsonPath();
            if (heldByTheExam(next.getString("question.id"))) {
                token = next.getString("token");
            } else {
                Map<String, Object> skip = new HashMap<>();
                skip.put("token", next.getString("token"));
                skip.put("response", null);
                TestAccounts.as(student).body(skip).post("/api/train/answer").then().statusCode(200);
            }
        }
        assertNotNull(token, "no training question of the exam's facts came up");
        long exam = start(student, EXAM);

        Map<String, Object> dontKnow = new HashMap<>();
        dontKnow.put("token", token);
        dontKnow.put("response", null);
        TestAccounts.as(student).body(dontKnow).post("/api/train/answer").then().statusCode(409)
                .body("$", not(hasKey("correctAnswer")));

        submitAndUseTheLastAttempt(student, exam);
        TestAccounts.as(student).body(dontKnow).post("/api/train/answer").then().statusCode(200)
                .body("$", hasKey("correctAnswer"));
    }

    @Test
    void progressDoesNotStateTheOpenExamsFacts() {
        String student = TestAccounts.student();
        long exam = start(student, EXAM);
        Set<String> facts = examFacts();

        List<Map<String, Object>> during = TestAccounts.as(student).get("/api/train/progress").then().statusCode(200)
                .extract().jsonPath().getList("factProgress");
        long heldBack = during.stream()
                .filter(f -> ((String) f.get("statement")).startsWith("Held back while your exam")).count();
        assertEquals(facts.size(), heldBack, during.toString());
        // Nor their ids, which can state the answer (defendants-worked-for-mss).
        assertTrue(during.stream().noneMatch(f -> facts.contains((String) f.get("id"))), during.toString());

        submitAndUseTheLastAttempt(student, exam);
        TestAccounts.as(student).get("/api/train/progress").then()
                .body("factProgress.statement.findAll { it.startsWith('Held back') }.size()", equalTo(0));
    }
}
