package org.cyberpolicy.quiz.web.student;

import static org.cyberpolicy.quiz.web.student.AttemptPageTest.startEveryType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.StudentFlowProfile;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Submitting safely (issue 18, part 4) through the pages, as a browser without JavaScript sends them and as the page's
 * script does: Save comes back to its question, flags, the summary before the final submit, autosave, and attempts
 * closed by their time limit labelled as such. The every-type quiz shuffles its questions: their places are read from
 * the attempt page.
 */
@QuarkusTest
@Tag("database")
@TestProfile(StudentFlowProfile.class)
class SubmittingSafelyTest {

    /** The place of a question on the attempt page. */
    static int positionOf(String html, String questionId) {
        Matcher section = Pattern.compile("id=\"question-(\\d+)\" aria-labelledby=\"prompt-\\d+\" data-question=\""
                + Pattern.quote(questionId) + "\"").matcher(html);
        assertTrue(section.find(), "no question " + questionId);
        return Integer.parseInt(section.group(1));
    }

    private static final String NUMERIC_FLAG = "value=\"unflag:t-numeric\" class=\"button button-flag\" aria-pressed=\"true\"";

    @Nested
    class SavingWithoutJavaScript {

        @Test
        void theSaveButtonUnderAQuestionComesBackToThatQuestion() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            int numeric = positionOf(browser.get(attempt).asString(), "t-numeric");

            browser.post(attempt, Map.of("r-t-numeric", "4", "action", "save:" + numeric)).then().statusCode(303)
                    .header("Location", endsWith(attempt + "?saved=true#question-" + numeric));

            browser.get(attempt).then().body(containsString("1</span> of 9 answered"));
        }

        @Test
        void aSaveNamingNoQuestionOfTheAttemptComesBackToTheTop() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            browser.get(attempt);

