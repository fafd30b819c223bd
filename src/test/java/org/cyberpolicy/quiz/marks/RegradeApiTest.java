package org.cyberpolicy.quiz.marks;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.edit.BankFile;
import org.cyberpolicy.quiz.bank.edit.EditResult;
import org.cyberpolicy.quiz.testing.EditableBankProfile;
import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * {@code POST /api/instructor/quizzes/{quizId}/regrade} and {@code /facts/{factId}/regrade} after the bank in service
 * corrected a question: dry run, apply, the three modes, problems, and what the dashboard is told.
 */
@QuarkusTest
@Tag("database")
@TestProfile(EditableBankProfile.class)
class RegradeApiTest {

    private static final Path FILE = Path.of(EditableBankProfile.DIR, EditableBankProfile.FILE);

    @Inject
    CurrentBank currentBank;

    @AfterEach
    void putTheBankBack() throws IOException {
        Files.write(FILE, Files.readAllBytes(Path.of(StudentFlowProfile.BANK, EditableBankProfile.FILE)));
        currentBank.reload();
    }

    private void edit(String from, String to) {
        BankFile file = currentBank.files().resolve(EditableBankProfile.FILE);
        String text = currentBank.files().read(file).text();
        assertTrue(text.contains(from), from);
        assertInstanceOf(EditResult.Saved.class,
                currentBank.save(file, text.replace(from, to), currentBank.files().read(file).hash()));
    }

    /** t-true-false ("Five people were charged.") becomes true. */
    private void correctTheTrueFalseKey() {
        edit("    prompt: Five people were charged.\n    answer: false\n",
                "    prompt: Five people were charged.\n    answer: true\n");
    }

    /** every-type answered: t-true-false true (wrong before the correction), t-single "The army" (c3 in bank order). */
    private static long graded(String student, Map<String, Object> responses) {
        long id = as(student).post("/api/quizzes/every-type/attempts").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as(student).body(Map.of("responses", responses)).post("/api/attempts/" + id + "/submit").then()
                .statusCode(200);
        return id;
    }

    private static JsonPath regrade(String instructor, String path, Map<String, Object> body) {
        return as(instructor).body(body).post(path).then().statusCode(200).extract().jsonPath();
    }

    private static String line(long attemptId) {
        return "attempts.find { it.attemptId == " + attemptId + " }";
    }

    @Test
    void aDryRunListsOldAndNewScoresAndChangesNothing() {
        String student = TestAccounts.student();
        long id = graded(student, Map.of("t-true-false", true));
        correctTheTrueFalseKey();

        JsonPath dry = regrade(TestAccounts.instructor(), "/api/instructor/quizzes/every-type/regrade",
                Map.of("questions", List.of("t-true-false"), "mode", "new-key", "dryRun", true));

        assertEquals(false, dry.getBoolean("applied"));
        assertEquals(student, dry.getString(line(id) + ".username"));
        assertEquals(0.0f, dry.getFloat(line(id) + ".oldScore"));
        assertEquals(1.0f, dry.getFloat(line(id) + ".newScore"));
        assertEquals(List.of(), dry.getList(line(id) + ".problems"));
        as(student).get("/api/attempts/" + id).then().body("score", equalTo(0.0f));
    }

    @Test
    void applyRegradesKeepsTheOriginalAndTheSecondRunChangesNothing() {
        String student = TestAccounts.student();
        long id = graded(student, Map.of("t-true-false", true));
        correctTheTrueFalseKey();
        String instructor = TestAccounts.instructor();
        Map<String, Object> apply = Map.of("questions", List.of("t-true-false"), "mode", "new-key", "dryRun", false);

        JsonPath applied = regrade(instructor, "/api/instructor/quizzes/every-type/regrade", apply);
        JsonPath again = regrade(instructor, "/api/instructor/quizzes/every-type/regrade", apply);

        assertEquals(true, applied.getBoolean("applied"));
        assertEquals(1.0f, applied.getFloat(line(id) + ".newScore"));
        as(student).get("/api/attempts/" + id).then().body("score", equalTo(1.0f))
                .body("originalScore", equalTo(0.0f))
                .body("questions.find { it.id == 't-true-false' }.markComment",
                        equalTo("Regraded against the corrected question."));
        assertEquals(0, again.getInt("marksChanged"));
        as(instructor).get("/api/instructor/attempts/" + id + "/marks").then().body("size()", equalTo(1))
                .body("[0].kind", equalTo("new-key"));
    }

