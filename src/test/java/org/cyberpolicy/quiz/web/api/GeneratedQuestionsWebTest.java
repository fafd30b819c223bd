package org.cyberpolicy.quiz.web.api;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * Questions generated from the shipped bank's facts go where questions go: into a quiz's attempt (the facts drill),
 * graded, reviewed with the fact and its sources, checked in practice, exported and analysed; and their keys reach
 * instructors only.
 */
@QuarkusTest
@Tag("database")
class GeneratedQuestionsWebTest {

    @Inject
    CurrentBank currentBank;

    @Test
    void theKeysOfAFactsGeneratedQuestionsAreForInstructorsOnly() {
        String path = "/api/instructor/facts/charges-announced-date/questions";
        RestAssured.given().get(path).then().statusCode(401);
        as(TestAccounts.student()).get(path).then().statusCode(403);
        String instructor = TestAccounts.instructor();
        as(instructor).get("/api/instructor/facts/no-such-fact/questions").then().statusCode(404);
        JsonPath json = as(instructor).get(path).then().statusCode(200).extract().jsonPath();
        assertEquals("date", json.getString("kind"));
        assertEquals(List.of("charges-announced-date~entry", "charges-announced-date~choice",
                "charges-announced-date~true-false"), json.getList("questions.id"));
        assertEquals("2021-07-19", json.getString("questions[0].date"));
        assertEquals("day", json.getString("questions[0].precision"));
        assertEquals(List.of("19 July 2021"), json.getList("questions[1].choices.findAll { it.correct }.text"));
        assertEquals(List.of(), as(instructor).get("/api/instructor/facts/campaign-goals/questions").then()
                .statusCode(200).extract().jsonPath().getList("questions"));
    }

    @Test
    void theBankPageShowsEachFactsGeneratedQuestionsWithTheirKeys() {
        String html = Browser.signedInAs(TestAccounts.instructor()).get("/instructor/bank").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("<h2 id=\"bank-generated\">Generated questions</h2>"), html);
        assertTrue(html.contains("<tr id=\"q-charges-announced-date~choice\">"));
        assertTrue(html.contains("19 July 2021 <strong>(right)</strong>"));
        assertTrue(html.contains("58 questions (+ 58 generated)"));
    }

    @Test
    void anAttemptWithGeneratedQuestionsIsGradedReviewedCheckedExportedAndAnalysed() {
        String student = TestAccounts.student();
        long attempt = as(student).post("/api/quizzes/facts-drill/attempts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        JsonPath sheet = as(student).get("/api/attempts/" + attempt).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> questions = sheet.getList("questions");
        assertEquals(10, questions.size());
        // The sheet holds the options shown and never a key.
        assertFalse(sheet.prettify().contains("\"correct\""));

        Map<String, Object> responses = new HashMap<>();
        for (Map<String, Object> shown : questions) {
            String id = (String) shown.get("id");
            assertTrue(id.contains("~"), id);
            Question question = currentBank.get().question(id).orElseThrow();
            responses.put(id, rightResponse(question, shown));
        }
        // Practice checks one question at once.
        String first = (String) questions.get(0).get("id");
        as(student).body(Map.of("response", responses.get(first)))
                .post("/api/attempts/" + attempt + "/responses/" + first + "/check").then().statusCode(200)
                .body("correct", equalTo(true));

        JsonPath result = as(student).body(Map.of("responses", responses)).post("/api/attempts/" + attempt
                + "/submit").then().statusCode(200).extract().jsonPath();
        assertEquals(10.0, result.getDouble("score"), result.prettify());
        assertEquals(10.0, result.getDouble("maxScore"));
        // The review teaches the fact: its statement and sources, from the feedback and the facts.
        String factId = currentBank.get().question(first).orElseThrow().info().factIds().get(0);
        String statement = currentBank.get().facts().get(factId).statement();
        assertTrue(result.getString("questions[0].feedback").startsWith(statement), result.prettify());
        assertTrue(result.getString("questions[0].feedback").contains("Source"));
        assertEquals(factId, result.getString("questions[0].facts[0].id"));

        String instructor = TestAccounts.instructor();
        String csv = as(instructor).get("/api/export/responses.csv?quiz=facts-drill").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains(first), csv);
        as(instructor).get("/api/export/attempts.csv?quiz=facts-drill").then().statusCode(200)
                .body(containsString(student));
        Browser.signedInAs(instructor).get("/instructor/quizzes/facts-drill/analysis").then().statusCode(200)
                .body(containsString("~"));
    }

    /** The response that earns full marks, in the shape the API takes, naming the options as the sheet shows them. */
    static Object rightResponse(Question question, Map<String, Object> shown) {
        @SuppressWarnings("unchecked")
        List<Map<String, String>> options = (List<Map<String, String>>) shown.get("choices");
        if (question instanceof Question.SingleChoice single) {
            String right = single.choices().stream().filter(Choice::correct).findFirst().orElseThrow().text();
            return options.stream().filter(o -> o.get("text").equals(right)).findFirst().orElseThrow().get("id");
        }
        if (question instanceof Question.MultipleChoice multiple) {
            List<String> right = multiple.choices().stream().filter(Choice::correct).map(Choice::text).toList();
            return options.stream().filter(o -> right.contains(o.get("text"))).map(o -> o.get("id")).toList();
        }
        if (question instanceof Question.TrueFalse trueFalse) {
            return trueFalse.answer();
        }
        if (question instanceof Question.Numeric numeric) {
            return numeric.answer();
        }
        if (question instanceof Question.DateAnswer date) {
            return date.answer().toString();
        }
        return ((Question.ShortAnswer) question).answers().get(0);
    }
}
