package org.cyberpolicy.quiz.web.instructor;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An assistant uses the instructor's pages for the students of their sections: a student's attempts, an attempt's
 * review, and the accommodation forms, as the API already allowed; a student outside their sections is refused (403),
 * and ending sessions or attempts stays the instructor's.
 */
@QuarkusTest
@Tag("database")
class AssistantPagesTest {

    private static final String EXAM = "indictments-exam";
    private static final String FORMS = "/instructor/accommodations";

    private String instructor;
    private String ownStudent;
    private String otherStudent;
    private String assistant;

    @BeforeEach
    void anAssistantOfASectionWithOneOfTwoStudents() {
        instructor = TestAccounts.instructor();
        ownStudent = TestAccounts.student();
        otherStudent = TestAccounts.student();
        assistant = TestAccounts.assistant();
        String section = "sec-" + UUID.randomUUID().toString().substring(0, 8);
        as(instructor).body(Map.of("id", section, "name", "Group " + section)).post("/api/instructor/sections").then()
                .statusCode(201);
        as(instructor).put("/api/instructor/sections/" + section + "/students/" + ownStudent).then().statusCode(200);
        as(instructor).put("/api/instructor/sections/" + section + "/assistants/" + assistant).then()
                .statusCode(200);
    }

    private static long submittedExam(String student) {
        long attempt = as(student).post("/api/quizzes/" + EXAM + "/attempts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(student).post("/api/attempts/" + attempt + "/submit").then().statusCode(200);
        return attempt;
    }

    private static long idOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().id);
    }

    @Test
    void seesTheAttemptsAndReviewsOfTheirOwnStudentsOnly() {
        long own = submittedExam(ownStudent);
        long other = submittedExam(otherStudent);
        Browser browser = Browser.signedInAs(assistant);

        browser.get("/instructor/students/" + idOf(ownStudent)).then().statusCode(200)
                .body(containsString("Attempts of Student " + ownStudent))
                .body(not(containsString("out everywhere")));
        browser.get("/instructor/attempts/" + own).then().statusCode(200);
        browser.get("/instructor/students/" + idOf(otherStudent)).then().statusCode(403);
        browser.get("/instructor/attempts/" + other).then().statusCode(403);
    }

    @Test
    void grantsAccommodationsWithTheFormsToTheirOwnStudentsOnly() {
        Browser browser = Browser.signedInAs(assistant);
        String back = "/instructor/quizzes/" + EXAM + "/results";
        browser.get(back).then().statusCode(200).body(containsString("Accommodations and exceptions"));

        browser.post(FORMS + "/overrides", Map.of("quizId", EXAM, "username", ownStudent, "extraMinutes", "10",
                "back", back)).then().statusCode(303);
        browser.get(back);
        browser.post(FORMS + "/overrides", Map.of("quizId", EXAM, "username", otherStudent, "extraMinutes", "10",
                "back", back)).then().statusCode(403);

        as(instructor).get("/api/instructor/quizzes/" + EXAM + "/overrides").then().statusCode(200)
                .body(containsString(ownStudent)).body(not(containsString(otherStudent)));
    }

    @Test
    void leavesEndingSessionsAndAttemptsToTheInstructor() {
        long attempt = as(ownStudent).post("/api/quizzes/" + EXAM + "/attempts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        Browser browser = Browser.signedInAs(assistant);
        String back = "/instructor/students/" + idOf(ownStudent);
        browser.get(back).then().statusCode(200).body(not(containsString("End attempt")));

        browser.post(FORMS + "/attempts/" + attempt + "/end", Map.of("back", back)).then().statusCode(403);
        browser.get(back);
        browser.post(back + "/sign-out", Map.of()).then().statusCode(403);
    }
}
