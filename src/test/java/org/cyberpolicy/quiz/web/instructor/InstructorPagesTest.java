package org.cyberpolicy.quiz.web.instructor;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.ResultsProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * The instructor area over a class that took the class test through the JSON API:
 *
 * <pre>
 *   student  attempt  r-single                     r-true-false  r-numeric  score
 *   alpha    1        right                        right         right      3 / 3
 *   bravo    1        Ministry of Public Security  right         5 (wrong)  1 / 3
 *   bravo    2        right                        right         right      3 / 3
 *   charlie  1        right                        true (wrong)  5 (wrong)  1 / 3
 *   delta    1        (still open)
 * </pre>
 *
 * Nobody picks "Never picked choice". r-single's facility is 2/3 = 66.7% over first attempts, 3/4 = 75.0% over all.
 */
@QuarkusTest
@Tag("database")
@TestProfile(ResultsProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstructorPagesTest {

    private static final String QUIZ = "class-test";

    private String alpha;
    private String bravo;
    private String charlie;
    private String delta;
    private long bravoFirstAttempt;
    private long deltaOpenAttempt;
    private long bravoId;

    private boolean taken;

    /** Once per class; in a @BeforeEach because RestAssured learns the app's random port only then. */
    @BeforeEach
    void aClassTakesTheTest() {
        if (taken) {
            return;
        }
        taken = true;
        alpha = TestAccounts.student();
        bravo = TestAccounts.student();
        charlie = TestAccounts.student();
        delta = TestAccounts.student();
        take(alpha, "Ministry of State Security", false, 4);
        bravoFirstAttempt = take(bravo, "Ministry of Public Security", false, 5);
        take(bravo, "Ministry of State Security", false, 4);
        take(charlie, "Ministry of State Security", true, 5);
        deltaOpenAttempt = start(delta).getLong("id");
        bravoId = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(bravo).orElseThrow().id);
    }

    private static JsonPath start(String student) {
        return as(student).post("/api/quizzes/" + QUIZ + "/attempts").then().statusCode(201).extract().jsonPath();
    }

    /** Takes the class test once with these answers, submits it, and returns the attempt's id. */
    private static long take(String student, String single, boolean trueFalse, int numeric) {
        JsonPath sheet = start(student);
        long id = sheet.getLong("id");
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("r-single", sheet.getString(
                "questions.find { it.id == 'r-single' }.choices.find { it.text == '" + single + "' }.id"));
        responses.put("r-true-false", trueFalse);
        responses.put("r-numeric", numeric);
        as(student).body(Map.of("responses", responses)).post("/api/attempts/" + id + "/submit").then()
                .statusCode(200);
        return id;
    }

    private static Browser instructor() {
        return Browser.signedInAs(TestAccounts.instructor());
    }

    /** Every instructor page; {student} and {attempt} stand for ids known only once the class has taken the test. */
    static List<String> instructorPages() {
        return List.of("/instructor", "/instructor/quizzes/" + QUIZ + "/results",
                "/instructor/quizzes/" + QUIZ + "/analysis", "/instructor/quizzes/" + QUIZ + "/analysis?attempts=all",
                "/instructor/students/{student}", "/instructor/attempts/{attempt}");
    }

    private String resolved(String page) {
        return page.replace("{student}", String.valueOf(bravoId)).replace("{attempt}",
                String.valueOf(bravoFirstAttempt));
    }

    @ParameterizedTest
    @MethodSource("instructorPages")
    void anInstructorSeesEveryInstructorPage(String page) {
        instructor().get(resolved(page)).then().statusCode(200).body(containsString("<h1>"));
    }

    @ParameterizedTest
    @MethodSource("instructorPages")
    void aStudentIsRefusedEveryInstructorPage(String page) {
        Browser.signedInAs(TestAccounts.student()).get(resolved(page)).then().statusCode(403)
                .body(not(containsString("Never picked choice")));
    }

    @ParameterizedTest
    @MethodSource("instructorPages")
    void aStudentIsRefusedEveryInstructorPageOverBasicToo(String page) {
        as(bravo).get(resolved(page)).then().statusCode(403);
    }

    @ParameterizedTest
    @MethodSource("instructorPages")
    void anAnonymousVisitorIsSentToTheSignInPage(String page) {
        RestAssured.given().redirects().follow(false).get(resolved(page)).then().statusCode(302)
                .header("Location", endsWith("/login"));
    }

    @Test
    void theLayoutOffersTheInstructorAreaToInstructorsOnly() {
        instructor().get("/").then().statusCode(200).body(containsString("<a href=\"/instructor\">Instructor</a>"));
        Browser.signedInAs(alpha).get("/").then().statusCode(200)
                .body(not(containsString("href=\"/instructor\"")));
    }

    @Test
    void theDashboardCountsStudentsGradedAttemptsAndTheAverage() {
        String html = instructor().get("/instructor").then().statusCode(200).extract().asString();

        // 3 students with a graded attempt, 4 graded attempts (100, 33.33, 100, 33.33: mean 66.67%), 1 open.
        assertTrue(html.matches("(?s).*Class test.*?<td>3</td><td>4</td><td>1</td><td>66.67%</td>.*"), html);
        assertTrue(html.contains("href=\"/instructor/quizzes/class-test/results\""));
        assertTrue(html.contains("href=\"/instructor/quizzes/class-test/analysis\""));
        assertTrue(html.contains("href=\"/instructor/bank\""));
        assertTrue(html.contains("href=\"/instructor/export\""));
    }

    @Test
    void theResultsListEveryAttemptWithItsScoreAndState() {
        String html = instructor().get("/instructor/quizzes/" + QUIZ + "/results").then().statusCode(200).extract()
                .asString();

        assertEquals(5, count(html, "<tr>\\s*<th scope=\"row\"><a href=\"/instructor/students/"));
        assertTrue(html.contains("5 attempts"));
        assertEquals(2, count(html, "<td>3 / 3</td>"));
        assertEquals(2, count(html, "<td>1 / 3</td>"));
        assertTrue(html.contains("<td>open</td>"));
        assertTrue(html.contains("href=\"/instructor/attempts/" + bravoFirstAttempt + "\""));
        assertTrue(!html.contains("href=\"/instructor/attempts/" + deltaOpenAttempt + "\""));
    }

    @Test
    void theResultsFilterByStudent() {
        String html = instructor().get("/instructor/quizzes/" + QUIZ + "/results?student=" + bravo.toUpperCase())
                .then().statusCode(200).extract().asString();

        assertEquals(2, count(html, "<tr>\\s*<th scope=\"row\"><a href=\"/instructor/students/"));
        assertTrue(html.contains("Clear the filters"));
    }

    @Test
    void theResultsFilterByDate() {
        String none = instructor().get("/instructor/quizzes/" + QUIZ + "/results?to=2000-01-01").then()
                .statusCode(200).extract().asString();
        String all = instructor().get("/instructor/quizzes/" + QUIZ + "/results?from=2000-01-01").then()
                .statusCode(200).extract().asString();

        assertTrue(none.contains("No attempt matches these filters."));
        assertEquals(5, count(all, "<tr>\\s*<th scope=\"row\"><a href=\"/instructor/students/"));
    }

    @Test
    void theResultsSortByScoreWithTheOpenAttemptLast() {
        String html = instructor().get("/instructor/quizzes/" + QUIZ + "/results?sort=score&dir=desc").then()
                .statusCode(200).extract().asString();

        Matcher scores = Pattern.compile("<td>(?:open|submitted|closed when time ran out)</td><td>(\\d / 3|\u2014)</td>")
                .matcher(html);
        StringBuilder order = new StringBuilder();
        while (scores.find()) {
            order.append(scores.group(1)).append(';');
        }
        assertEquals("3 / 3;3 / 3;1 / 3;1 / 3;\u2014;", order.toString());
        assertTrue(html.contains("aria-sort=\"descending\""));
        assertTrue(html.contains("href=\"/instructor/quizzes/class-test/results?sort=score&amp;dir=asc\""));
    }

    @Test
    void badQueryParametersAreRefusedWithAMessage() {
        instructor().get("/instructor/quizzes/" + QUIZ + "/results?sort=shoe-size&from=yesterday").then()
                .statusCode(400).body(containsString("sort must be one of"))
                .body(containsString("from must be a date written as YYYY-MM-DD"));
        instructor().get("/instructor/quizzes/" + QUIZ + "/results?from=2026-02-01&to=2026-01-01").then()
                .statusCode(400).body(containsString("must not be after"));
        instructor().get("/instructor/quizzes/" + QUIZ + "/results?page=9").then().statusCode(400)
                .body(containsString("page must be between 1 and 1"));
        instructor().get("/instructor/quizzes/" + QUIZ + "/analysis?attempts=some").then().statusCode(400)
                .body(containsString("attempts must be first or all"));
    }

    @Test
    void anUnknownQuizStudentOrAttemptIsNotFound() {
        instructor().get("/instructor/quizzes/no-such-quiz/results").then().statusCode(404);
        instructor().get("/instructor/quizzes/no-such-quiz/analysis").then().statusCode(404);
        instructor().get("/instructor/students/999999").then().statusCode(404);
        instructor().get("/instructor/attempts/999999").then().statusCode(404);
    }

    @Test
    void anOpenAttemptHasNoReviewYet() {
        instructor().get("/instructor/attempts/" + deltaOpenAttempt).then().statusCode(409)
                .body(containsString("still open"));
    }

    @Test
    void theResultsPageDrawsBothChartsAsAccessibleInlineSvg() {
        String html = instructor().get("/instructor/quizzes/" + QUIZ + "/results").then().statusCode(200).extract()
                .asString();

        assertTrue(html.contains("<svg class=\"chart-svg\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""
                + " aria-labelledby=\"score-chart-title score-chart-desc\""));
        assertTrue(html.contains("<title id=\"score-chart-title\">Score distribution</title>"));
        assertTrue(html.contains("aria-labelledby=\"facility-chart-title facility-chart-desc\""));
        // The text alternative: two attempts in the 30-40% band, two in the 90-100% band.
        assertTrue(html.contains("<th scope=\"row\">30\u201340%</th><td>2</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">90\u2013100%</th><td>2</td>"));
        // Facility over the four graded attempts: r-single 3/4, r-true-false 3/4, r-numeric 2/4.
        assertTrue(html.contains("<th scope=\"row\">r-single</th><td>75%</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">r-numeric</th><td>50%</td>"));
        assertTrue(!html.contains("<script"));
    }

    @Test
    void aStudentsPageListsTheirAttemptsAtEveryQuiz() {
        String html = instructor().get("/instructor/students/" + bravoId).then().statusCode(200).extract()
                .asString();

        assertTrue(html.contains("Attempts of Student " + bravo));
        assertEquals(2, count(html, "<th scope=\"row\"><a href=\"/instructor/quizzes/class-test/results\">"));
    }

    @Test
    void theInstructorReadsTheReviewAsTheStudentSawIt() {
        String html = instructor().get("/instructor/attempts/" + bravoFirstAttempt).then().statusCode(200)
                .extract().asString();

        assertTrue(html.contains("Review of attempt 1 by Student " + bravo), html);
        assertTrue(html.contains("Score <strong>1 / 3</strong>"), html);
        assertTrue(html.contains("<li>Ministry of Public Security</li>"), html);
        assertTrue(html.contains("behind this question</summary>"), html);
    }

    @Test
    void theStudentsOwnReviewIsUnchangedByTheSharedInclude() {
        Browser student = Browser.signedInAs(bravo);
        student.get("/attempts/" + bravoFirstAttempt + "/review").then().statusCode(200)
                .body(containsString("Review of attempt 1"))
                .body(containsString("Score <strong>1 / 3</strong>"))
                .body(containsString("<a class=\"button\" href=\"/quizzes/class-test\">Back to the quiz</a>"));
    }

    @Test
    void theAnalysisOfFirstAttemptsCountsEachStudentOnce() {
        String html = instructor().get("/instructor/quizzes/" + QUIZ + "/analysis").then().statusCode(200)
                .extract().asString();

        assertTrue(html.contains("<th scope=\"row\">Attempts analysed</th><td>3</td>"), html);
        // r-single over first attempts: right, wrong, right.
        assertTrue(html.contains("<th scope=\"row\">r-single</th><td>66.7%</td>"), html);
    }

    @Test
    void theAnalysisOfAllAttemptsCountsEveryGradedAttempt() {
        String html = instructor().get("/instructor/quizzes/" + QUIZ + "/analysis?attempts=all").then()
                .statusCode(200).extract().asString();

        assertTrue(html.contains("<th scope=\"row\">Attempts analysed</th><td>4</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">r-single</th><td>75%</td>"), html);
        // Totals 3, 1, 3, 1: mean 2 of 3.
        assertTrue(html.contains("<th scope=\"row\">Average score</th><td>2.00 / 3.00 (66.7%)</td>"), html);
    }

    @Test
    void aDistractorNobodyPickedIsFlaggedWithALinkToItsYaml() {
        String html = instructor().get("/instructor/quizzes/" + QUIZ + "/analysis?attempts=all").then()
                .statusCode(200).extract().asString();

        assertTrue(html.contains("Nobody picked the wrong choice \u201cNever picked choice\u201d (shown 4 times)."),
                html);
        Matcher link = Pattern.compile("<a href=\"/instructor/bank/files/bank.yaml#L(\\d+)\">"
                + Pattern.quote(ResultsProfile.BANK) + "/bank.yaml:(\\d+):(\\d+)</a>").matcher(html);
        assertTrue(link.find(), html);
        assertEquals(link.group(1), link.group(2));
    }

    @Test
    void choicesAreCountedPerBankChoiceAcrossShuffledAttempts() {
        String html = instructor().get("/instructor/quizzes/" + QUIZ + "/analysis?attempts=all").then()
                .statusCode(200).extract().asString();

        assertTrue(html.contains("<th scope=\"row\" class=\"wrap\">Ministry of State Security</th><td>Yes</td>"
                + "<td>4</td><td>3</td><td>75.0%</td>"), html);
        assertTrue(html.contains("<th scope=\"row\" class=\"wrap\">Ministry of Public Security</th><td>No</td>"
                + "<td>4</td><td>1</td><td>25.0%</td>"));
    }

    /** Takes the drawn test answering every drawn question right, or every one wrong, or only the first right. */
    private static void takeDrawn(String student, int rightOnes) {
        JsonPath sheet = as(student).post("/api/quizzes/drawn-test/attempts").then().statusCode(201).extract()
                .jsonPath();
        List<String> questions = sheet.getList("questions.id", String.class);
        Map<String, Object> responses = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            boolean right = i < rightOnes;
            String id = questions.get(i);
            if (id.equals("r-single")) {
                responses.put(id, sheet.getString("questions.find { it.id == 'r-single' }.choices.find { it.text == '"
                        + (right ? "Ministry of State Security" : "Ministry of Public Security") + "' }.id"));
            } else if (id.equals("r-true-false")) {
                responses.put(id, !right);
            } else {
                responses.put(id, right ? 4 : 7);
            }
        }
        as(student).body(Map.of("responses", responses))
                .post("/api/attempts/" + sheet.getLong("id") + "/submit").then().statusCode(200);
    }

    @Test
    void drawnQuestionsAreMeasuredOverTheAttemptsThatShowedThemAndAlphaOverTheDrawsSlots() {
        takeDrawn(TestAccounts.student(), 2);
        takeDrawn(TestAccounts.student(), 0);
        takeDrawn(TestAccounts.student(), 1);

        String html = instructor().get("/instructor/quizzes/drawn-test/analysis").then().statusCode(200).extract()
                .asString();

        assertTrue(html.contains("<th scope=\"row\">Attempts analysed</th><td>3</td>"), html);
        // Two of the three questions in each of three attempts: six question attempts in all.
        Matcher attempts = Pattern.compile("</th>\\s*<td>[^<]+</td><td>(\\d+)</td><td>[\\d.]+%</td>").matcher(html);
        int shown = 0;
        while (attempts.find()) {
            shown += Integer.parseInt(attempts.group(1));
        }
        assertEquals(6, shown, html);
        // Slots "draw 1 #1" and "draw 1 #2" (by position) score 1 0 1 and 1 0 0, totals 2 0 1: V = 1/3, 1/3 and 1;
        // alpha = 2/(2-1) * (1 - (2/3)/1) = 66.67%.
        assertTrue(html.contains("Cronbach\u2019s alpha)</th><td>66.67%</td>"), html);
    }

    private static int count(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
