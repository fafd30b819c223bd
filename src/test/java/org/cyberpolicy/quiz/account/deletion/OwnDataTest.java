package org.cyberpolicy.quiz.account.deletion;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.export.Rfc4180;
import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A student's own data (issue 19): the download of everything the app holds about them, which holds back what the
 * quiz's review policy holds back, and the deletion of their account, asked by the student with their password and
 * confirmed by an instructor, who chooses to delete the attempts or keep them anonymised.
 */
@QuarkusTest
@Tag("database")
class OwnDataTest {

    private static final String EXAM = "indictments-exam";

    private static long submittedExam(String student) {
        long attempt = as(student).post("/api/quizzes/" + EXAM + "/attempts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(student).post("/api/attempts/" + attempt + "/submit").then().statusCode(200);
        return attempt;
    }

    private static long idOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().id);
    }

    private static void askForDeletion(String student) {
        as(student).body(Map.of("password", TestAccounts.PASSWORD)).post("/api/me/deletion-request").then()
                .statusCode(202);
    }

    private static void confirm(long account, String attempts) {
        as(TestAccounts.instructor()).body(Map.of("attempts", attempts))
                .post("/api/instructor/deletion-requests/" + account).then().statusCode(200);
    }

    private static long count(String sql, long account) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery(sql).setParameter(1, account).getSingleResult()).longValue());
    }

    private static List<List<String>> csv(String path) {
        return Rfc4180.parse(as(TestAccounts.instructor()).accept("*/*").get(path).then().statusCode(200).extract()
                .asString());
    }

    @Nested
    class TheDownload {

        @Test
        void holdsTheAccountTheAttemptsAndTheSessionsAsAnAttachmentWithoutSecrets() {
            String student = TestAccounts.student();
            long attempt = submittedExam(student);
            Browser.signedInAs(student);

            Response response = as(student).accept(ContentType.JSON).get("/api/me/data").then().statusCode(200)
                    .header("Content-Disposition", startsWith("attachment; filename=\"my-data-"))
                    .header("Cache-Control", "no-store").extract().response();
            JsonPath data = response.jsonPath();

            assertEquals(student, data.getString("account.username"));
            assertEquals("student", data.getString("account.role"));
            assertEquals(attempt, data.getLong("attempts[0].id"));
            assertEquals(10, data.getList("attempts[0].questions").size());
            assertEquals(1, data.getList("sessions").size());
            assertTrue(List.of("startedAt", "endedAt").containsAll(data.getMap("sessions[0]").keySet()),
                    "a session by its times only, never its id: " + data.getMap("sessions[0]"));
            String text = response.asString();
            assertFalse(text.contains("$2a$") || text.contains("$2b$") || text.contains("assword"),
                    "no password hash: " + text.substring(0, Math.min(400, text.length())));
        }

        @Test
        void holdsBackTheAnswersTheReviewPolicyStillHoldsBack() {
            String student = TestAccounts.student();
            submittedExam(student);

            JsonPath data = as(student).get("/api/me/data").then().statusCode(200).extract().jsonPath();

            assertEquals("The correct answers and the feedback are shown after your last attempt.",
                    data.getString("attempts[0].withheld"));
            List<Map<String, Object>> questions = data.getList("attempts[0].questions");
            for (Map<String, Object> question : questions) {
                assertTrue(question.containsKey("score"), "the marks are the student's: " + question);
                assertFalse(question.containsKey("correctAnswer"), "no answer key yet: " + question);
                assertFalse(question.containsKey("feedback"), question.toString());
            }
        }

        @Test
        void needsASignedInAccount() {
            RestAssured.given().get("/api/me/data").then().statusCode(401);
        }
    }

    @Nested
    class TheRequest {

        @Test
        void needsThePasswordAgain() {
            String student = TestAccounts.student();

            as(student).body(Map.of("password", "not the password")).post("/api/me/deletion-request").then()
                    .statusCode(400).body("problems", hasItem("The password is not right."));
            as(TestAccounts.instructor()).get("/api/instructor/deletion-requests").then().statusCode(200)
                    .body("username", not(hasItem(student)));
        }

        @Test
        void waitsForAnInstructorWhoSeesIt() {
            String student = TestAccounts.student();
            submittedExam(student);

            as(student).body(Map.of("password", TestAccounts.PASSWORD)).post("/api/me/deletion-request").then()
                    .statusCode(202).body("status", equalTo("waiting for an instructor"));

            as(TestAccounts.instructor()).get("/api/instructor/deletion-requests").then().statusCode(200)
                    .body("find { it.username == '" + student + "' }.attempts", equalTo(1));
            as(student).get("/api/me").then().statusCode(200);
            Browser.signedInAs(TestAccounts.instructor()).get("/instructor/deletion-requests").then()
                    .statusCode(200).body(containsString("Student " + student));
        }

        @Test
        void isNotForInstructorsAndOnlyInstructorsSeeOrConfirmRequests() {
            as(TestAccounts.instructor()).body(Map.of("password", TestAccounts.PASSWORD))
                    .post("/api/me/deletion-request").then().statusCode(403);
            String student = TestAccounts.student();
            as(student).get("/api/instructor/deletion-requests").then().statusCode(403);
            as(student).body(Map.of("attempts", "delete-attempts"))
                    .post("/api/instructor/deletion-requests/" + idOf(student)).then().statusCode(403);
            Browser.signedInAs(student).get("/instructor/deletion-requests").then().statusCode(403);
        }

        @Test
        void cannotBeConfirmedWhenNobodyAsked() {
            String student = TestAccounts.student();

            as(TestAccounts.instructor()).body(Map.of("attempts", "delete-attempts"))
                    .post("/api/instructor/deletion-requests/" + idOf(student)).then().statusCode(404);
            as(student).get("/api/me").then().statusCode(200);
        }

        @Test
        void canBeTakenBackBeforeAnInstructorConfirmsIt() {
            String student = TestAccounts.student();
            askForDeletion(student);

            as(student).delete("/api/me/deletion-request").then().statusCode(204);

            as(TestAccounts.instructor()).get("/api/instructor/deletion-requests").then().statusCode(200)
                    .body("find { it.username == '" + student + "' }", nullValue());
            as(TestAccounts.instructor()).body(Map.of("attempts", "delete-attempts"))
                    .post("/api/instructor/deletion-requests/" + idOf(student)).then().statusCode(404);
            as(student).delete("/api/me/deletion-request").then().statusCode(404);
            as(student).get("/api/me").then().statusCode(200);
        }

        @Test
        void isTakenBackFromTheAccountPageWithAForm() {
            String student = TestAccounts.student();
            askForDeletion(student);
            Browser browser = Browser.signedInAs(student);
            browser.get("/account/deletion").then().statusCode(200)
                    .body(containsString("action=\"/account/deletion/withdraw\""));

            browser.post("/account/deletion/withdraw", Map.of()).then().statusCode(303);

            browser.get("/account/deletion").then().statusCode(200)
                    .body(not(containsString("You asked for your account to be deleted")))
                    .body(containsString("Ask for my account to be deleted"));
        }

        @Test
        void isAskedFromTheAccountPagesWithAForm() {
            String student = TestAccounts.student();
            Browser browser = Browser.signedInAs(student);

            browser.get("/account").then().statusCode(200)
                    .body(containsString("href=\"/api/me/data\""))
                    .body(containsString("href=\"/account/deletion\""));
            browser.get("/account/deletion").then().statusCode(200);
            browser.post("/account/deletion", Map.of("password", "wrong password")).then().statusCode(400)
                    .body(containsString("The password is not right."));
            browser.get("/account/deletion");
            browser.post("/account/deletion", Map.of("password", TestAccounts.PASSWORD)).then().statusCode(303);
            browser.get("/account/deletion").then().statusCode(200)
                    .body(containsString("You asked for your account to be deleted"));
        }
    }

    @Nested
    class TheDeletion {

        @Test
        void keepingTheAttemptsAnonymisedErasesThePersonAndKeepsTheGrades() {
            String student = TestAccounts.student();
            long attempt = submittedExam(student);
            long id = idOf(student);
            QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                    "insert into training_extra (account_id, on_day, new_facts) values (?1, current_date, 3)")
                    .setParameter(1, id).executeUpdate());
            QuarkusTransaction.requiringNew().run(() -> Account.<Account>findById(id).email = student + "@example.edu");
            Browser session = Browser.signedInAs(student);
            askForDeletion(student);

            confirm(id, "keep-anonymised");

            as(student).get("/api/me").then().statusCode(401);
            session.request().get("/api/me").then().statusCode(401);
            Account erased = QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(id));
            assertEquals("deleted-" + id, erased.username);
            assertEquals("Deleted student " + id, erased.displayName);
            assertEquals(null, erased.studentNumber);
            assertEquals(null, erased.email);
            assertEquals(0, count("select count(*) from training_extra where account_id = ?1", id));
            assertEquals(1, count("select count(*) from attempt where account_id = ?1", id));
            List<List<String>> gradebook = csv("/api/export/gradebook.csv?quiz=" + EXAM);
            List<String> row = gradebook.stream().filter(r -> r.get(0).equals("deleted-" + id)).findFirst()
                    .orElseThrow();
            assertEquals("Deleted student " + id, row.get(1));
            int score = gradebook.get(0).indexOf("Section") + 1;
            assertFalse(row.get(score).isEmpty(), "the grade is kept: " + row);
            assertTrue(csv("/api/export/attempts.csv").stream()
                    .anyMatch(r -> r.get(0).equals(String.valueOf(attempt)) && r.get(1).equals("deleted-" + id)));
            assertFalse(csv("/api/export/gradebook.csv?format=canvas").stream()
                    .anyMatch(r -> r.get(3).equals("deleted-" + id)), "no LMS student can match it");
            as(TestAccounts.instructor()).get("/api/instructor/deletion-requests").then()
                    .body("accountId", not(hasItem((int) id)));
        }

        @Test
        void deletingTheAttemptsLeavesAnAnonymousRowWithoutGrades() {
            String student = TestAccounts.student();
            long attempt = submittedExam(student);
            long id = idOf(student);
            askForDeletion(student);

            confirm(id, "delete-attempts");

            assertEquals(0, count("select count(*) from attempt where account_id = ?1", id));
            assertEquals(0, count("select count(*) from attempt_question q where q.attempt_id = ?1", attempt));
            assertFalse(csv("/api/export/responses.csv?quiz=" + EXAM).stream()
                    .anyMatch(r -> r.get(0).equals(String.valueOf(attempt))));
            List<String> row = csv("/api/export/gradebook.csv?quiz=" + EXAM).stream()
                    .filter(r -> r.get(0).equals("deleted-" + id)).findFirst().orElseThrow();
            // Username, display name, student number, section, then the exam's score and percent.
            assertEquals(List.of("deleted-" + id, "Deleted student " + id, "", "", "", ""), row);
        }

        @Test
        void isConfirmedFromTheInstructorsPage() {
            String student = TestAccounts.student();
            long id = idOf(student);
            askForDeletion(student);
            Browser instructor = Browser.signedInAs(TestAccounts.instructor());

            instructor.get("/instructor/deletion-requests").then().statusCode(200)
                    .body(containsString("action=\"/instructor/deletion-requests/" + id + "\""));
            instructor.post("/instructor/deletion-requests/" + id, Map.of()).then().statusCode(400);
            instructor.get("/instructor/deletion-requests");
            instructor.post("/instructor/deletion-requests/" + id, Map.of("attempts", "keep-anonymised")).then()
                    .statusCode(303);
            instructor.get("/instructor/deletion-requests?deleted=" + id).then().statusCode(200)
                    .body(containsString("it is now Deleted student " + id));
            as(student).get("/api/me").then().statusCode(401);
        }
    }
}
