package org.cyberpolicy.quiz.attempt;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import io.restassured.specification.RequestSpecification;

/**
 * Accommodations per student (issue 18, part 3) over the API: extra time moves a running attempt's deadline at once,
 * extra attempts raise the limit, a student's own closing time lets them start, instructors end and reopen attempts,
 * and bad requests change nothing.
 */
@QuarkusTest
@Tag("database")
@TestProfile(EditableBankProfile.class)
class OverridesApiTest {

    private static final Path FILE = Path.of(EditableBankProfile.DIR, "accommodated.yaml");
    private static final String QUIZ = "accommodated";

    @Inject
    CurrentBank currentBank;

    private final String instructor = TestAccounts.instructor();

    private void quiz(String rules) throws IOException {
        Files.writeString(FILE, """
                quizzes:
                  - id: accommodated
                    title: Accommodated
                    questions: [t-true-false, t-numeric]
                """ + rules.indent(4));
        assertInstanceOf(LoadResult.Loaded.class, currentBank.reload());
    }

    @AfterEach
    void removeTheQuiz() throws IOException {
        Files.deleteIfExists(FILE);
        currentBank.reload();
    }

    private RequestSpecification asInstructor() {
        return TestAccounts.as(instructor);
    }

    private static String overrides(String student) {
        return "/api/instructor/quizzes/" + QUIZ + "/overrides/" + student;
    }

    private static JsonPath start(String student) {
        return TestAccounts.as(student).post("/api/quizzes/" + QUIZ + "/attempts").then().statusCode(201).extract()
                .jsonPath();
    }

    private static Instant deadline(String student, long attempt) {
        return Instant.parse(TestAccounts.as(student).get("/api/attempts/" + attempt).then().statusCode(200)
                .extract().jsonPath().getString("deadline"));
    }

    @Test
    void extraTimeMovesARunningAttemptsDeadlineAtOnceAndRemovingItMovesItBack() throws IOException {
        quiz("time-limit: 10m");
        String student = TestAccounts.student();
        JsonPath attempt = start(student);
        long id = attempt.getLong("id");
        Instant started = Instant.parse(attempt.getString("startedAt"));
        assertEquals(started.plus(Duration.ofMinutes(10)), deadline(student, id));

        asInstructor().body(Map.of("extraMinutes", 10, "timeFactor", 1.5)).put(overrides(student)).then()
                .statusCode(200).body("extraMinutes", equalTo(10)).body("timeFactor", equalTo(1.5f))
                .body("$", not(hasKey("closes")));
        assertEquals(started.plus(Duration.ofMinutes(25)), deadline(student, id));
        asInstructor().get("/api/instructor/quizzes/" + QUIZ + "/overrides").then().statusCode(200)
                .body("username", hasItem(student));

        asInstructor().delete(overrides(student)).then().statusCode(204);
        assertEquals(started.plus(Duration.ofMinutes(10)), deadline(student, id));
    }

    @Test
    void anExtraAttemptLetsTheStudentStartAgainAndHidesTheAnswersUntilItIsUsed() throws IOException {
        quiz("max-attempts: 1");
        String student = TestAccounts.student();
        long first = start(student).getLong("id");
        TestAccounts.as(student).post("/api/attempts/" + first + "/submit").then().statusCode(200)
                .body("questions[0]", hasKey("correctAnswer"));
        TestAccounts.as(student).post("/api/quizzes/" + QUIZ + "/attempts").then().statusCode(409);

        asInstructor().body(Map.of("extraAttempts", 1)).put(overrides(student)).then().statusCode(200);
        TestAccounts.as(student).get("/api/attempts/" + first).then().statusCode(200)
                .body("questions[0]", not(hasKey("correctAnswer")));
        start(student);
    }

    @Test
    void aStudentsOwnClosingTimeLetsThemStartAfterTheQuizClosedAndEndsTheirAttempt() throws IOException {
        quiz("closes: " + Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS));
        String student = TestAccounts.student();
        TestAccounts.as(student).post("/api/quizzes/" + QUIZ + "/attempts").then().statusCode(409);

        Instant own = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        asInstructor().body(Map.of("closes", own.toString())).put(overrides(student)).then().statusCode(200)
                .body("closes", equalTo(own.toString()));
        assertEquals(own.toString(), start(student).getString("deadline"));
    }

    @Test
    void anInstructorEndsAnOpenAttemptAndReopensIt() throws IOException {
        quiz("time-limit: 10m");
        String student = TestAccounts.student();
        long id = start(student).getLong("id");
        TestAccounts.as(student).body(Map.of("response", 4)).put("/api/attempts/" + id + "/responses/t-numeric")
                .then().statusCode(204);

        asInstructor().post("/api/instructor/attempts/" + id + "/end").then().statusCode(200)
                .body("state", equalTo("submitted")).body("score", equalTo(2.0f));
        asInstructor().post("/api/instructor/attempts/" + id + "/end").then().statusCode(409);

        asInstructor().post("/api/instructor/attempts/" + id + "/reopen").then().statusCode(204);
        JsonPath reopened = TestAccounts.as(student).get("/api/attempts/" + id).then().statusCode(200).extract()
                .jsonPath();
        assertEquals("open", reopened.getString("state"));
        assertEquals("4", reopened.getString("questions.find { it.id == 't-numeric' }.response"));
        TestAccounts.as(student).post("/api/attempts/" + id + "/submit").then().statusCode(200)
                .body("state", equalTo("submitted"));
    }

    @Test
    void badValuesAreRefusedWithEveryProblemAndSaveNothing() throws IOException {
        quiz("opens: 2026-01-01T09:00Z");
        String student = TestAccounts.student();
        asInstructor().body(Map.of("extraMinutes", -5, "timeFactor", 0.5, "closes", "2025-12-01T09:00:00Z"))
                .put(overrides(student)).then().statusCode(400)
                .body("error", containsString("extraMinutes must be 0 or more, not -5"))
                .body("error", containsString("timeFactor must be from 1 to 100"))
                .body("error", containsString("closes (2025-12-01T09:00:00Z) must come after opens"));
        asInstructor().get("/api/instructor/quizzes/" + QUIZ + "/overrides").then().statusCode(200)
                .body("username", not(hasItem(student)));
    }

    @Test
    void anUnknownStudentOrQuizIsNotFound() throws IOException {
        quiz("");
        asInstructor().body(Map.of("extraMinutes", 5)).put(overrides("nobody-here")).then().statusCode(404);
        asInstructor().body(Map.of("extraMinutes", 5)).put("/api/instructor/quizzes/no-such-quiz/overrides/"
                + TestAccounts.student()).then().statusCode(404);
        asInstructor().get("/api/instructor/quizzes/no-such-quiz/overrides").then().statusCode(404);
    }

    @Test
    void studentsCannotGrantThemselvesAnything() throws IOException {
        quiz("");
        String student = TestAccounts.student();
        TestAccounts.as(student).body(Map.of("extraMinutes", 60)).put(overrides(student)).then().statusCode(403);
        TestAccounts.as(student).get("/api/instructor/quizzes/" + QUIZ + "/overrides").then().statusCode(403);
        long id = start(student).getLong("id");
        TestAccounts.as(student).post("/api/instructor/attempts/" + id + "/end").then().statusCode(403);
    }
}
