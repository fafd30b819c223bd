package org.cyberpolicy.quiz.web.instructor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The accommodations forms of the instructor's pages (issue 18, part 3): they carry the CSRF token, grant and remove
 * an override, end and reopen an attempt, go back only to an instructor page, and students cannot use them.
 */
@QuarkusTest
@Tag("database")
class AccommodationFormsTest {

    private static final String EXAM = "indictments-exam";
    private static final String FORMS = "/instructor/accommodations";

    private static long accountId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().id);
    }

    @Test
    void theQuizsResultsGrantAnOverrideWithTheFormAndTheRunningAttemptsDeadlineMoves() {
        String student = TestAccounts.student();
        JsonPath started = TestAccounts.as(student).post("/api/quizzes/" + EXAM + "/attempts").then().statusCode(201)
                .extract().jsonPath();
        Browser instructor = Browser.signedInAs(TestAccounts.instructor());
        String back = "/instructor/quizzes/" + EXAM + "/results";
        instructor.get(back).then().statusCode(200).body(containsString("Accommodations and exceptions"));

        instructor.post(FORMS + "/overrides", Map.of("quizId", EXAM, "username", student, "timeFactor", "2",
                "back", back)).then().statusCode(303).header("Location", endsWith(back + "?done=granted"));
        instructor.get(back + "?done=granted").then().statusCode(200)
                .body(containsString("The override is saved")).body(containsString("time \u00d7 2"));
        Instant startedAt = Instant.parse(started.getString("startedAt"));
        TestAccounts.as(student).get("/api/attempts/" + started.getLong("id")).then()
                .body("deadline", equalTo(startedAt.plus(Duration.ofMinutes(30)).toString()));

        instructor.post(FORMS + "/overrides/remove", Map.of("quizId", EXAM, "username", student, "back", back))
                .then().statusCode(303);
        TestAccounts.as(student).get("/api/attempts/" + started.getLong("id")).then()
                .body("deadline", equalTo(startedAt.plus(Duration.ofMinutes(15)).toString()));
    }

    @Test
    void theStudentsPageEndsAndReopensAnAttempt() {
        String student = TestAccounts.student();
        long attempt = TestAccounts.as(student).post("/api/quizzes/" + EXAM + "/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Browser instructor = Browser.signedInAs(TestAccounts.instructor());
        String back = "/instructor/students/" + accountId(student);
        instructor.get(back).then().statusCode(200).body(containsString("End attempt"));

        instructor.post(FORMS + "/attempts/" + attempt + "/end", Map.of("back", back)).then().statusCode(303);
        TestAccounts.as(student).get("/api/attempts/" + attempt).then().body("state", equalTo("submitted"));
        instructor.get(back).then().statusCode(200).body(containsString("Reopen attempt"));

        instructor.post(FORMS + "/attempts/" + attempt + "/reopen", Map.of("back", back)).then().statusCode(303);
        TestAccounts.as(student).get("/api/attempts/" + attempt).then().body("state", equalTo("open"));
    }

    @Test
    void aFormGoesBackOnlyToAnInstructorPage() {
        String student = TestAccounts.student();
        Browser instructor = Browser.signedInAs(TestAccounts.instructor());
        instructor.get("/instructor/quizzes/" + EXAM + "/results");
        String location = instructor.post(FORMS + "/overrides", Map.of("quizId", EXAM, "username", student,
                "extraMinutes", "5", "back", "//evil.example/instructor/")).then().statusCode(303).extract()
                .header("Location");
        assertEquals("/instructor?done=granted", location.replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    void aBadValueInTheFormIsRefusedWithItsReason() {
        String student = TestAccounts.student();
        Browser instructor = Browser.signedInAs(TestAccounts.instructor());
        instructor.get("/instructor/quizzes/" + EXAM + "/results");
        instructor.post(FORMS + "/overrides", Map.of("quizId", EXAM, "username", student, "extraMinutes", "-3"))
                .then().statusCode(400).body(containsString("extraMinutes must be 0 or more, not -3"));
    }

    @Test
    void studentsCannotUseTheForms() {
        String student = TestAccounts.student();
        Browser browser = Browser.signedInAs(student);
        browser.get("/");
        browser.post(FORMS + "/overrides", Map.of("quizId", EXAM, "username", student, "extraMinutes", "60"))
                .then().statusCode(403);
    }
}
