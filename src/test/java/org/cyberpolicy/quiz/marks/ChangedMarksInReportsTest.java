package org.cyberpolicy.quiz.marks;

import static org.cyberpolicy.quiz.marks.MarkOverrideApiTest.gradedAttempt;
import static org.cyberpolicy.quiz.marks.MarkOverrideApiTest.markPath;
import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cyberpolicy.quiz.testing.EditableBankProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Exports show the current marks with the original beside them, and the item analysis uses the current marks. */
@QuarkusTest
@Tag("database")
@TestProfile(EditableBankProfile.class)
class ChangedMarksInReportsTest {

    private static JsonPath export(String path) {
        return as(TestAccounts.instructor()).accept("*/*").get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theResponsesExportShowsBothMarksAndTheComment() {
        long id = gradedAttempt(TestAccounts.student());
        as(TestAccounts.instructor()).body(Map.of("score", 2, "comment", "Accepted."))
                .put(markPath(id, "t-numeric")).then().statusCode(200);

        JsonPath responses = export("/api/export/responses.json?quiz=every-type");

        String numeric = "find { it.attempt_id == " + id + " && it.question_id == 't-numeric' }";
        assertEquals(2.0f, responses.getFloat(numeric + ".score"));
        assertEquals(0.0f, responses.getFloat(numeric + ".original_score"));
        assertEquals("Accepted.", responses.getString(numeric + ".mark_comment"));
        assertEquals(true, responses.getBoolean(numeric + ".counted"));
        String unchanged = "find { it.attempt_id == " + id + " && it.question_id == 't-date' }";
        assertEquals("", String.valueOf(responses.getString(unchanged + ".original_score")).replace("null", ""));
    }

    @Test
    void theAttemptsExportShowsTheCurrentScoreAndTheOriginal() {
        long id = gradedAttempt(TestAccounts.student());
        as(TestAccounts.instructor()).body(Map.of("score", 2)).put(markPath(id, "t-numeric")).then().statusCode(200);

        JsonPath attempts = export("/api/export/attempts.json?quiz=every-type");

        String mine = "find { it.attempt_id == " + id + " }";
        assertEquals(3.0f, attempts.getFloat(mine + ".score"));
        assertEquals(25.0f, attempts.getFloat(mine + ".percent"));
        assertEquals(1.0f, attempts.getFloat(mine + ".original_score"));
        assertEquals(12.0f, attempts.getFloat(mine + ".original_max_score"));
    }

    @Test
    void theItemAnalysisUsesTheCurrentMarksAndLeavesDroppedQuestionsOut() {
        long id = gradedAttempt(TestAccounts.student());
        double[] before = numericRow();

        as(TestAccounts.instructor()).body(Map.of("score", 2)).put(markPath(id, "t-numeric")).then().statusCode(200);
        double[] marked = numericRow();
        as(TestAccounts.instructor()).body(Map.of("questions", List.of("t-numeric"), "mode", "drop", "dryRun", false))
                .post("/api/instructor/quizzes/every-type/regrade").then().statusCode(200);
        double[] dropped = numericRow();

        assertEquals(before[0], marked[0]);
        assertTrue(marked[1] > before[1], before[1] + " then " + marked[1]);
        assertEquals(0, dropped[0]);
    }

    /** The attempts and the facility of t-numeric in the item analysis of every attempt; 0 and 0 when absent. */
    private static double[] numericRow() {
        String page = as(TestAccounts.instructor()).accept("text/html")
                .get("/instructor/quizzes/every-type/analysis?attempts=all").then().statusCode(200).extract()
                .asString();
        Matcher row = Pattern.compile("class=\"wrap\"><code>t-numeric</code>.*?</th>"
                + "\\s*<td>[^<]*</td><td>(\\d+)</td><td>([0-9.]+)", Pattern.DOTALL).matcher(page);
        return row.find() ? new double[] { Double.parseDouble(row.group(1)), Double.parseDouble(row.group(2)) }
                : new double[] { 0, 0 };
    }
}
