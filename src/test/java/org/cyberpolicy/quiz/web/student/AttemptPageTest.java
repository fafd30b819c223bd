package org.cyberpolicy.quiz.web.student;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** A student takes a quiz through the HTML pages, with forms as a browser without JavaScript sends them. */
@QuarkusTest
@Tag("database")
@TestProfile(StudentFlowProfile.class)
public class AttemptPageTest {

    /** Starts the every-type quiz from its page and returns the attempt page's path. */
    static String startEveryType(Browser browser) {
        browser.get("/quizzes/every-type").then().statusCode(200).body(containsString("Start the quiz"));
        Response started = browser.post("/quizzes/every-type/attempts", Map.of());
        started.then().statusCode(303);
        return started.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    /** The value of the option whose label reads {@code text}, among the inputs or options named {@code name}. */
    static String valueOf(String html, String name, String text) {
        Matcher input = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]+)\"[^>]*> "
                + Pattern.quote(text) + "</label>").matcher(html);
        if (input.find()) {
            return input.group(1);
        }
        throw new AssertionError("no option '" + text + "' for " + name);
    }

    /** The field name of the select labelled {@code text}, and the value of its option {@code option}. */
    static Map.Entry<String, String> select(String html, String label, String option) {
        Matcher select = Pattern.compile("<label for=\"[^\"]+\">" + Pattern.quote(label)
                + "</label>\\s*<select id=\"[^\"]+\" name=\"([^\"]+)\">(.*?)</select>", Pattern.DOTALL).matcher(html);
        assertTrue(select.find(), "no select labelled " + label);
        Matcher choice = Pattern.compile("<option value=\"([^\"]*)\"[^>]*>" + Pattern.quote(option) + "</option>")
                .matcher(select.group(2));
        assertTrue(choice.find(), "no option " + option + " for " + label);
        return Map.entry(select.group(1), choice.group(1));
    }

    /** The form of the every-type quiz answered right, from its attempt page. */
    public static Map<String, Object> rightAnswers(String html) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("r-t-single", valueOf(html, "r-t-single", "Ministry of State Security"));
        form.put("r-t-multiple", List.of(valueOf(html, "r-t-multiple", "Four people were charged"),
                valueOf(html, "r-t-multiple", "The charges came in July 2021")));
        form.put("r-t-true-false", "false");
        form.put("r-t-numeric", "4");
        form.put("r-t-date", "2021-07-19");
        form.put("r-t-month", "2021-03");
        form.put("r-t-short", "hafnium");
        for (Map.Entry<String, String> row : List.of(select(html, "Four", "People charged"),
                select(html, "Nineteen", "Day of the month of the announcement"),
                select(html, "Seven", "Month of the announcement"),
                select(html, "The flaws are disclosed", "1"), select(html, "The charges are announced", "2"),
                select(html, "The tests are written", "3"))) {
            form.put(row.getKey(), row.getValue());
        }
        return form;
    }

    @Test
    void aStudentAnswersEveryTypeThroughTheFormAndReadsAFullMarkReview() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        String attempt = startEveryType(browser);
        String html = browser.get(attempt).then().statusCode(200).extract().asString();

        Map<String, Object> form = rightAnswers(html);
        form.put("action", "submit");
        Response submitted = browser.post(attempt, form);

        submitted.then().statusCode(303).header("Location", endsWith(attempt + "/review"));
        browser.get(attempt + "/review").then().statusCode(200)
                .body(containsString("Score <strong>12 / 12</strong> (100%)"))
                .body(containsString("9 of 9 questions fully correct"))
                .body(containsString("Passed"))
                .body(containsString("The report names the Ministry of State Security as their employer."))
                .body(containsString("The defendants worked for the Ministry of State Security."))
                .body(containsString("<cite>A report written for the tests</cite>, Test Daily, Test Author"));
    }

    @Test
    void aPageShownAgainWithoutAChangeIsTheSameAsTheFirst() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        String attempt = startEveryType(browser);

        String first = browser.get(attempt).then().statusCode(200).extract().asString();
        String again = browser.get(attempt).then().statusCode(200).extract().asString();

        assertEquals(first, again);
    }

    @Test
    void anAnswerSavedThroughTheApiAfterThePageWasShownIsOnTheNextView() {
        String student = TestAccounts.student();
        Browser browser = Browser.signedInAs(student);
        String attempt = startEveryType(browser);
        browser.get(attempt).then().statusCode(200).body(containsString("0</span> of 9 answered"));

        TestAccounts.as(student).body(Map.of("response", 4)).put("/api" + attempt + "/responses/t-numeric").then()
                .statusCode(204);

        browser.get(attempt).then().statusCode(200).body(containsString("1</span> of 9 answered"))
                .body(containsString("name=\"r-t-numeric\" class=\"answer-input answer-number\" value=\"4\""));
    }

    @Test
    void aPageShownBeforeTheAttemptWasSubmittedElsewhereGivesWayToTheReview() {
        String student = TestAccounts.student();
        Browser browser = Browser.signedInAs(student);
        String attempt = startEveryType(browser);
        browser.get(attempt).then().statusCode(200);

        TestAccounts.as(student).post("/api" + attempt + "/submit").then().statusCode(200);

        browser.get(attempt).then().statusCode(303).header("Location", endsWith(attempt + "/review"));
    }

    @Test
    void savedAnswersAreShownAgainWhenTheStudentComesBack() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        String attempt = startEveryType(browser);
        String html = browser.get(attempt).asString();
        Map<String, Object> form = rightAnswers(html);
        form.put("action", "save");

        browser.post(attempt, form).then().statusCode(303).header("Location", endsWith(attempt + "?saved=true"));

        String again = browser.get(attempt + "?saved=true").then().statusCode(200)
                .body(containsString("Your answers are saved")).extract().asString();
        assertTrue(again.contains("value=\"" + form.get("r-t-single") + "\" checked> Ministry of State Security"));
        assertTrue(again.contains("name=\"r-t-numeric\" class=\"answer-input answer-number\" value=\"4\""));
        assertTrue(again.contains("value=\"2021-03\""));
        assertTrue(again.contains("value=\"hafnium\""));
        assertTrue(again.contains("9</span> of 9 answered"));
    }

    @Test
    void aValueTheFormCannotTakeIsReportedAndTheOtherAnswersAreKept() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        String attempt = startEveryType(browser);
        Map<String, Object> form = rightAnswers(browser.get(attempt).asString());
        form.put("r-t-numeric", "four");
        form.put("action", "submit");

        browser.post(attempt, form).then().statusCode(400)
                .body(containsString("takes a number"))
                .body(containsString("Some answers could not be saved"));

        String again = browser.get(attempt).then().statusCode(200).extract().asString();
        assertTrue(again.contains("value=\"hafnium\""), "the valid answers were lost");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndSavesNothing() {
        String student = TestAccounts.student();
        Browser browser = Browser.signedInAs(student);
        String attempt = startEveryType(browser);
        browser.get(attempt);

        browser.request().contentType("application/x-www-form-urlencoded").formParam("r-t-short", "hafnium")
                .formParam("action", "submit").post(attempt).then().statusCode(400);

        assertFalse(browser.get(attempt).asString().contains("value=\"hafnium\""));
    }

    @Test
    void theAttemptPageHoldsNoAnswerFeedbackOrFact() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        String html = browser.get(startEveryType(browser)).asString();

        for (String secret : List.of("correct", "Hafnium", "2021-07-19", "2021-03", "runs the police",
                "as their employer", "Four people were charged.", "Test Daily", "value=\"4\"")) {
            assertFalse(html.contains(secret), () -> "the attempt page reveals '" + secret + "'");
        }
    }

    @Test
    void everyQuestionTypeHasItsFormControl() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        String html = browser.get(startEveryType(browser)).asString();

        assertTrue(html.contains("type=\"radio\" name=\"r-t-single\""));
        assertTrue(html.contains("type=\"checkbox\" name=\"r-t-multiple\""));
        assertTrue(html.contains("type=\"radio\" name=\"r-t-true-false\" value=\"true\""));
        assertTrue(html.contains("type=\"number\" step=\"any\""));
        assertTrue(html.contains("id=\"r-t-date\"") && html.contains("type=\"date\""));
        assertTrue(html.contains("type=\"month\""));
        assertTrue(html.contains("maxlength=\"500\""));
        assertEquals(6, html.split("<select ").length - 1, "three matching rows and three ordering rows");
    }

    @Test
    void eachMatchingAndOrderingRowHasALabelledSelectWithItsOwnPrompt() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        String html = browser.get(startEveryType(browser)).asString();

        java.util.regex.Matcher labels = java.util.regex.Pattern.compile("<label for=\"(r-t-(?:matching|ordering)-[^\"]+)\">")
                .matcher(html);
        int rows = 0;
        while (labels.find()) {
            assertTrue(html.contains("<select id=\"" + labels.group(1) + "\""), "a select for " + labels.group(1));
            rows++;
        }
        assertEquals(6, rows);
        assertEquals(3, html.split("<option value=\"\">Choose…</option>").length - 1, "matching rows");
        assertEquals(3, html.split("<option value=\"\">Place…</option>").length - 1, "ordering rows");
    }

    @Test
    void aTimedAttemptShowsItsCountdown() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        browser.get("/quizzes/two-seconds");
        String attempt = browser.post("/quizzes/two-seconds/attempts", Map.of()).header("Location")
                .replaceFirst("^https?://[^/]+", "");

        browser.get(attempt).then().statusCode(200).body(containsString("id=\"countdown\""))
                .body(containsString("Time left:"));
    }

    @Test
    void anotherStudentsAttemptPageIsNotFound() {
        Browser owner = Browser.signedInAs(TestAccounts.student());
        String attempt = startEveryType(owner);

        Browser.signedInAs(TestAccounts.student()).get(attempt).then().statusCode(404);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        RestAssured.given().redirects().follow(false).get("/quizzes/every-type").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void aSubmittedAttemptOpensOnItsReview() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        String attempt = startEveryType(browser);
        browser.get(attempt);
        browser.post(attempt, Map.of("action", "submit")).then().statusCode(303);

        browser.get(attempt).then().statusCode(303).header("Location", endsWith(attempt + "/review"));
        browser.get(attempt + "/review").then().statusCode(200).body(containsString("Not answered"))
                .body(containsString("Score <strong>0 / 12</strong>"));
    }

    @Test
    void theFrontPageShowsASignedInStudentsAttemptsAndBestScore() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        String attempt = startEveryType(browser);
        Map<String, Object> form = rightAnswers(browser.get(attempt).asString());
        form.put("action", "submit");
        browser.post(attempt, form);

        browser.get("/").then().statusCode(200).body(containsString("1 attempt so far; best score 100%."));
        browser.get("/quizzes/every-type").then().statusCode(200).body(containsString("Best score: <strong>100%"))
                .body(containsString("Start a new attempt")).body(containsString("2 attempts left"));
    }

    @Test
    void whenNoAttemptIsLeftTheQuizPageSaysSoAndOffersNoStart() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        browser.get("/quizzes/single-shot");
        String attempt = browser.post("/quizzes/single-shot/attempts", Map.of()).header("Location")
                .replaceFirst("^https?://[^/]+", "");
        browser.get(attempt);
        browser.post(attempt, Map.of("action", "submit")).then().statusCode(303);

        browser.get("/quizzes/single-shot").then().statusCode(200)
                .body(containsString("You have used every attempt allowed for this quiz."));
        browser.post("/quizzes/single-shot/attempts", Map.of()).then().statusCode(409)
                .body(containsString("no attempt is left"));
    }
}
