package org.cyberpolicy.quiz.web.security;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.RawHttp;
import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Oversized and malformed requests are refused with a 4xx and a message, and change nothing. (Others live beside the
 * features: AttemptApiTest, AttemptPageTest, TrainApiTest, RegistrationApiTest, InstructorPagesTest.)
 */
@QuarkusTest
@TestProfile(StudentFlowProfile.class)
class MalformedRequestsTest {

    private static final byte[] BAD_UTF8 = { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE };

    /** An open attempt at the every-type quiz with 4 saved for t-numeric and "Hafnium" for t-short. */
    private static long attemptWithTwoAnswers(String student) {
        long id = as(student).post("/api/quizzes/every-type/attempts").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as(student).body(Map.of("response", 4)).put("/api/attempts/" + id + "/responses/t-numeric").then()
                .statusCode(204);
        as(student).body(Map.of("response", "Hafnium")).put("/api/attempts/" + id + "/responses/t-short").then()
                .statusCode(204);
        return id;
    }

    private static void unchanged(String student, long id) {
        JsonPath after = as(student).get("/api/attempts/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("open", after.getString("state"));
        assertEquals(4, after.getInt("questions.find { it.id == 't-numeric' }.response"));
        assertEquals("Hafnium", after.getString("questions.find { it.id == 't-short' }.response"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    // --- Size

    @Test
    void aJsonBodyOverTheLimitIs413AndSavesNothing() {
        String student = TestAccounts.student();
        long id = attemptWithTwoAnswers(student);
        byte[] huge = utf8("{\"response\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}");

        assertEquals(413, RawHttp.sendJson("PUT", "/api/attempts/" + id + "/responses/t-short", student, huge)
                .status());
        assertEquals(413, RawHttp.sendJson("POST", "/api/attempts/" + id + "/submit", student,
                utf8("{\"responses\": {\"t-short\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}}")).status());

        unchanged(student, id);
    }

    @Test
    void aFormOverTheLimitIs413AndSavesNothing() {
        String student = TestAccounts.student();
        long id = attemptWithTwoAnswers(student);

        RawHttp.Answer answer = postForm(student, id, utf8("action=submit&r-t-short=" + "y".repeat(5 * 1024 * 1024)));

        assertEquals(413, answer.status());
        unchanged(student, id);
    }

    @Test
    void aBankFileEditOfOneAndAHalfMegabytesStillArrives() {
        // The bank editor posts a whole file as one field (up to quarkus.http.limits.max-form-attribute-size, 2M):
        // the body limit must leave room for it. Here it arrives, and the page refuses it for its stale hash (409),
        // so nothing is written.
        Browser browser = Browser.signedInAs(TestAccounts.instructor());
        browser.get("/instructor/bank");
        browser.post("/instructor/bank/files/bank.yaml",
                Map.of("content", "# " + "z".repeat(1536 * 1024) + "\n", "hash", "0")).then().statusCode(409);
    }

    // --- Shape and encoding

    private static byte[] deepJson(String prefix, String suffix) {
        return utf8(prefix + "[".repeat(100_000) + "]".repeat(100_000) + suffix);
    }

    @Test
    void deeplyNestedJsonIs400WithAMessageAndSavesNothing() {
        String student = TestAccounts.student();
        long id = attemptWithTwoAnswers(student);

        for (RawHttp.Answer answer : List.of(
                RawHttp.sendJson("PUT", "/api/attempts/" + id + "/responses/t-ordering", student,
                        deepJson("{\"response\": ", "}")),
                RawHttp.sendJson("POST", "/api/attempts/" + id + "/submit", student,
                        deepJson("{\"responses\": {\"t-ordering\": ", "}}")),
                RawHttp.sendJson("POST", "/api/attempts/" + id + "/responses/t-ordering/check", student,
                        deepJson("{\"response\": ", "}")),
                RawHttp.sendJson("POST", "/api/train/next", student, deepJson("{\"tags\": ", "}")))) {
            assertEquals(400, answer.status(), answer.body());
            assertTrue(answer.body().contains("\"error\":"), answer.body());
        }
        unchanged(student, id);
    }

    @Test
    void invalidUtf8InAJsonBodyIs400AndSavesNothing() {
        String student = TestAccounts.student();
        long id = attemptWithTwoAnswers(student);

        for (RawHttp.Answer answer : List.of(
                RawHttp.sendJson("PUT", "/api/attempts/" + id + "/responses/t-short", student,
                        concat(utf8("{\"response\": \""), BAD_UTF8, utf8("\"}"))),
                RawHttp.sendJson("POST", "/api/attempts/" + id + "/submit", student,
                        concat(utf8("{\"responses\": {\"t-short\": \""), BAD_UTF8, utf8("\"}}"))))) {
            assertEquals(400, answer.status(), answer.body());
            assertTrue(answer.body().contains("UTF-8"), answer.body());
        }
        unchanged(student, id);
    }

    /** Posts a form to the attempt page, byte for byte, with the page's CSRF cookie and token. */
    private static RawHttp.Answer postForm(String student, long id, byte[] fields) {
        Response page = RestAssured.given().auth().preemptive().basic(student, TestAccounts.PASSWORD)
                .get("/attempts/" + id);
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(token.find(), "no CSRF token on the attempt page");
        return RawHttp.send("POST", "/attempts/" + id, student, "application/x-www-form-urlencoded",
                concat(utf8("csrf-token=" + token.group(1) + "&"), fields),
                Map.of("Cookie", "csrf-token=" + page.cookie("csrf-token")));
    }

    @Test
    void invalidUtf8InAFormIs400WithAMessageAndSavesNothing() {
        String student = TestAccounts.student();
        long id = attemptWithTwoAnswers(student);

        RawHttp.Answer answer = postForm(student, id, utf8("action=submit&r-t-short=%C3%28%FF%FE"));

        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.body().contains("not valid URL-encoded UTF-8"), answer.body());
        unchanged(student, id);
    }

    @Test
    void rawBytesThatAreNotUtf8InAFormDoNotGetThrough() {
        String student = TestAccounts.student();
        long id = attemptWithTwoAnswers(student);

        RawHttp.Answer answer = postForm(student, id, concat(utf8("action=submit&r-t-short="), BAD_UTF8));

        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.body().contains("not valid URL-encoded UTF-8"), answer.body());
        unchanged(student, id);
    }

    @Test
    void aBrokenPercentEncodingInAFormIs400WithoutAStackTrace() {
        String student = TestAccounts.student();
        long id = attemptWithTwoAnswers(student);

        RawHttp.Answer answer = postForm(student, id, utf8("action=submit&r-t-short=%ZZ%"));

        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.body().contains("not valid URL-encoded UTF-8"), answer.body());
        unchanged(student, id);
    }

    @Test
    void theSameFormWellEncodedIsAccepted() {
        // The form posts above fail for their bytes, not for a missing token or cookie.
        String student = TestAccounts.student();
        long id = attemptWithTwoAnswers(student);
        assertEquals(303, postForm(student, id, utf8("action=save&r-t-short=Hafnium")).status());
    }

    @Test
    void aWrongContentTypeIs415AndSavesNothing() {
        String student = TestAccounts.student();
        long id = attemptWithTwoAnswers(student);

        as(student).contentType("text/plain").body("{\"response\": 5}")
                .put("/api/attempts/" + id + "/responses/t-numeric").then().statusCode(415);
        as(student).contentType("application/xml").body("<response>5</response>")
                .put("/api/attempts/" + id + "/responses/t-numeric").then().statusCode(415);
        as(student).contentType("text/plain").body("{\"responses\": {\"t-numeric\": 5}}")
                .post("/api/attempts/" + id + "/submit").then().statusCode(415);
        as(student).contentType("text/plain").body("{\"token\": \"x\", \"response\": 1}")
                .post("/api/train/answer").then().statusCode(415);

        unchanged(student, id);
    }

    // --- Ids

    @ParameterizedTest
    @ValueSource(strings = { "abc", "-1", "0", "99999999999999999999", "1.5", "1e3", "%00" })
    void anAttemptIdThatIsNoAttemptIsNotFoundOnTheApi(String id) {
        String student = TestAccounts.student();
        as(student).get("/api/attempts/" + id).then().statusCode(404);
        as(student).post("/api/attempts/" + id + "/submit").then().statusCode(404);
        as(student).body(Map.of("response", 4)).put("/api/attempts/" + id + "/responses/t-numeric").then()
                .statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "-1", "99999999999999999999" })
    void anAttemptIdThatIsNoAttemptIsNotFoundOnThePages(String id) {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        browser.get("/attempts/" + id).then().statusCode(404).body(not(containsString("Exception")));
        browser.get("/attempts/" + id + "/review").then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "-1", "99999999999999999999" })
    void studentAndAttemptIdsThatAreNoneAreNotFoundForInstructors(String id) {
        Browser browser = Browser.signedInAs(TestAccounts.instructor());
        browser.get("/instructor/students/" + id).then().statusCode(404);
        browser.get("/instructor/attempts/" + id).then().statusCode(404);
    }

    @Test
    void aQuestionIdThatIsNoneIsNotFoundAndSavesNothing() {
        String student = TestAccounts.student();
        long id = attemptWithTwoAnswers(student);
        as(student).body(Map.of("response", 4)).put("/api/attempts/" + id + "/responses/" + "q".repeat(5000))
                .then().statusCode(414);
        as(student).body(Map.of("response", 4)).put("/api/attempts/" + id + "/responses/..%2F..%2Fetc").then()
                .statusCode(404);
        unchanged(student, id);
    }

    @ParameterizedTest
    @ValueSource(strings = { "no-such-quiz", "..", "%2e%2e" })
    void aQuizIdThatIsNoneIsNotFound(String quiz) {
        as(TestAccounts.student()).post("/api/quizzes/" + quiz + "/attempts").then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "garbage", "-1", "99999999999999999999" })
    void aTrainingTokenThatIsNoneIsNotFoundOrRefused(String token) {
        int status = as(TestAccounts.student()).body(Map.of("token", token, "response", 1))
                .post("/api/train/answer").then().extract().statusCode();
        assertEquals(true, status == 404 || status == 400, "status " + status);
    }

    @Test
    void someoneElsesAttemptIsNotFoundAndUnchanged() {
        String owner = TestAccounts.student();
        long id = attemptWithTwoAnswers(owner);
        String other = TestAccounts.student();

        as(other).body(Map.of("response", 5)).put("/api/attempts/" + id + "/responses/t-numeric").then()
                .statusCode(404);
        as(other).post("/api/attempts/" + id + "/submit").then().statusCode(404);

        unchanged(owner, id);
    }

    @Test
    void anEmptyOrHugeNumberAsAResponseIsRefusedAndSavesNothing() {
        String student = TestAccounts.student();
        long id = attemptWithTwoAnswers(student);
        as(student).body("{\"response\": 1" + "0".repeat(5000) + "}").put("/api/attempts/" + id
                + "/responses/t-numeric").then().statusCode(400);
        as(student).body("{\"response\": -1e999999}").put("/api/attempts/" + id + "/responses/t-numeric").then()
                .statusCode(400);
        unchanged(student, id);
    }
}