    @Test
    void aMarkSetByHandAfterTheCorrectionIsNotUndoneByTheRegrade() {
        String student = TestAccounts.student();
        long id = graded(student, Map.of("t-true-false", true));
        correctTheTrueFalseKey();
        String instructor = TestAccounts.instructor();
        as(instructor).body(Map.of("score", 0.5, "comment", "Half: see the note."))
                .put(MarkOverrideApiTest.markPath(id, "t-true-false")).then().statusCode(200);

        regrade(instructor, "/api/instructor/quizzes/every-type/regrade",
                Map.of("questions", List.of("t-true-false"), "mode", "new-key", "dryRun", false));

        as(student).get("/api/attempts/" + id).then().body("score", equalTo(0.5f));
    }

    @Test
    void fullCreditGivesEveryoneThePointsAndDropTakesTheQuestionOut() {
        String student = TestAccounts.student();
        long id = graded(student, Map.of("t-numeric", 4));
        String instructor = TestAccounts.instructor();

        JsonPath full = regrade(instructor, "/api/instructor/quizzes/every-type/regrade",
                Map.of("questions", List.of("t-single"), "mode", "full-credit", "dryRun", false));
        assertEquals(3.0f, full.getFloat(line(id) + ".newScore"));

        JsonPath drop = regrade(instructor, "/api/instructor/quizzes/every-type/regrade",
                Map.of("questions", List.of("t-matching"), "mode", "drop", "dryRun", false));
        assertEquals(12.0f, drop.getFloat(line(id) + ".oldMaxScore"));
        assertEquals(9.0f, drop.getFloat(line(id) + ".newMaxScore"));
        as(student).get("/api/attempts/" + id).then().body("score", equalTo(3.0f)).body("maxScore", equalTo(9.0f))
                .body("percent", equalTo(33.33f))
                .body("questions.find { it.id == 't-matching' }.counted", is(false));
    }

    @Test
    void aPickedChoiceTheCorrectionRemovedIsAProblemAndItsMarkStays() {
        String student = TestAccounts.student();
        JsonPath sheet = as(student).post("/api/quizzes/every-type/attempts").then().statusCode(201).extract()
                .jsonPath();
        long id = sheet.getLong("id");
        // Which id the army has depends on the attempt's shuffle: read it from the sheet.
        String army = sheet.getString(
                "questions.find { it.id == 't-single' }.choices.find { it.text == 'The army' }.id");
        as(student).body(Map.of("responses", Map.of("t-single", army))).post("/api/attempts/" + id + "/submit")
                .then().statusCode(200);
        edit("      - text: The army\n", "");

        JsonPath dry = regrade(TestAccounts.instructor(), "/api/instructor/quizzes/every-type/regrade",
                Map.of("questions", List.of("t-single"), "mode", "new-key"));

        assertEquals(false, dry.getBoolean("applied"));
        assertEquals("t-single", dry.getString(line(id) + ".problems[0].questionId"));
        assertEquals("the choice 'The army' the student picked no longer exists",
                dry.getString(line(id) + ".problems[0].message"));
        assertEquals(dry.getFloat(line(id) + ".oldScore"), dry.getFloat(line(id) + ".newScore"));
    }

