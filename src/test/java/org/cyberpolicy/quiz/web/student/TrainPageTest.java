package org.cyberpolicy.quiz.web.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.testing.Browser;
import org.cyberpolicy.quiz.testing.MovableTrainingClock;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.TrainingProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** A student trains in the browser, without JavaScript, and the progress page follows. */
@QuarkusTest
@Tag("database")
@TestProfile(TrainingProfile.class)
class TrainPageTest {

    private static final Pattern FIELD = Pattern.compile("name=\"r-([a-z-]+)\"");
    private static final Pattern FACTS_MET = Pattern.compile("Facts met: <strong>(\\d+)</strong>");
    private static final Pattern MASTERY = Pattern.compile("Mastery of the whole bank: <strong>(\\d+)%</strong>");

    @Inject
    MovableTrainingClock clock;

    /** The form fields of the right answer to the question on a training page. */
    static Map<String, String> rightAnswer(String page) {
        Matcher field = FIELD.matcher(page);
        assertTrue(field.find(), "no question on the page:\n" + page);
        String question = field.group(1);
        String name = "r-" + question;
        return switch (question) {
            case "count-numeric" -> Map.of(name, "4");
            case "count-true-false", "group-true-false" -> Map.of(name, "false");
            case "month-true-false" -> Map.of(name, "true");
            case "count-single" -> Map.of(name, choice(page, name, "Four"));
            case "agency-single" -> Map.of(name, choice(page, name, "Ministry of State Security"));
            case "agency-short" -> Map.of(name, "MSS");
            case "group-short" -> Map.of(name, "Hafnium");
            case "month-date" -> Map.of(name, "2021-03");
            default -> throw new AssertionError("unknown question " + question);
        };
    }

