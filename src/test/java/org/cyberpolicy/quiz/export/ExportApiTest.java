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
    class GradebooksForAnLms {

        @Test
        void moodleGetsItsIdentityColumnsAndOneScoreColumnPerQuiz() {
            String alice = student("Ada van Lovelace", "M-1001");
            String noNumber = student("Nobody Numbered", null);
            submit(alice, start(alice, "every-type"), Map.of("t-numeric", 4, "t-true-false", false));
            submit(noNumber, start(noNumber, "every-type"), Map.of("t-numeric", 4));

            Response response = download("/api/export/gradebook.csv?quiz=every-type&format=moodle");
            List<List<String>> sheet = Rfc4180.parse(response.asString());

            assertEquals(List.of("First name", "Last name", "ID number", "Email address", "Every type"),
                    sheet.get(0));
            assertEquals(List.of("Ada", "van Lovelace", "M-1001", "", "3"), sheet.stream()
                    .filter(r -> r.get(2).equals("M-1001")).findFirst().orElseThrow());
            assertFalse(sheet.stream().anyMatch(r -> r.get(0).equals("Nobody")),
                    "Moodle stops a whole import at a row it cannot match: no student number, no email, no row");
            assertEquals("attachment; filename=\"gradebook-moodle-" + TODAY + ".csv\"",
                    response.header("Content-Disposition"));
        }

        @Test
        void moodleLeavesAnEmptyCellForAQuizNotTaken() {
            student("Idle Student", "M-2002");

            List<List<String>> sheet = csv("/api/export/gradebook.csv?format=moodle");

            List<String> idle = sheet.stream().filter(r -> r.get(2).equals("M-2002")).findFirst().orElseThrow();
            assertEquals(List.of("Idle", "Student", "M-2002", ""), idle.subList(0, 4));
            assertTrue(idle.subList(4, idle.size()).stream().allMatch(String::isEmpty), idle.toString());
        }

        @Test
        void canvasGetsItsIdentityColumnsThePointsPossibleRowAndQuizIdsInTheHeaders() {
            String grace = student("Grace Hopper", "C-1001");
            submit(grace, start(grace, "every-type"), Map.of("t-numeric", 4));

            List<List<String>> sheet = csv("/api/export/gradebook.csv?quiz=every-type&format=canvas");

            assertEquals(List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Every type (every-type)"),
                    sheet.get(0));
            assertEquals(List.of("    Points Possible", "", "", "", "", "12"), sheet.get(1));
            assertEquals(List.of("Hopper, Grace", "", "C-1001", grace, "", "2"), sheet.stream()
                    .filter(r -> r.get(3).equals(grace)).findFirst().orElseThrow());
        }

        @Test
        void neutraliseFormulasInNamesAsOurOwnDoes() {
            String mallory = student("=Evil +Formula", "-42");

            List<List<String>> canvas = csv("/api/export/gradebook.csv?format=canvas");
            List<List<String>> moodle = csv("/api/export/gradebook.csv?format=moodle");

            List<String> canvasRow = canvas.stream().filter(r -> r.get(3).equals(mallory)).findFirst().orElseThrow();
            assertEquals("'+Formula, =Evil", canvasRow.get(0));
            assertEquals("'-42", canvasRow.get(2));
            List<String> moodleRow = moodle.stream().filter(r -> r.get(2).equals("'-42")).findFirst().orElseThrow();
            assertEquals("'=Evil", moodleRow.get(0));
            assertEquals("'+Formula", moodleRow.get(1));
        }

        @ParameterizedTest
        @ValueSource(strings = { "/api/export/gradebook.csv?format=blackboard", "/api/export/gradebook?format=xlsx" })
        void anUnknownFormatIsRefusedNamingTheValidOnes(String path) {
            as(TestAccounts.instructor()).accept("*/*").get(path).then().statusCode(400)
                    .contentType(ContentType.JSON)
                    .body("problems[0]", containsString("standard, moodle, canvas"));
        }

        @Test
        void aLayoutForAnLmsIsACsvFileNotJson() {
            as(TestAccounts.instructor()).accept(ContentType.JSON).get("/api/export/gradebook?format=canvas").then()
                    .statusCode(400).body("problems[0]", containsString("gradebook.csv?format=canvas"));
        }

        @Test
        void ourOwnLayoutStaysTheDefault() {
            assertEquals(List.of("Username", "Display name", "Student number"),
                    csv("/api/export/gradebook.csv?format=standard").get(0).subList(0, 3));
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
    class TheResponsesInWords {

        /** The id this attempt gave the option with this text, among the question's {@code list} options. */
        private String idOf(JsonPath sheet, String question, String list, String text) {
            return sheet.getString("questions.find { it.id == '" + question + "' }." + list + ".find { it.text == '"
                    + text + "' }.id");
        }

        @Test
        void givePromptResponseAndCorrectAnswerAsTheStudentSawThem() {
            String student = student("Reader", null);
            long attempt = start(student, "every-type");
            JsonPath sheet = as(student).get("/api/attempts/" + attempt).then().statusCode(200).extract().jsonPath();
            List<String> shownOrder = sheet.getList("questions.find { it.id == 't-ordering' }.items.id");
            List<String> shownTexts = sheet.getList("questions.find { it.id == 't-ordering' }.items.text");
            submit(student, attempt, Map.of(
                    "t-single", idOf(sheet, "t-single", "choices", "Ministry of Public Security"),
                    "t-multiple", List.of(idOf(sheet, "t-multiple", "choices", "Four people were charged"),
                            idOf(sheet, "t-multiple", "choices", "Ten people were charged")),
                    "t-matching", Map.of(idOf(sheet, "t-matching", "left", "Four"),
                            idOf(sheet, "t-matching", "right", "Countries in the coalition")),
                    "t-ordering", shownOrder, "t-numeric", 5, "t-date", "2021-07-19"));

            List<Map<String, String>> rows = rows(csv("/api/export/responses.csv?quiz=every-type"), "attempt_id",
                    String.valueOf(attempt));
            Map<String, Map<String, String>> byQuestion = rows.stream()
                    .collect(Collectors.toMap(r -> r.get("question_id"), r -> r));

            Map<String, String> single = byQuestion.get("t-single");
            assertEquals("Which body did the defendants work for?", single.get("prompt"));
            assertEquals("Ministry of Public Security", single.get("response_text"));
            assertEquals("Ministry of State Security", single.get("correct_answer"));
            assertTrue(single.get("response").startsWith("\"c"), "the code stays beside the words");
            assertEquals(List.of("Four people were charged", "Ten people were charged"),
                    List.of(byQuestion.get("t-multiple").get("response_text").split("; ")).stream().sorted()
                            .toList());
            assertEquals("Four people were charged; The charges came in July 2021",
                    byQuestion.get("t-multiple").get("correct_answer"));
            assertTrue(byQuestion.get("t-matching").get("response_text")
                    .contains("Four \u2192 Countries in the coalition"), byQuestion.get("t-matching").toString());
            assertTrue(byQuestion.get("t-matching").get("response_text").contains("Seven \u2192 (no answer)"));
            assertEquals("Four \u2192 People charged; Nineteen \u2192 Day of the month of the announcement;"
                    + " Seven \u2192 Month of the announcement", byQuestion.get("t-matching").get("correct_answer"));
            assertEquals(String.join("; ", shownTexts), byQuestion.get("t-ordering").get("response_text"));
            assertEquals("The flaws are disclosed; The charges are announced; The tests are written",
                    byQuestion.get("t-ordering").get("correct_answer"));
            assertEquals("5", byQuestion.get("t-numeric").get("response_text"));
            assertEquals("19 July 2021", byQuestion.get("t-date").get("response_text"));
            assertEquals("", byQuestion.get("t-short").get("response_text"), "unanswered");
            assertEquals("false", byQuestion.get("t-true-false").get("correct_answer").toLowerCase());
        }

        @Test
        void comeFromTheAttemptsSnapshotNotFromTheBankInService() {
            String student = student("Snapshot reader", null);
            long attempt = start(student, "every-type");
            submit(student, attempt, Map.of("t-numeric", 4));
            String asked = "How many people were charged?";
            String frozen = "As the attempt froze it";
            // Every attempt of this bank version froze the same question, as far as the export may assume.
            replaceInSnapshots(asked, frozen);
            try {
                Map<String, String> numeric = rows(csv("/api/export/responses.csv?quiz=every-type"), "attempt_id",
                        String.valueOf(attempt)).stream().filter(r -> r.get("question_id").equals("t-numeric"))
                        .findFirst().orElseThrow();

                assertEquals(frozen, numeric.get("prompt"));
            } finally {
                replaceInSnapshots(frozen, asked);
            }
        }

        private void replaceInSnapshots(String from, String to) {
            QuarkusTransaction.requiringNew().run(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                    .createNativeQuery("update attempt_question_snapshot set snapshot = replace(snapshot, ?1, ?2)")
                    .setParameter(1, from).setParameter(2, to).executeUpdate());
        }

        @Test
        void comeAsArraysOfLinesInJson() {
            String student = student("Json words", null);
            long attempt = start(student, "every-type");
            submit(student, attempt, Map.of("t-numeric", 4));

            as(TestAccounts.instructor()).get("/api/export/responses.json?quiz=every-type").then().statusCode(200)
                    .body("find { it.attempt_id == " + attempt + " && it.question_id == 't-numeric' }.prompt",
                            equalTo("How many people were charged?"))
                    .body("find { it.attempt_id == " + attempt + " && it.question_id == 't-numeric' }.response_text",
                            equalTo(List.of("4")))
                    .body("find { it.attempt_id == " + attempt + " && it.question_id == 't-short' }.response_text",
                            nullValue())
                    .body("find { it.attempt_id == " + attempt + " && it.question_id == 't-ordering' }"
                            + ".correct_answer.size()", is(3));
        }

        @Test
        void neutraliseAFormulaTheStudentTyped() {
            String student = student("Typist", null);
            long attempt = start(student, "every-type");
            submit(student, attempt, Map.of("t-short", "=HYPERLINK(\"http://evil.example\")"));

            Map<String, String> shortAnswer = rows(csv("/api/export/responses.csv?quiz=every-type"), "attempt_id",
                    String.valueOf(attempt)).stream().filter(r -> r.get("question_id").equals("t-short"))
                    .findFirst().orElseThrow();

            assertEquals("'=HYPERLINK(\"http://evil.example\")", shortAnswer.get("response_text"));
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
