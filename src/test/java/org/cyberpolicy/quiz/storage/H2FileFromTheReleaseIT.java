package org.cyberpolicy.quiz.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.cyberpolicy.quiz.testing.PackagedApp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.specification.RequestSpecification;

/**
 * A school's data folder written by the release before the Quarkus 3.33 upgrade (Quarkus 3.26.4, H2 2.3.230), opened
 * by this build: every account, attempt, response and training memory is still there, Flyway's history is as it was,
 * and the attempts left open can still be saved and submitted.
 *
 * <p>The fixture, {@code src/test/resources/h2-2.3/}, is that release's {@code quiz.mv.db} and what the release
 * answered about it through the same API ({@code expected.json}); {@code make-fixture.sh} beside them makes both.
 */
class H2FileFromTheReleaseIT {

    private static final Path FIXTURE = Path.of(System.getProperty("project.basedir", "."))
            .resolve("src/test/resources/h2-2.3");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The export columns that hold the record (anything added to the exports later is not compared). */
    private static final List<String> ATTEMPT_COLUMNS = List.of("attempt_id", "username", "student_number", "quiz_id",
            "attempt_number", "practice", "state", "started_at", "deadline", "finished_at", "score", "max_score",
            "percent", "passed", "bank_version");
    private static final List<String> RESPONSE_COLUMNS = List.of("attempt_id", "username", "quiz_id", "position",
            "question_id", "question_type", "fact_ids", "response", "answered_at", "score", "max_score", "correct");
    private static final List<String> RESULT_FIELDS = List.of("id", "quizId", "number", "state", "startedAt",
            "finishedAt", "score", "maxScore", "percent", "passed", "bankVersion");

    /**
     * bob's open attempt once submitted with ex-six-groups answered (right): his four answers of the fixture, and this
     * one (the score that this build gave the first time; a grading change would move it).
     */
    private static final String BOBS_SCORE = "2";

    @TempDir
    Path dataDir;

    @AutoClose("kill")
    private PackagedApp app;

    private JsonNode expected;

    private RequestSpecification as(String username) {
        return app.as(username, expected.get(username.equals("instructor") ? "instructorPassword" : "password")
                .asText());
    }

    private JsonNode get(String username, String path) throws Exception {
        return JSON.readTree(as(username).get(path).then().statusCode(200).extract().asString());
    }