    static String choice(String page, String name, String text) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"(c\\d+)\"> " + Pattern.quote(text) + "<")
                .matcher(page);
        assertTrue(m.find(), "no choice " + text);
        return m.group(1);
    }

    static int number(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertTrue(m.find(), "not on the page: " + pattern);
        return Integer.parseInt(m.group(1));
    }

    /** Presses "Start training" (or "Next question"): the question page's address, or the "nothing due" page. */
    static Response startOrNext(Browser browser) {
        browser.get("/train");
        return browser.post("/train/next", Map.of());
    }

    @Test
    void aStudentTrainsTenQuestionsAndTheProgressPageChanges() {
        String student = TestAccounts.student();
        Browser browser = Browser.signedInAs(student);
        String before = browser.get("/progress").then().statusCode(200).extract().asString();
        assertEquals(0, number(FACTS_MET, before));
        assertEquals(0, number(MASTERY, before));
        assertTrue(before.contains("No reviews are due in the next 14 days."));

        int answered = 0;
        while (answered < 10) {
            Response next = startOrNext(browser);
            if (next.statusCode() == 200) {
                assertTrue(next.asString().contains("Nothing to train right now"));
                // Wait, as a student would, for the next review (or for tomorrow's new facts).
                clock.advance(Duration.ofHours(answered < 6 ? 1 : 30));
                continue;
            }
            assertEquals(303, next.statusCode());
            String questionPath = next.header("Location").replaceFirst("^https?://[^/]+", "");
            String question = browser.get(questionPath).then().statusCode(200).extract().asString();
            assertFalse(question.contains("Test Wire"), "the sources, and so the answer, before answering");
            Response answer = browser.post(questionPath, withAction(rightAnswer(question), "check"));
            assertEquals(303, answer.statusCode(), answer.asString());
            String result = browser.get(questionPath).then().statusCode(200).extract().asString();
            assertTrue(result.contains("<h1 class=\"outcome-title outcome-correct\">Right</h1>"), result);
            assertTrue(result.contains("Test Wire"), "the source is cited");
            assertTrue(result.contains("When you will see this fact again"));
            answered++;
        }

        String after = browser.get("/progress").then().statusCode(200).extract().asString();
        assertEquals(4, number(FACTS_MET, after));
        assertTrue(number(MASTERY, after) > 50, "mastery after ten right answers: " + number(MASTERY, after));
        assertFalse(after.contains("No reviews are due in the next 14 days."));
    }

    @Test
    void onceTodaysNewFactsAreMetTheStudentMayChooseToLearnMore() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        for (int i = 0; i < 3; i++) {
            String questionPath = startOrNext(browser).header("Location").replaceFirst("^https?://[^/]+", "");
            String question = browser.get(questionPath).asString();
            assertEquals(303, browser.post(questionPath, withAction(rightAnswer(question), "check")).statusCode());
        }
        Response done = startOrNext(browser);
        assertEquals(200, done.statusCode());
        String page = done.asString();
        assertTrue(page.contains("3 new facts: training brings at most 3 new facts a day"), page);
        assertTrue(page.contains("facts first met in a practice quiz do not count"), page);
        assertTrue(page.contains("Learn 5 more new facts today"), page);

        Response more = browser.post("/train/more", Map.of());
        assertEquals(303, more.statusCode(), more.asString());
        String question = browser.get(more.header("Location").replaceFirst("^https?://[^/]+", "")).asString();
        assertTrue(question.contains("New fact"), question);
        assertTrue(browser.get("/progress").asString().contains("New facts left today: <strong>5</strong>"));
    }

    static Map<String, String> withAction(Map<String, String> fields, String action) {
        Map<String, String> all = new HashMap<>(fields);
        all.put("action", action);
        return all;
    }

    @Test
    void iDontKnowShowsTheAnswerAndTheFactComesBackInAMinute() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        String path = startOrNext(browser).header("Location").replaceFirst("^https?://[^/]+", "");
        browser.get(path);
        assertEquals(303, browser.post(path, Map.of("action", "dontknow")).statusCode());
        String result = browser.get(path).asString();
        assertTrue(result.contains("Here is the answer"), result);
        assertTrue(result.contains("in 1 minute"), result);
        assertFalse(result.contains("It was easy"), "a wrong answer cannot be rated");
    }

    @Test
    void aValueThatDoesNotFitIsRefusedOnThePageAndNothingIsRecorded() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        // The first question of the bank for a new student is the easy true-false one.
        String path = startOrNext(browser).header("Location").replaceFirst("^https?://[^/]+", "");
        String page = browser.get(path).asString();
        assertTrue(page.contains("name=\"r-count-true-false\""), page);
        Response refused = browser.post(path, Map.of("r-count-true-false", "maybe", "action", "check"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("role=\"alert\""));
        Response empty = browser.post(path, Map.of("action", "check"));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.asString().contains("I don"), empty.asString());
        assertEquals(303, browser.post(path, Map.of("r-count-true-false", "false", "action", "check")).statusCode());
    }

    @Test
    void aRightAnswerCanBeRatedEasyAndTheFactComesBackLater() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        String path = startOrNext(browser).header("Location").replaceFirst("^https?://[^/]+", "");
        String question = browser.get(path).asString();
        browser.post(path, withAction(rightAnswer(question), "check"));
        String good = browser.get(path).asString();
        assertTrue(good.contains("in 10 minutes"), good);
        assertTrue(good.contains("It was easy"));
        assertEquals(303, browser.post(path + "/rating", Map.of("rating", "easy")).statusCode());
        String easy = browser.get(path).asString();
        assertTrue(easy.contains("you rated it easy"), easy);
        assertFalse(easy.contains("in 10 minutes"), easy);
        assertFalse(easy.contains("It was easy"), "rated once only");
    }

    @Test
    void aFormWithoutTheCsrfTokenChangesNothing() {
        String student = TestAccounts.student();
        Browser browser = Browser.signedInAs(student);
        browser.get("/train");
        Response forged = browser.request().contentType("application/x-www-form-urlencoded").formParam("tag",
                "exchange").post("/train/next");
        assertNotEquals(303, forged.statusCode());
        assertTrue(forged.statusCode() >= 400, "status " + forged.statusCode());
    }

    @Test
    void trainingAndProgressNeedSignIn() {
        for (String path : List.of("/train", "/progress")) {
            Response page = RestAssured.given().redirects().follow(false).get(path);
            assertEquals(302, page.statusCode(), path);
            assertTrue(page.header("Location").endsWith("/login"), page.header("Location"));
        }
    }

    @Test
    void theStartPageOffersTheTopicsAndTheNavLinksToTraining() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        String page = browser.get("/train").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<input type=\"checkbox\" name=\"tag\" value=\"exchange\">"), page);
        assertTrue(page.contains("<a href=\"/train\">Train</a>"));
        assertTrue(page.contains("<a href=\"/progress\">Progress</a>"));
    }

    @Test
    void theProgressChartIsAnAccessibleSvgWithATableBesideIt() {
        Browser browser = Browser.signedInAs(TestAccounts.student());
        String page = browser.get("/progress").asString();
        assertTrue(page.contains("<svg class=\"forecast-chart\" role=\"img\""), page);
        assertTrue(page.contains("<title id=\"forecast-title\">"));
        assertTrue(page.contains("<caption id=\"forecast-table-caption\">Reviews due per day"));
    }

    @Test
    void instructorsSeeTheClassWithTheLeastKnownFactsFirstLinkedToTheirQuestions() {
        // One student learns the count fact well; nobody else learns anything.
        String student = TestAccounts.student();
        Browser browser = Browser.signedInAs(student);
        String path = startOrNext(browser).header("Location").replaceFirst("^https?://[^/]+", "");
        browser.post(path, withAction(rightAnswer(browser.get(path).asString()), "check"));

        Browser instructor = Browser.signedInAs(TestAccounts.instructor());
        String page = instructor.get("/instructor/training").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<a href=\"/instructor/bank#q-count-numeric\">count-numeric</a>"), page);
        int count = page.indexOf("Four people were charged.");
        int agency = page.indexOf("The defendants worked for the Ministry of State Security.");
        assertTrue(agency > 0 && count > agency, "the fact some student knows comes after one nobody knows");

        assertEquals(403, browser.get("/instructor/training").statusCode());
    }
}
