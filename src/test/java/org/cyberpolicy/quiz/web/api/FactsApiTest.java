package org.cyberpolicy.quiz.web.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.web.student.LearnPageTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/** {@code GET /api/facts} and {@code /api/facts/timeline}: the briefings as JSON, never a question or its key. */
@QuarkusTest
class FactsApiTest {

    private static final String EXAM = "indictments-exam";

    @Inject
    CurrentBank currentBank;

    @Inject
    ObjectMapper mapper;

    @Test
    void withoutCredentialsTheApiAsksForThem() {
        RestAssured.given().get("/api/facts").then().statusCode(401);
        RestAssured.given().get("/api/facts/timeline").then().statusCode(401);
    }

    @Test
    void everyFactComesWithItsSourcesTopicsAndNote() {
        JsonPath facts = TestAccounts.as(TestAccounts.student()).get("/api/facts").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(currentBank.get().facts().size(), facts.getList("facts").size());
        String mss = "facts.find { it.id == 'defendants-worked-for-mss' }";
        assertEquals(currentBank.get().facts().get("defendants-worked-for-mss").note().orElseThrow(),
                facts.getString(mss + ".note"));
        assertEquals(List.of("vanrensburg-2021-07-24", "telecoms-2021-07-19"), facts.getList(mss + ".sources.id"));
        assertEquals("Telecoms.com", facts.getString(mss + ".sources[1].outlet"));
        assertTrue(facts.getList(mss + ".topics").contains("indictments"));
        assertEquals("The charges of July 2021", facts.getString("topics.find { it.id == 'indictments' }.title"));
        assertEquals("Dominic Raab, UK Foreign Secretary",
                facts.getString("facts.find { it.id == 'raab-reckless-pattern' }.quotation.speaker"));
    }

    @Test
    void noFieldOfTheAnswerNamesAQuestionAKeyOrAChoiceAndNoQuestionsTextIsInIt() throws Exception {
        String student = TestAccounts.student();
        for (String path : List.of("/api/facts", "/api/facts/timeline")) {
            String body = TestAccounts.as(student).get(path).then().statusCode(200).extract().asString();
            Set<String> fields = new HashSet<>();
            collectFieldNames(mapper.readTree(body), fields);
            for (String forbidden : List.of("correctAnswer", "answer", "answers", "correct", "key", "prompt",
                    "choices", "questions", "questionIds", "feedback")) {
                assertFalse(fields.contains(forbidden), path + " has a field " + forbidden + ": " + fields);
            }
            for (String text : LearnPageTest.questionTexts(currentBank.get())) {
                assertFalse(body.contains(mapper.writeValueAsString(text).replaceAll("^\"|\"$", "")),
                        path + " holds a question's text: " + text);
            }
        }
    }

    @Test
    void theTimelineIsInOrderOfDateWithTheTopicOfEachEntry() {
        JsonPath timeline = TestAccounts.as(TestAccounts.student()).get("/api/facts/timeline").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("2011", "2018", "2021-03", "2021-07-19"), timeline.getList("entries.date"));
        assertEquals("campaign-start-year", timeline.getString("entries[0].factId"));
        assertEquals("indictments", timeline.getString("entries[0].topic"));
        assertEquals(0, timeline.getInt("held"));
    }

    @Test
    void whileAnExamIsOpenTheFactsItTestsAreLeftOutAndHeldSaysWhy() {
        String student = TestAccounts.student();
        long attempt = TestAccounts.as(student).post("/api/quizzes/" + EXAM + "/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Set<String> held = examFacts();
        String body = TestAccounts.as(student).get("/api/facts").then().statusCode(200)
                .body("held.exams", hasItem("The July 2021 indictments")).extract().asString();
        for (String factId : held) {
            assertFalse(body.contains(factId), "held fact named: " + factId);
            String statement = currentBank.get().facts().get(factId).statement();
            assertFalse(body.contains(statement.substring(0, Math.min(40, statement.length()))),
                    "held fact stated: " + factId);
        }
        List<String> dated = TestAccounts.as(TestAccounts.student()).get("/api/facts/timeline").then().extract()
                .jsonPath().getList("entries.factId");
        long heldDated = dated.stream().filter(held::contains).count();
        assertTrue(heldDated > 0, "the exam tests no dated fact: the test proves nothing");
        TestAccounts.as(student).get("/api/facts/timeline").then().statusCode(200)
                .body("entries.factId", not(hasItem("charges-announced-date"))).body("held", equalTo((int) heldDated));

        TestAccounts.as(student).post("/api/attempts/" + attempt + "/submit").then().statusCode(200);
        // One attempt of two is left, and the exam's answers are shown after the last: still held.
        TestAccounts.as(student).get("/api/facts").then().statusCode(200)
                .body("facts.id", not(hasItem("defendants-worked-for-mss")));
        long last = TestAccounts.as(student).post("/api/quizzes/" + EXAM + "/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        TestAccounts.as(student).post("/api/attempts/" + last + "/submit").then().statusCode(200);
        TestAccounts.as(student).get("/api/facts").then().statusCode(200)
                .body("facts.id", hasItem("defendants-worked-for-mss"));
    }

    private Set<String> examFacts() {
        Bank bank = currentBank.get();
        Set<String> facts = new HashSet<>();
        bank.quiz(EXAM).orElseThrow().questionIds()
                .forEach(id -> facts.addAll(bank.questions().get(id).info().factIds()));
        return facts;
    }

    private static void collectFieldNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                names.add(field.getKey());
                collectFieldNames(field.getValue(), names);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectFieldNames(child, names));
        }
    }
}