    @Test
    void byFactRegradesEveryQuestionDerivingFromItAcrossQuizzes() {
        String student = TestAccounts.student();
        long everyType = graded(student, Map.of("t-numeric", 5));
        long twoSeconds = as(student).post("/api/quizzes/two-seconds/attempts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(student).body(Map.of("responses", Map.of("t-numeric", 5))).post("/api/attempts/" + twoSeconds
                + "/submit").then().statusCode(200);
        edit("    statement: Four people were charged.\n    value: 4\n",
                "    statement: Four people were charged.\n    value: 5\n");

        JsonPath dry = regrade(TestAccounts.instructor(), "/api/instructor/facts/four-charged/regrade",
                Map.of("mode", "new-key", "dryRun", true));

        assertTrue(dry.getList("questions").contains("t-numeric"), dry.prettify());
        assertEquals(2.0f, dry.getFloat(line(everyType) + ".newScore") - dry.getFloat(line(everyType)
                + ".oldScore"));
        assertEquals("two-seconds", dry.getString(line(twoSeconds) + ".quizId"));
        assertEquals(2.0f, dry.getFloat(line(twoSeconds) + ".newScore"));
    }

    @Test
    void theDashboardIsToldWhichQuizzesUsedAnOlderVersion() {
        graded(TestAccounts.student(), Map.of("t-true-false", true));
        correctTheTrueFalseKey();
        String instructor = TestAccounts.instructor();

        as(instructor).get("/api/instructor/regrade/stale").then().statusCode(200)
                .body("quizId", hasItem("every-type"))
                .body("find { it.quizId == 'every-type' }.questions", hasItems("t-true-false"));
        as(instructor).accept("text/html").get("/instructor").then().statusCode(200)
                .body(containsString("/instructor/quizzes/every-type/regrade"));
    }

    @Test
    void theRegradePageShowsTheDryRunAndItsFormAppliesIt() {
        String student = TestAccounts.student();
        long id = graded(student, Map.of("t-true-false", true));
        correctTheTrueFalseKey();
        String instructor = TestAccounts.instructor();
        String session = org.cyberpolicy.quiz.testing.AccountsOverHttp.signIn(instructor, TestAccounts.PASSWORD);
        io.restassured.response.Response page = io.restassured.RestAssured.given()
                .cookie(org.cyberpolicy.quiz.testing.AccountsOverHttp.SESSION_COOKIE, session)
                .get("/instructor/quizzes/every-type/regrade").then().statusCode(200)
                .body(containsString("value=\"t-true-false\" checked"))
                .body(containsString("/instructor/attempts/" + id + "\""))
                .body(containsString("Question")).body(containsString("Apply the regrade")).extract().response();
        var csrf = org.cyberpolicy.quiz.testing.AccountsOverHttp.csrfFrom(page);

        io.restassured.RestAssured.given().redirects().follow(false)
                .cookie(org.cyberpolicy.quiz.testing.AccountsOverHttp.SESSION_COOKIE, session)
                .cookie(org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_COOKIE, csrf.cookie())
                .formParam(org.cyberpolicy.quiz.testing.AccountsOverHttp.CSRF_FIELD, csrf.token())
                .formParam("mode", "new-key").formParam("question", "t-true-false")
                .post("/instructor/quizzes/every-type/regrade").then().statusCode(303);

        as(student).get("/api/attempts/" + id).then().body("score", equalTo(1.0f));
    }

    @Test
    void badRequestsAreRefusedWithAReason() {
        String instructor = TestAccounts.instructor();
        as(instructor).body(Map.of("mode", "half-credit")).post("/api/instructor/quizzes/every-type/regrade")
                .then().statusCode(400).body("error", containsString("new-key, full-credit or drop"));
        as(instructor).body(Map.of("mode", "drop", "questions", List.of("no-such")))
                .post("/api/instructor/quizzes/every-type/regrade").then().statusCode(400);
        as(instructor).body(Map.of("mode", "drop")).post("/api/instructor/quizzes/no-such-quiz/regrade").then()
                .statusCode(404);
        as(instructor).body(Map.of("mode", "drop")).post("/api/instructor/facts/no-such-fact/regrade").then()
                .statusCode(404);
        as(TestAccounts.student()).body(Map.of("mode", "drop"))
                .post("/api/instructor/quizzes/every-type/regrade").then().statusCode(403);
    }
}