            browser.post(attempt, Map.of("r-t-numeric", "4", "action", "save:10")).then().statusCode(303)
                    .header("Location", endsWith(attempt + "?saved=true"));
        }

        @Test
        void everyQuestionHasItsFlagToggleAndItsSaveButton() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String html = browser.get(startEveryType(browser)).asString();

            assertTrue(html.contains("value=\"flag:t-numeric\" class=\"button button-flag\" aria-pressed=\"false\""));
            assertTrue(html.contains("value=\"save:9\" class=\"button button-save-here\""));
            assertTrue(html.contains("<dialog id=\"confirm-dialog\""));
            assertTrue(html.contains("<span id=\"answered-status\" aria-live=\"polite\">"));
        }
    }

    @Nested
    class Flags {

        @Test
        void theFlagButtonWithoutJavaScriptSavesTheFormFlagsAndComesBackToTheQuestion() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            int numeric = positionOf(browser.get(attempt).asString(), "t-numeric");

            browser.post(attempt, Map.of("r-t-short", "hafnium", "action", "flag:t-numeric")).then().statusCode(303)
                    .header("Location", endsWith(attempt + "?saved=true#question-" + numeric));

            String html = browser.get(attempt).asString();
            assertTrue(html.contains(NUMERIC_FLAG), "the flag is not shown as pressed");
            assertTrue(html.contains("value=\"hafnium\""), "the answers sent with the flag were not saved");
        }

        @Test
        void pressingTheFlagAgainTakesItAway() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            browser.get(attempt);
            browser.post(attempt, Map.of("action", "flag:t-numeric")).then().statusCode(303);
            browser.get(attempt);

            browser.post(attempt, Map.of("action", "unflag:t-numeric")).then().statusCode(303);

            assertTrue(browser.get(attempt).asString()
                    .contains("value=\"flag:t-numeric\" class=\"button button-flag\" aria-pressed=\"false\""));
        }

        @Test
        void theScriptsFlagEndpointFlagsAndTheKeptPageIsRenderedAgain() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            browser.get(attempt);
            browser.get(attempt); // now kept by the page cache

            browser.post(attempt + "/flag", Map.of("question", "t-numeric", "flagged", "true")).then()
                    .statusCode(204);

            assertTrue(browser.get(attempt).asString().contains(NUMERIC_FLAG), "a stale page was shown");
        }

        @Test
        void aFlagWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            browser.get(attempt);

            browser.request().contentType("application/x-www-form-urlencoded").formParam("question", "t-numeric")
                    .formParam("flagged", "true").post(attempt + "/flag").then().statusCode(400);

            assertFalse(browser.get(attempt).asString().contains(NUMERIC_FLAG));
        }

        @Test
        void aFlagThatIsNeitherTrueNorFalseIsRefused() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            browser.get(attempt);

            browser.post(attempt + "/flag", Map.of("question", "t-numeric", "flagged", "yes")).then()
                    .statusCode(400).body(containsString("flagged=true or flagged=false"));
        }

        @Test
        void aFlagOnAnotherStudentsAttemptIsNotFound() {
            Browser owner = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(owner);
            Browser other = Browser.signedInAs(TestAccounts.student());
            other.get("/");

            other.post(attempt + "/flag", Map.of("question", "t-numeric", "flagged", "true")).then()
                    .statusCode(404);
        }

        @Test
        void theReviewShowsTheFlagsToTheStudentAndToTheInstructor() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            String html = browser.get(attempt).asString();
            int numeric = positionOf(html, "t-numeric");
            int date = positionOf(html, "t-date");
            browser.post(attempt, Map.of("action", "flag:t-numeric")).then().statusCode(303);
            browser.get(attempt);
            browser.post(attempt, Map.of("action", "submit")).then().statusCode(303);

            String review = browser.get(attempt + "/review").asString();
            assertTrue(review.matches("(?s).*Question " + numeric + "</span>[^\n]*Flagged to come back to.*"),
                    "no flag on the flagged question");
            assertFalse(review.matches("(?s).*Question " + date + "</span>[^\n]*Flagged to come back to.*"),
                    "a flag on a question not flagged");

            Browser instructor = Browser.signedInAs(TestAccounts.instructor());
            instructor.get("/instructor" + attempt).then().statusCode(200)
                    .body(containsString("Flagged to come back to"));
        }
    }

    @Nested
    class TheSummaryBeforeSubmitting {

        @Test
        void submitForGradingWithoutJavaScriptSavesAndOpensTheSummary() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            browser.get(attempt);

            browser.post(attempt, Map.of("r-t-numeric", "4", "action", "confirm")).then().statusCode(303)
                    .header("Location", endsWith(attempt + "/confirm"));

            browser.get(attempt).then().statusCode(200).body(containsString("1</span> of 9 answered"));
        }

        @Test
        void theSummaryCountsAnsweredBlankAndFlaggedAndLinksBackToEachQuestion() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            String html = browser.get(attempt).asString();
            int numeric = positionOf(html, "t-numeric");
            int date = positionOf(html, "t-date");
            browser.post(attempt, Map.of("r-t-numeric", "4", "r-t-short", "hafnium", "action", "flag:t-date"));

            browser.get(attempt + "/confirm").then().statusCode(200)
                    .body(containsString("<strong>2</strong> answered · <strong>7</strong> blank · <strong>1</strong>"
                            + " flagged to come back to"))
                    .body(containsString("<a href=\"" + attempt + "#question-" + numeric + "\">Question " + numeric
                            + "</a>: answered</li>"))
                    .body(containsString("<a href=\"" + attempt + "#question-" + date + "\">Question " + date
                            + "</a>: <strong>blank</strong>, <strong>flagged</strong></li>"))
                    .body(containsString("action=\"" + attempt + "/submit\""));
        }

        @Test
        void submitNowOnTheSummarySubmitsTheAnswersAsSaved() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            browser.get(attempt);
            browser.post(attempt, Map.of("r-t-numeric", "4", "r-t-short", "hafnium", "action", "confirm"));
            browser.get(attempt + "/confirm");

            browser.post(attempt + "/submit", Map.of()).then().statusCode(303)
                    .header("Location", endsWith(attempt + "/review"));

            browser.get(attempt + "/review").then().statusCode(200)
                    .body(containsString("Score <strong>3 / 12</strong>"));
        }

        @Test
        void theSummaryOfAClosedAttemptGivesWayToItsReview() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            browser.get(attempt);
            browser.post(attempt, Map.of("action", "submit")).then().statusCode(303);

            browser.get(attempt + "/confirm").then().statusCode(303)
                    .header("Location", endsWith(attempt + "/review"));
        }

        @Test
        void submitNowWithoutTheCsrfTokenIsRefusedAndTheAttemptStaysOpen() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            browser.get(attempt);

            browser.request().contentType("application/x-www-form-urlencoded").formParam("x", "y")
                    .post(attempt + "/submit").then().statusCode(400);

            browser.get(attempt).then().statusCode(200);
        }

        @Test
        void anotherStudentsSummaryIsNotFound() {
            Browser owner = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(owner);

            Browser.signedInAs(TestAccounts.student()).get(attempt + "/confirm").then().statusCode(404);
        }
    }

    @Nested
    class Autosave {

        @Test
        void anAutosaveSavesTheFormAndAnswersTheCounts() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            browser.get(attempt);
            browser.post(attempt + "/flag", Map.of("question", "t-date", "flagged", "true")).then().statusCode(204);

            browser.post(attempt + "/autosave", Map.of("r-t-numeric", "4", "r-t-short", "hafnium")).then()
                    .statusCode(200).contentType("application/json")
                    .body("answered", equalTo(2)).body("questions", equalTo(9)).body("flagged", equalTo(1))
                    .body("statuses.find { it.questionId == 't-numeric' }.answered", equalTo(true))
                    .body("statuses.find { it.questionId == 't-date' }.flagged", equalTo(true))
                    .body("statuses.position", hasItems(1, 9))
                    .body("refused.size()", equalTo(0));

            browser.get(attempt).then().body(containsString("2</span> of 9 answered"))
                    .body(containsString("value=\"hafnium\""));
        }

        @Test
        void aValueThatDoesNotFitIsRefusedAndTheOthersAreSaved() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            browser.get(attempt);

            browser.post(attempt + "/autosave", Map.of("r-t-numeric", "four", "r-t-short", "hafnium")).then()
                    .statusCode(200).body("answered", equalTo(1))
                    .body("refused.'t-numeric'", not(equalTo(null)));
        }

        @Test
        void anAutosaveWithoutTheCsrfTokenIsRefusedAndSavesNothing() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            browser.get(attempt);

            browser.request().contentType("application/x-www-form-urlencoded").formParam("r-t-short", "hafnium")
                    .post(attempt + "/autosave").then().statusCode(400);

            assertFalse(browser.get(attempt).asString().contains("value=\"hafnium\""));
        }

        @Test
        void anAutosaveAfterTheAttemptWasSubmittedIsAConflict() {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            String attempt = startEveryType(browser);
            browser.get(attempt);
            browser.post(attempt, Map.of("action", "submit")).then().statusCode(303);

            browser.post(attempt + "/autosave", Map.of("r-t-short", "hafnium")).then().statusCode(409);
        }
    }

    @Nested
    class ClosedByTheTimeLimit {

        @Test
        void anAttemptClosedWhenItsTimeRanOutIsLabelledSoNotSubmitted() throws InterruptedException {
            Browser browser = Browser.signedInAs(TestAccounts.student());
            browser.get("/quizzes/two-seconds");
            String attempt = browser.post("/quizzes/two-seconds/attempts", Map.of()).header("Location")
                    .replaceFirst("^https?://[^/]+", "");
            browser.get(attempt);
            browser.post(attempt, Map.of("r-t-numeric", "4", "action", "save")).then().statusCode(303);

            Thread.sleep(3_500);

            browser.get(attempt + "/review").then().statusCode(200)
                    .body(containsString("Closed when time ran out</strong>, not submitted"));
            browser.get("/quizzes/two-seconds").then().statusCode(200)
                    .body(containsString("closed when time ran out"))
                    .body(not(containsString(">submitted<")));
        }
    }
}
