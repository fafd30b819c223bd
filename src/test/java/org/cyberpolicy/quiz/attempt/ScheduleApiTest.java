package org.cyberpolicy.quiz.attempt;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.testing.EditableBankProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Opening and closing times and the delay between attempts (issue 18, part 2), over the API. Each test writes its
 * quiz with times relative to now into a file of its own beside the editable bank, and removes it afterwards.
 */
@QuarkusTest
@Tag("database")
@TestProfile(EditableBankProfile.class)
class ScheduleApiTest {

    private static final Path FILE = Path.of(EditableBankProfile.DIR, "schedule.yaml");
    private static final String QUIZ = "scheduled";

    @Inject
    CurrentBank currentBank;

    @Inject
    Deadlines deadlines;

    private void quiz(String rules) throws IOException {
        Files.writeString(FILE, """
                quizzes:
                  - id: scheduled
                    title: Scheduled
                    questions: [t-true-false, t-numeric]
                """ + rules.indent(4));
        assertInstanceOf(LoadResult.Loaded.class, currentBank.reload());
    }

    private static String in(long minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(minutes, ChronoUnit.MINUTES).toString();
    }

    @AfterEach
    void removeTheQuiz() throws IOException {
        Files.deleteIfExists(FILE);
        currentBank.reload();
    }

    private static JsonPath quizInList(String student) {
        return TestAccounts.as(student).get("/api/quizzes").then().statusCode(200).extract().jsonPath()
                .setRootPath("find { it.id == '" + QUIZ + "' }");
    }

    @Test
    void beforeItOpensAStartIsRefusedWithTheOpeningTimeAndTheListSaysWhen() throws IOException {
        String opens = in(60);
        quiz("opens: " + opens);
        String student = TestAccounts.student();
        TestAccounts.as(student).post("/api/quizzes/" + QUIZ + "/attempts").then().statusCode(409)
                .body("error", startsWith("\u201cScheduled\u201d opens at "));
        assertEquals(opens, quizInList(student).getString("opens"));
        TestAccounts.as(student).get("/").then().statusCode(200)
                .body(containsString("Opens <time class=\"local-time\" datetime=\"" + opens + "\">"));
        TestAccounts.as(student).get("/quizzes/" + QUIZ).then().statusCode(200)
                .body(containsString("This quiz opens at <time"));
    }

    @Test
    void fromItsCloseOnNoAttemptStarts() throws IOException {
        quiz("closes: " + in(-1));
        TestAccounts.as(TestAccounts.student()).post("/api/quizzes/" + QUIZ + "/attempts").then().statusCode(409)
                .body("error", containsString("closed at"));
    }

    @Test
    void anAttemptsDeadlineIsTheEarlierOfItsTimeLimitAndTheClose() throws IOException {
        String closes = in(10);
        quiz("time-limit: 15m\ncloses: " + closes);
        TestAccounts.as(TestAccounts.student()).post("/api/quizzes/" + QUIZ + "/attempts").then().statusCode(201)
                .body("deadline", equalTo(closes));
    }

    @Test
    void anOpenAttemptIsGradedAtTheCloseWithWhatWasSaved() throws IOException {
        quiz("closes: " + in(60));
        String student = TestAccounts.student();
        long attempt = TestAccounts.as(student).post("/api/quizzes/" + QUIZ + "/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        TestAccounts.as(student).body(Map.of("response", 4)).put("/api/attempts/" + attempt
                + "/responses/t-numeric").then().statusCode(204);

        // The instructor brings the close forward to a minute ago; the next check moves the open attempt's deadline.
        String closes = in(-1);
        quiz("closes: " + closes);
        deadlines.updateAll();

        TestAccounts.as(student).get("/api/attempts/" + attempt).then().statusCode(200)
                .body("state", equalTo("timed-out")).body("finishedAt", equalTo(closes))
                .body("score", equalTo(2.0f));
    }

    @Test
    void theNextAttemptWaitsForTheDelay() throws IOException {
        quiz("attempt-delay: 1h\nmax-attempts: 2");
        String student = TestAccounts.student();
        long first = TestAccounts.as(student).post("/api/quizzes/" + QUIZ + "/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        TestAccounts.as(student).post("/api/attempts/" + first + "/submit").then().statusCode(200);
        TestAccounts.as(student).post("/api/quizzes/" + QUIZ + "/attempts").then().statusCode(409)
                .body("error", startsWith("Your next attempt at \u201cScheduled\u201d can start at "));
        assertEquals(3600, quizInList(student).getInt("attemptDelaySeconds"));
    }
}