    /**
     * The gradebook without the columns of quizzes the release's bank did not have (the shipped bank has gained some
     * since, such as the facts drill), after checking that nobody has a graded attempt at them.
     */
    private static JsonNode onlyTheReleasesQuizzes(JsonNode release, JsonNode now) {
        Set<String> known = new HashSet<>(release.findValuesAsText("quiz_id"));
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode student : now) {
            ObjectNode copy = student.deepCopy();
            ArrayNode quizzes = copy.putArray("quizzes");
            for (JsonNode quiz : student.get("quizzes")) {
                if (known.contains(quiz.get("quiz_id").asText())) {
                    quizzes.add(quiz);
                } else {
                    assertEquals(0, quiz.get("attempts_graded").asInt(), "a quiz the release did not have: " + quiz);
                }
            }
            kept.add(copy);
        }
        return kept;
    }

    @Test
    void theReleasesDataFolderOpensWithEverythingInIt() throws Exception {
        expected = JSON.readTree(FIXTURE.resolve("expected.json").toFile());
        assertTrue(expected.at("/madeWith/h2").asText().startsWith("2.3."), "the fixture must come from H2 2.3");
        Files.copy(FIXTURE.resolve("quiz.mv.db"), dataDir.resolve("quiz.mv.db"));
        // Another instructor password than the fixture's: an instructor exists, so it must change nothing.
        app = PackagedApp.in(dataDir).env("QUIZ_BANK_DIR", "questions")
                .env("QUIZ_INSTRUCTOR_PASSWORD", "not the password of the fixture's instructor").build();
        app.start();

        // What was recorded when the fixture was made, stated here too: an empty or smaller fixture fails.
        assertEquals(6, expected.get("attempts").size());
        assertEquals(List.of("open", "open", "submitted", "submitted", "submitted", "submitted"),
                sorted(expected.get("attempts").findValuesAsText("state")));

        // The instructor's exports: every attempt, every response, every grade, as the release gave them.
        assertEquals(columns(expected.get("attempts"), ATTEMPT_COLUMNS),
                columns(get("instructor", "/api/export/attempts.json"), ATTEMPT_COLUMNS));
        assertEquals(columns(expected.get("responses"), RESPONSE_COLUMNS),
                columns(get("instructor", "/api/export/responses.json"), RESPONSE_COLUMNS));
        assertEquals(canonical(expected.get("gradebook")), canonical(onlyTheReleasesQuizzes(expected.get("gradebook"),
                get("instructor", "/api/export/gradebook.json?practice=include"))));

        // Each student's own view of each attempt, and their training memory.
        for (Map.Entry<String, JsonNode> student : expected.get("students").properties()) {
            String username = student.getKey();
            for (JsonNode attempt : student.getValue().get("attempts")) {
                JsonNode now = get(username, "/api/attempts/" + attempt.get("id").asLong());
                for (String field : RESULT_FIELDS) {
                    assertEquals(canonical(attempt.get(field)), canonical(now.get(field)),
                            username + "'s attempt " + attempt.get("id") + ": " + field);
                }
                assertEquals(questions(attempt), questions(now), username + "'s attempt " + attempt.get("id"));
            }
            JsonNode training = student.getValue().get("training");
            JsonNode progress = get(username, "/api/train/progress");
            assertEquals(training.get("met").asInt(), progress.get("met").asInt(), username + "'s facts met");
            List<Object> memories = new ArrayList<>();
            for (JsonNode fact : progress.get("factProgress")) {
                if (fact.has("phase")) {
                    memories.add(canonical(JSON.createObjectNode().put("id", fact.get("id").asText())
                            .put("phase", fact.get("phase").asText()).put("due", fact.get("due").asText())
                            .put("reps", fact.get("reps").asInt()).put("lapses", fact.get("lapses").asInt())));
                }
            }
            assertEquals(canonical(training.get("facts")), memories, username + "'s memories");
        }
        // The figures of the fixture as made (make-fixture.sh): the release's own scores, and the facts met.
        assertEquals(List.of("3.5", "4.25", "2.25", "2"), submittedScores(expected.get("attempts")));
        assertEquals(List.of(4, 0, 13, 2), List.of(expected.at("/students/alice/training/met").asInt(),
                expected.at("/students/bob/training/met").asInt(), expected.at("/students/carol/training/met").asInt(),
                expected.at("/students/dave/training/met").asInt()));

        // The training question handed out before the upgrade and never answered can be answered now.
        JsonNode pending = expected.at("/students/dave/pendingTraining");
        Map<String, Object> dontKnow = new HashMap<>();
        dontKnow.put("token", pending.get("token").asText());
        dontKnow.put("response", null);
        assertEquals(pending.get("questionId").asText(), as("dave").body(dontKnow).post("/api/train/answer").then()
                .statusCode(200).extract().jsonPath().getString("questionId"));

        // bob's open practice attempt: one more answer saved after the upgrade, then submitted with the four before.
        JsonNode bobs = openAttempt("bob");
        long bobsId = bobs.get("id").asLong();
        Map<String, Object> answers = new TreeMap<>();
        for (JsonNode question : bobs.get("questions")) {
            answers.put(question.get("id").asText(), canonical(question.get("response")));
        }
        assertNull(answers.get("ex-six-groups"), "bob had not answered ex-six-groups");
        assertEquals(4, answers.values().stream().filter(answer -> answer != null).count());
        as("bob").body(Map.of("response", 6)).put("/api/attempts/" + bobsId + "/responses/ex-six-groups").then()
                .statusCode(204);
        answers.put("ex-six-groups", "6");
        JsonNode bobsResult = JSON.readTree(as("bob").post("/api/attempts/" + bobsId + "/submit").then()
                .statusCode(200).extract().asString());
        assertEquals("submitted", bobsResult.get("state").asText());
        Map<String, Object> graded = new TreeMap<>();
        for (JsonNode question : bobsResult.get("questions")) {
            graded.put(question.get("id").asText(), canonical(question.get("response")));
            if (question.get("id").asText().equals("ex-six-groups")) {
                assertTrue(question.get("correct").asBoolean(), "six groups is the right answer: " + question);
            }
        }
        assertEquals(answers, graded);
        assertEquals(BOBS_SCORE, canonical(bobsResult.get("score")));

        // carol's open practice attempt: the question checked before the upgrade stays locked; the attempt submits.
        JsonNode carols = openAttempt("carol");
        long carolsId = carols.get("id").asLong();
        JsonNode checked = null;
        for (JsonNode question : carols.get("questions")) {
            if (question.hasNonNull("checked")) {
                checked = question;
            }
        }
        assertNotNull(checked, "carol's open attempt has a checked question");
        as("carol").body(Map.of("response", JSON.convertValue(checked.get("response"), Object.class)))
                .put("/api/attempts/" + carolsId + "/responses/" + checked.get("id").asText()).then().statusCode(409);
        JsonNode carolsResult = JSON.readTree(as("carol").post("/api/attempts/" + carolsId + "/submit").then()
                .statusCode(200).extract().asString());
        assertEquals("submitted", carolsResult.get("state").asText());

        app.stopGracefully();

        // Flyway's history: the release's rows unchanged (later versions may add rows after them, never change them).
        List<Object> history = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("quiz")
                + ";ACCESS_MODE_DATA=r", "quiz", "");
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SELECT \"installed_rank\", \"version\", \"description\","
                        + " \"checksum\", \"success\", \"installed_on\" FROM \"flyway_schema_history\" ORDER BY 1")) {
            while (rows.next()) {
                Map<String, Object> row = new TreeMap<>();
                row.put("rank", rows.getInt(1));
                row.put("version", rows.getString(2));
                row.put("description", rows.getString(3));
                row.put("checksum", rows.getObject(4));
                row.put("success", rows.getBoolean(5));
                row.put("installedOn", rows.getString(6));
                history.add(row);
            }
        }
        List<Object> expectedHistory = new ArrayList<>();
        for (JsonNode row : expected.get("flyway")) {
            expectedHistory.add(new TreeMap<>(JSON.convertValue(row, new TypeReference<Map<String, Object>>() {})));
        }
        // Its marker row (rank -1), then V1 to V5.
        assertEquals(6, expectedHistory.size());
        assertEquals(expectedHistory, history.subList(0, Math.min(history.size(), expectedHistory.size())));
    }

    /** The one open attempt of a student's, as the fixture recorded it (with its saved responses). */
    private JsonNode openAttempt(String username) {
        JsonNode found = null;
        for (JsonNode attempt : expected.at("/students/" + username + "/attempts")) {
            if (attempt.get("state").asText().equals("open")) {
                assertNull(found, username + " has one open attempt");
                found = attempt;
            }
        }
        assertNotNull(found, username + " has an open attempt in the fixture");
        return found;
    }

    /** The scores of the submitted attempts, by attempt id. */
    private static List<String> submittedScores(JsonNode attempts) {
        List<String> scores = new ArrayList<>();
        for (JsonNode attempt : attempts) {
            if (attempt.get("state").asText().equals("submitted")) {
                scores.add((String) canonical(attempt.get("score")));
            }
        }
        return scores;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    /** The given columns of every row, canonical. */
    private static List<Object> columns(JsonNode rows, List<String> columns) {
        List<Object> result = new ArrayList<>();
        for (JsonNode row : rows) {
            Map<String, Object> kept = new LinkedHashMap<>();
            for (String column : columns) {
                assertTrue(row.has(column), "no column " + column + " in " + row);
                kept.put(column, canonical(row.get(column)));
            }
            result.add(kept);
        }
        return result;
    }

    /** Each question's id, response, score and (in practice) marking. */
    private static List<Object> questions(JsonNode attempt) {
        List<Object> result = new ArrayList<>();
        for (JsonNode question : attempt.get("questions")) {
            Map<String, Object> kept = new LinkedHashMap<>();
            kept.put("id", canonical(question.get("id")));
            kept.put("response", canonical(question.get("response")));
            kept.put("score", canonical(question.get("score")));
            JsonNode checked = question.get("checked");
            kept.put("checked", checked == null || checked.isNull() ? null
                    : List.of(canonical(checked.get("score")), canonical(checked.get("correct"))));
            result.add(kept);
        }
        return result;
    }

    /** A JSON value for comparison: objects as sorted maps, numbers without trailing zeros, absent as null. */
    private static Object canonical(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(canonical(element)));
            return list;
        }
        Map<String, Object> map = new TreeMap<>();
        node.properties().forEach(field -> map.put(field.getKey(), canonical(field.getValue())));
        return map;
    }
}
