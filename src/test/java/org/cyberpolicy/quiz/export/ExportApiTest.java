package org.cyberpolicy.quiz.export;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The score exports over HTTP: who may download them, and what they hold. */
@QuarkusTest
@Tag("database")
@TestProfile(StudentFlowProfile.class)
class ExportApiTest {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    /** A student made in the database with the given display name and student number. */
    static String student(String displayName, String studentNumber) {
        String username = "x-" + UUID.randomUUID().toString().substring(0, 12);
        QuarkusTransaction.requiringNew().run(() -> Account.create(username, TestAccounts.PASSWORD, Account.STUDENT,
                displayName, studentNumber));
        return username;
    }

    static long start(String student, String quiz) {
        return as(student).post("/api/quizzes/" + quiz + "/attempts").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static void submit(String student, long attempt, Map<String, Object> responses) {
        as(student).contentType(ContentType.JSON).body(Map.of("responses", responses))
                .post("/api/attempts/" + attempt + "/submit").then().statusCode(200);
    }

    static Response download(String path) {
        return as(TestAccounts.instructor()).accept("*/*").get(path).then().statusCode(200).extract().response();
    }

    static List<List<String>> csv(String path) {
        return Rfc4180.parse(download(path).asString());
    }

    /** The record whose first column is {@code key}, as a map from the header's names. */
    static Map<String, String> row(List<List<String>> csv, int keyColumn, String key) {
        List<String> header = csv.get(0);
        List<String> found = csv.stream().skip(1).filter(r -> r.get(keyColumn).equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + key));
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), found.get(i));
        }
        return row;
    }

    static List<Map<String, String>> rows(List<List<String>> csv, String column, String value) {
        List<String> header = csv.get(0);
        int index = header.indexOf(column);
        return csv.stream().skip(1).filter(r -> r.get(index).equals(value)).map(r -> {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), r.get(i));
            }
            return row;
        }).collect(Collectors.toList());
    }

    @Nested
    class WhoMayExport {

        @ParameterizedTest
        @ValueSource(strings = { "/api/export/gradebook.csv", "/api/export/gradebook.json", "/api/export/gradebook",
                "/api/export/attempts.csv", "/api/export/attempts.json", "/api/export/attempts",
                "/api/export/responses.csv", "/api/export/responses.json", "/api/export/responses" })
        void anAnonymousScriptGetsABasicChallenge(String path) {
            RestAssured.given().redirects().follow(false).get(path).then().statusCode(401)
                    .header("WWW-Authenticate", startsWith("Basic realm=")).header("Location", nullValue());
        }

        @ParameterizedTest
        @ValueSource(strings = { "/api/export/gradebook.csv", "/api/export/gradebook.json", "/api/export/gradebook",
                "/api/export/attempts.csv", "/api/export/attempts.json", "/api/export/attempts",
                "/api/export/responses.csv", "/api/export/responses.json", "/api/export/responses" })
        void aStudentIsForbidden(String path) {
            as(TestAccounts.student()).accept("*/*").get(path).then().statusCode(403);
        }

        @ParameterizedTest
        @ValueSource(strings = { "/api/export/gradebook.csv", "/api/export/gradebook.json", "/api/export/gradebook",
                "/api/export/attempts.csv", "/api/export/attempts.json", "/api/export/attempts",
                "/api/export/responses.csv", "/api/export/responses.json", "/api/export/responses" })
        void anInstructorDownloadsIt(String path) {
            download(path);
        }

        @Test
        void theBootstrapInstructorDownloadsWithBasicAsAScriptWould() {
            RestAssured.given().auth().preemptive().basic("instructor", "test-instructor-password")
                    .get("/api/export/gradebook.csv").then().statusCode(200);
        }

        @Test
        void theOpenApiDocumentDescribesTheExports() {
            RestAssured.given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200)
                    .body(containsString("/api/export/gradebook.csv"))
                    .body(containsString("/api/export/responses.json"));
        }

        @Test
        void anAnonymousBrowserIsSentToSignInFromTheExportPage() {
            RestAssured.given().redirects().follow(false).get("/instructor/export").then().statusCode(302)
                    .header("Location", containsString("/login"));
        }

        @Test
        void aStudentIsForbiddenTheExportPage() {
            as(TestAccounts.student()).accept(ContentType.HTML).get("/instructor/export").then().statusCode(403);
        }
    }

    @Nested
    class TheGradebook {

        @Test
        void countsTheHighestAttemptAndListsStudentsWithoutAttemptsWithEmptyCells() {
            String alice = student("Alice Martin", "S-1001");
            String bob = student("Bob, the \"quiet\" one", null);
            submit(alice, start(alice, "every-type"), Map.of("t-numeric", 4, "t-true-false", false));
            submit(alice, start(alice, "every-type"), Map.of("t-numeric", 4));

            List<List<String>> sheet = csv("/api/export/gradebook.csv?quiz=every-type");

            assertEquals(List.of("Username", "Display name", "Student number", "Section", "Every type (score)",
                    "Every type (percent)"), sheet.get(0));
            assertEquals(List.of(alice, "Alice Martin", "S-1001", "", "3", "25"), sheet.stream()
                    .filter(r -> r.get(0).equals(alice)).findFirst().orElseThrow());
            assertEquals(List.of(bob, "Bob, the \"quiet\" one", "", "", "", ""), sheet.stream()
                    .filter(r -> r.get(0).equals(bob)).findFirst().orElseThrow());
        }

        @Test
        void neutralisesAFormulaInADisplayName() {
            String mallory = student("=HYPERLINK(\"http://evil.example\",\"x\")", "+1234");

            Map<String, String> row = row(csv("/api/export/gradebook.csv"), 0, mallory);

            assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\")", row.get("Display name"));
            assertEquals("'+1234", row.get("Student number"));
        }

        @Test
        void leavesPracticeAttemptsOutUnlessAskedFor() {
            String student = student("Practising", null);
            submit(student, start(student, "practice-drawn"), Map.of());

            List<List<String>> byDefault = csv("/api/export/gradebook.csv");
            List<List<String>> included = csv("/api/export/gradebook.csv?practice=include");

            assertFalse(byDefault.get(0).contains("Drawn practice (score)"), byDefault.get(0).toString());
            assertEquals("0", row(included, 0, student).get("Drawn practice (score)"));
            assertEquals("", row(included, 0, student).get("Every type (score)"));
        }

        @Test
        void comesAsJsonWithTheGradingMethod() {
            String alice = student("Alice Json", "S-2002");
            submit(alice, start(alice, "every-type"), Map.of("t-numeric", 4));

            JsonPath json = download("/api/export/gradebook.json?quiz=every-type").jsonPath();

            String me = "find { it.username == '" + alice + "' }";
            assertEquals("Alice Json", json.getString(me + ".display_name"));
            assertEquals("S-2002", json.getString(me + ".student_number"));
            assertEquals("every-type", json.getString(me + ".quizzes[0].quiz_id"));
            assertEquals("highest", json.getString(me + ".quizzes[0].grading"));
            assertEquals(2.0f, json.getFloat(me + ".quizzes[0].score"));
            assertEquals(16.67f, json.getFloat(me + ".quizzes[0].percent"));
            assertEquals(1, json.getInt(me + ".quizzes[0].attempts_graded"));
        }

        @Test
        void isAnAttachmentNamedWithTodaysDateInUtf8Csv() {
            Response response = download("/api/export/gradebook.csv");

            assertEquals("attachment; filename=\"gradebook-" + TODAY + ".csv\"", response.header("Content-Disposition"));
            assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
            assertTrue(response.contentType().toLowerCase().contains("charset=utf-8"), response.contentType());
            assertEquals("no-store", response.header("Cache-Control"));
        }

        @Test
        void startsWithAByteOrderMarkOnlyWhenAskedFor() {
            student("Zoë Ångström", null);
            byte[] plain = download("/api/export/gradebook.csv").asByteArray();
            byte[] forExcel = download("/api/export/gradebook.csv?bom=true").asByteArray();

            assertEquals('U', plain[0]);
            assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
                    List.of(forExcel[0], forExcel[1], forExcel[2]));
            assertTrue(new String(plain, StandardCharsets.UTF_8).contains("Zoë Ångström"));
        }
    }

    @Nested
    class TheAttempts {

        @Test
        void includeOpenAttemptsWithAnEmptyScore() {
            String student = student("Opener", null);
            long open = start(student, "every-type");
            long graded = start(student, "single-shot");
            submit(student, graded, Map.of("t-true-false", false));

            List<List<String>> sheet = csv("/api/export/attempts.csv");

            Map<String, String> openRow = row(sheet, 0, String.valueOf(open));
            assertEquals("open", openRow.get("state"));
            assertEquals("", openRow.get("score"));
            assertEquals("", openRow.get("finished_at"));
            assertEquals("12", openRow.get("max_score"));
            Map<String, String> gradedRow = row(sheet, 0, String.valueOf(graded));
            assertEquals(student, gradedRow.get("username"));
            assertEquals("single-shot", gradedRow.get("quiz_id"));
            assertEquals("One attempt only", gradedRow.get("quiz_title"));
            assertEquals("submitted", gradedRow.get("state"));
            assertEquals("1", gradedRow.get("score"));
            assertEquals("100", gradedRow.get("percent"));
            assertEquals("false", gradedRow.get("practice"));
            assertTrue(gradedRow.get("started_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
                    gradedRow.get("started_at"));
        }

        @Test
        void comeAsJsonWhenTheClientAcceptsJson() {
            String student = student("Json reader", null);
            long graded = start(student, "single-shot");
            submit(student, graded, Map.of("t-true-false", true));

            as(TestAccounts.instructor()).accept(ContentType.JSON).get("/api/export/attempts?quiz=single-shot")
                    .then().statusCode(200).contentType(ContentType.JSON)
                    .body("find { it.attempt_id == " + graded + " }.score", equalTo(0))
                    .body("find { it.attempt_id == " + graded + " }.passed", nullValue())
                    .body("find { it.attempt_id == " + graded + " }.username", equalTo(student));
            as(TestAccounts.instructor()).get("/api/export/attempts?quiz=single-shot").then().statusCode(200)
                    .contentType(startsWith("text/csv"));
        }

        @Test
        void areFilteredByQuizAndStartDate() {
            String student = student("Filtered", null);
            long attempt = start(student, "single-shot");
            String id = String.valueOf(attempt);

            assertTrue(csv("/api/export/attempts.csv?quiz=single-shot&from=" + TODAY + "&to=" + TODAY).stream()
                    .anyMatch(r -> r.get(0).equals(id)));
            assertFalse(csv("/api/export/attempts.csv?quiz=every-type").stream().anyMatch(r -> r.get(0).equals(id)));
            assertFalse(csv("/api/export/attempts.csv?to=2000-01-01").stream().anyMatch(r -> r.get(0).equals(id)));
            assertFalse(csv("/api/export/attempts.csv?from=" + LocalDate.parse(TODAY).plusDays(1)).stream()
                    .anyMatch(r -> r.get(0).equals(id)));
        }
    }

    @Nested
    class TheResponses {

        @Test
        void giveOneRowPerQuestionWithFactsResponseAndMark() {
            String student = student("Responder", "R-1");
            long attempt = start(student, "every-type");
            submit(student, attempt, Map.of("t-numeric", 4, "t-short", "=1+1"));

            List<Map<String, String>> rows = rows(csv("/api/export/responses.csv"), "attempt_id",
                    String.valueOf(attempt));

            assertEquals(9, rows.size());
            Map<String, String> numeric = rows.stream().filter(r -> r.get("question_id").equals("t-numeric"))
                    .findFirst().orElseThrow();
            assertEquals("4", numeric.get("response"));
            assertEquals("2", numeric.get("score"));
            assertEquals("2", numeric.get("max_score"));
            assertEquals("true", numeric.get("correct"));
            assertEquals("R-1", numeric.get("student_number"));
            Map<String, String> multiple = rows.stream().filter(r -> r.get("question_id").equals("t-multiple"))
                    .findFirst().orElseThrow();
            assertEquals("four-charged announced", multiple.get("fact_ids"));
            assertEquals("", multiple.get("response"));
            assertEquals("0", multiple.get("score"));
            assertEquals("false", multiple.get("correct"));
            Map<String, String> shortAnswer = rows.stream().filter(r -> r.get("question_id").equals("t-short"))
                    .findFirst().orElseThrow();
            assertEquals("\"=1+1\"", shortAnswer.get("response"));
        }

        @Test
        void keepANegativeNumericResponseANumber() {
            String student = student("Negative", null);
            long attempt = start(student, "every-type");
            submit(student, attempt, Map.of("t-numeric", -5));

            Map<String, String> numeric = rows(csv("/api/export/responses.csv?quiz=every-type"), "attempt_id",
                    String.valueOf(attempt)).stream().filter(r -> r.get("question_id").equals("t-numeric"))
                    .findFirst().orElseThrow();

            assertEquals("-5", numeric.get("response"));
        }

        @Test
        void giveTheResponseAsJsonAndTheFactsAsAnArrayInJson() {
            String student = student("Json responder", null);
            long attempt = start(student, "every-type");
            submit(student, attempt, Map.of("t-numeric", 4, "t-true-false", false));

            as(TestAccounts.instructor()).get("/api/export/responses.json?quiz=every-type").then().statusCode(200)
                    .body("findAll { it.attempt_id == " + attempt + " }.size()", is(9))
                    .body("find { it.attempt_id == " + attempt + " && it.question_id == 't-numeric' }.response",
                            equalTo(4))
                    .body("find { it.attempt_id == " + attempt + " && it.question_id == 't-true-false' }.response",
                            is(false))
                    .body("find { it.attempt_id == " + attempt + " && it.question_id == 't-multiple' }.fact_ids",
                            equalTo(List.of("four-charged", "announced")))
                    .body("find { it.attempt_id == " + attempt + " && it.question_id == 't-multiple' }.response",
                            nullValue());
        }
    }

    @Nested
    class BadFilters {

        @ParameterizedTest
        @ValueSource(strings = { "from=yesterday", "to=2026-02-30", "practice=sometimes", "quiz=Not%20a%20quiz",
                "quiz=no-such-quiz", "from=2026-11-23&to=2026-11-01", "bom=yes" })
        void areRefusedWith400AndAMessage(String query) {
            as(TestAccounts.instructor()).accept("*/*").get("/api/export/attempts.csv?" + query).then()
                    .statusCode(400).contentType(ContentType.JSON)
                    .body("error", equalTo("the export filters are not valid"))
                    .body("problems.size()", is(1));
        }

        @Test
        void listEveryProblemAtOnce() {
            as(TestAccounts.instructor()).accept("*/*").get("/api/export/gradebook?from=x&to=y&practice=z").then()
                    .statusCode(400).body("problems.size()", is(3))
                    .body("problems", hasItem(startsWith("practice:")));
        }
    }
}
