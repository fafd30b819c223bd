package org.cyberpolicy.quiz.web.api;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.testing.ShippedBankCopyProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * An attempt keeps the generated questions as it showed them: when the facts' asks and the kinds' values change and
 * the bank is reloaded, the open attempt shows, and is graded on, the prompts and options it was given.
 */
@QuarkusTest
@Tag("database")
@TestProfile(ShippedBankCopyProfile.class)
class GeneratedQuestionsFrozenTest {

    private static final Path FACTS = Path.of(ShippedBankCopyProfile.DIR, "facts.yaml");
    private static final Path KINDS = Path.of(ShippedBankCopyProfile.DIR, "kinds.yaml");

    @Inject
    CurrentBank currentBank;

    @Test
    void anOpenAttemptKeepsThePromptsAndOptionsItShowedWhenTheBankChanges() throws IOException {
        String student = TestAccounts.student();
        long attempt = as(student).post("/api/quizzes/facts-drill/attempts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        JsonPath before = as(student).get("/api/attempts/" + attempt).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> shown = before.getList("questions");
        Map<String, Object> responses = new HashMap<>();
        for (Map<String, Object> question : shown) {
            String id = (String) question.get("id");
            responses.put(id, GeneratedQuestionsWebTest.rightResponse(currentBank.get().question(id).orElseThrow(),
                    question));
        }

        String facts = Files.readString(FACTS, StandardCharsets.UTF_8);
        String kinds = Files.readString(KINDS, StandardCharsets.UTF_8);
        try {
            Files.writeString(FACTS, facts.replace("    ask: '", "    ask: 'Changed: ")
                    .replace("    claim: '", "    claim: 'Changed: "), StandardCharsets.UTF_8);
            Files.writeString(KINDS, kinds.replace("- Ministry of Public Security", "- Ministry of Finance")
                    .replace("- Lazarus Group", "- Equation Group").replace("- Merrick Garland", "- Janet Yellen"),
                    StandardCharsets.UTF_8);
            assertInstanceOf(LoadResult.Loaded.class, currentBank.reload());
            String first = (String) shown.get(0).get("id");
            assertNotEquals(shown.get(0).get("prompt"), currentBank.get().question(first).orElseThrow().prompt());

            JsonPath after = as(student).get("/api/attempts/" + attempt).then().statusCode(200).extract().jsonPath();
            assertEquals(before.getList("questions.prompt"), after.getList("questions.prompt"));
            assertEquals(before.getList("questions.choices"), after.getList("questions.choices"));

            JsonPath result = as(student).body(Map.of("responses", responses)).post("/api/attempts/" + attempt
                    + "/submit").then().statusCode(200).extract().jsonPath();
            assertEquals(10.0, result.getDouble("score"), result.prettify());
        } finally {
            Files.writeString(FACTS, facts, StandardCharsets.UTF_8);
            Files.writeString(KINDS, kinds, StandardCharsets.UTF_8);
            currentBank.reload();
        }
    }
}
