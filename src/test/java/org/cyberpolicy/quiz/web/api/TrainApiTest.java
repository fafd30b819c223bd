package org.cyberpolicy.quiz.web.api;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.testing.MovableTrainingClock;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.TrainingProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A student trains through the JSON API: due facts first, new facts at the daily pace, varied questions. */
@QuarkusTest
@Tag("database")
@TestProfile(TrainingProfile.class)
class TrainApiTest {

    @Inject
    MovableTrainingClock clock;

    static JsonPath next(String student, String... tags) {
        return as(student).body(Map.of("tags", List.of(tags))).post("/api/train/next").then().log().ifValidationFails()
                .statusCode(200).extract().jsonPath();
    }

    /** The fact a question of the training bank tests: its id up to the first hyphen. */
    static String factOf(String questionId) {
        return questionId.substring(0, questionId.indexOf('-'));
    }

    static Object rightAnswer(JsonPath next) {
        String question = next.getString("question.id");
        return switch (question) {
            case "count-numeric" -> 4;
            case "count-true-false", "group-true-false" -> false;
            case "month-true-false" -> true;
            case "count-single" -> choice(next, "Four");
            case "agency-single" -> choice(next, "Ministry of State Security");
            case "agency-short" -> "MSS";
            case "group-short" -> "hafnium";
            case "month-date" -> "2021-03";
            default -> throw new AssertionError("unknown question " + question);
        };
    }

    /** A wrong answer of the right shape. */
    static Object wrongAnswer(JsonPath next) {
        String question = next.getString("question.id");
        return switch (question) {
            case "count-numeric" -> 7;
            case "count-true-false", "group-true-false" -> true;
            case "month-true-false" -> false;
            case "count-single" -> choice(next, "Ten");
            case "agency-single" -> choice(next, "Ministry of Public Security");
            case "agency-short" -> "the army";
            case "group-short" -> "Nobelium";
            case "month-date" -> "2020-01";
            default -> throw new AssertionError("unknown question " + question);
        };
    }

    static String choice(JsonPath next, String text) {
        return next.getString("question.choices.find { it.text == '" + text + "' }.id");
    }

    static JsonPath answer(String student, JsonPath next, Object response) {
        Map<String, Object> body = new HashMap<>();
        body.put("token", next.getString("token"));
        body.put("response", response);
        return as(student).body(body).post("/api/train/answer").then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath();
    }

    static Instant due(JsonPath answered) {
        return Instant.parse(answered.getString("facts[0].due"));
    }

    @Test
    void theNextQuestionCarriesNoAnswer() {
        String student = TestAccounts.student();
        for (int i = 0; i < 3; i++) {
            JsonPath next = next(student);
            String raw = next.prettify();
            assertEquals("question", next.getString("status"));
            assertNotNull(next.getString("token"));
            assertFalse(raw.contains("\"correct"), raw);
            assertFalse(raw.contains("feedback"), raw);
            assertFalse(raw.contains("\"facts\""), raw);
            assertFalse(raw.contains("statement"), raw);
            answer(student, next, rightAnswer(next));
        }
    }

    @Test
    void newFactsComeInBankOrderUntilTheDailyAllowanceIsUsed() {
        String student = TestAccounts.student();
        List<String> facts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonPath next = next(student);
            assertEquals("new", next.getString("reason"));
            assertEquals(3 - i, next.getInt("newLeftToday"));
            facts.add(factOf(next.getString("question.id")));
            answer(student, next, rightAnswer(next));
        }
        assertEquals(List.of("count", "agency", "group"), facts);
        JsonPath done = next(student);
        assertEquals("done", done.getString("status"));
        assertTrue(done.getString("message").contains("met today's 3 new facts"), done.getString("message"));
        assertTrue(done.getBoolean("newFactsWait"));
        assertEquals(0, done.getInt("newFactsToday.left"));
        // The first fact comes back ten minutes after its first right answer (the second learning step).
        Instant nextDue = Instant.parse(done.getString("nextDue"));
        assertTrue(nextDue.isAfter(clock.now().plus(Duration.ofMinutes(9))), nextDue.toString());
        assertTrue(nextDue.isBefore(clock.now().plus(Duration.ofMinutes(11))), nextDue.toString());
    }

    @Test
    void aNewFactIsMetThroughItsEasiestQuestion() {
        String student = TestAccounts.student();
        assertEquals("count-true-false", next(student).getString("question.id"));
    }

    @Test
    void dueFactsComeBeforeNewOnes() {
        String student = TestAccounts.student();
        JsonPath first = next(student);
        assertEquals("count", factOf(first.getString("question.id")));
        answer(student, first, wrongAnswer(first));
        // Not due yet (one minute after a wrong answer): a new fact comes meanwhile.
        JsonPath second = next(student);
        assertEquals("agency", factOf(second.getString("question.id")));
        answer(student, second, rightAnswer(second));

        clock.advance(Duration.ofSeconds(61));
        JsonPath third = next(student);
        assertEquals("due", third.getString("reason"));
        assertEquals("count", factOf(third.getString("question.id")));
        assertEquals(1, third.getInt("dueNow"));
    }

    static JsonPath answerRated(String student, JsonPath next, String rating) {
        return as(student).body(Map.of("token", next.getString("token"), "response", rightAnswer(next), "rating",
                rating)).post("/api/train/answer").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theDueFactLeastLikelyRecalledComesFirst() {
        String student = TestAccounts.student();
        JsonPath count = next(student);
        answerRated(student, count, "easy");
        JsonPath agency = next(student);
        assertEquals("agency", factOf(agency.getString("question.id")));
        answerRated(student, agency, "hard");
        clock.advance(Duration.ofMinutes(6));
        JsonPath agencyAgain = next(student);
        assertEquals("agency", factOf(agencyAgain.getString("question.id")));
        answerRated(student, agencyAgain, "easy");
        // A month on, both are due; the agency fact, with the shorter stability, is the less likely recalled, although
        // the count fact comes first in the bank.
        clock.advance(Duration.ofDays(30));
        JsonPath next = next(student);
        assertEquals("due", next.getString("reason"));
        assertEquals(2, next.getInt("dueNow"));
        assertEquals("agency", factOf(next.getString("question.id")));
    }

    @Test
    void aFactComesBackInAnotherFormThanItWasLastAskedIn() {
        String student = TestAccounts.student();
        JsonPath first = next(student);
        answer(student, first, rightAnswer(first));
        Set<String> seen = new java.util.LinkedHashSet<>(List.of(first.getString("question.id")));
        String previous = first.getString("question.id");
        for (int i = 0; i < 3; i++) {
            // Past the learning steps and any interval: the count fact is due again before anything else.
            clock.advance(Duration.ofDays(2000));
            JsonPath again = next(student, "indictments");
            String question = again.getString("question.id");
            assertEquals("count", factOf(question), "the overdue count fact comes first");
            assertNotEquals(previous, question, "the same form twice in a row");
            seen.add(question);
            previous = question;
            answer(student, again, rightAnswer(again));
            // The agency fact must not get in the way: introduce nothing else.
        }
        assertEquals(Set.of("count-true-false", "count-numeric", "count-single"), seen);
    }

    @Test
    void aSessionLimitedToATagAsksOnlyQuestionsWithIt() {
        String student = TestAccounts.student();
        for (int i = 0; i < 4; i++) {
            // Two new facts, then the same two again once their learning step has passed.
            if (i == 2) {
                assertEquals("done", next(student, "exchange").getString("status"));
                clock.advance(Duration.ofMinutes(11));
            }
            JsonPath next = next(student, "exchange");
            assertTrue(Set.of("group", "month").contains(factOf(next.getString("question.id"))),
                    next.getString("question.id"));
            assertEquals(List.of("exchange"), next.getList("tags"));
            answer(student, next, rightAnswer(next));
        }
    }

    @Test
    void anUnknownTagIsRefused() {
        as(TestAccounts.student()).body(Map.of("tags", List.of("exchange", "nonsense"))).post("/api/train/next")
                .then().statusCode(400).body("error", containsString("'nonsense'"));
    }

    @Test
    void aBodylessNextTrainsTheWholeBank() {
        String student = TestAccounts.student();
        io.restassured.RestAssured.given().auth().preemptive().basic(student, TestAccounts.PASSWORD)
                .contentType(ContentType.JSON).post("/api/train/next").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.is("question"));
    }

    @Test
    void aBodylessNextWithoutAContentTypeIsRefused() {
        String student = TestAccounts.student();
        io.restassured.RestAssured.given().auth().preemptive().basic(student, TestAccounts.PASSWORD)
                .noContentType().post("/api/train/next").then().statusCode(415)
                .body("error", containsString("application/json"));
    }

    @Test
    void theAnswerTellsRightOrWrongTheKeyTheFeedbackAndTheSources() {
        String student = TestAccounts.student();
        JsonPath next = next(student);
        JsonPath answered = answer(student, next, wrongAnswer(next));
        assertFalse(answered.getBoolean("correct"));
        assertEquals("again", answered.getString("grade"));
        assertEquals(false, answered.getBoolean("correctAnswer"));
        assertEquals("Four people were charged.", answered.getString("facts[0].statement"));
        assertEquals("Test Wire", answered.getString("facts[0].sources[0].outlet"));
        assertEquals("learning", answered.getString("facts[0].phase"));
    }

    @Test
    void aWrongAnswerBringsTheFactBackSoonerThanARightOne() {
        String wrong = TestAccounts.student();
        String right = TestAccounts.student();
        JsonPath wrongNext = next(wrong);
        JsonPath rightNext = next(right);
        Instant wrongDue = due(answer(wrong, wrongNext, wrongAnswer(wrongNext)));
        Instant rightDue = due(answer(right, rightNext, rightAnswer(rightNext)));
        assertTrue(wrongDue.isBefore(rightDue), wrongDue + " vs " + rightDue);
    }

    @Test
    void iDontKnowIsAWrongAnswer() {
        String student = TestAccounts.student();
        JsonPath answered = answer(student, next(student), null);
        assertFalse(answered.getBoolean("correct"));
        assertEquals("again", answered.getString("grade"));
    }

    @Test
    void answeringTwiceIsAConflict() {
        String student = TestAccounts.student();
        JsonPath next = next(student);
        answer(student, next, rightAnswer(next));
        as(student).body(Map.of("token", next.getString("token"), "response", rightAnswer(next)))
                .post("/api/train/answer").then().statusCode(409);
    }

    @Test
    void anUnknownTokenOrSomeoneElsesIsNotFound() {
        String student = TestAccounts.student();
        JsonPath next = next(student);
        as(student).body(Map.of("token", "no-such-token", "response", 4)).post("/api/train/answer").then()
                .statusCode(404);
        as(TestAccounts.student()).body(Map.of("token", next.getString("token"), "response", rightAnswer(next)))
                .post("/api/train/answer").then().statusCode(404);
        // The owner can still answer it: the other student's try changed nothing.
        answer(student, next, rightAnswer(next));
    }

    @Test
    void aMalformedAnswerIsRefusedAndChangesNothing() {
        String student = TestAccounts.student();
        JsonPath next = next(student);
        as(student).body(Map.of("token", next.getString("token"), "response", Map.of("not", "an answer")))
                .post("/api/train/answer").then().statusCode(400).body("error", org.hamcrest.Matchers.notNullValue());
        as(student).body(Map.of("token", next.getString("token"))).post("/api/train/answer").then().statusCode(400)
                .body("error", containsString("response"));
        as(student).body(Map.of("token", next.getString("token"), "response", rightAnswer(next), "rating", "meh"))
                .post("/api/train/answer").then().statusCode(400).body("error", containsString("hard"));
        as(student).body("{not json").post("/api/train/answer").then().statusCode(400);
        assertTrue(answer(student, next, rightAnswer(next)).getBoolean("correct"));
    }

    @Test
    void easyPushesTheNextReviewFurtherThanGoodAndHardLessFar() {
        Map<String, Instant> dues = new HashMap<>();
        for (String rating : List.of("hard", "good", "easy")) {
            String student = TestAccounts.student();
            JsonPath next = next(student);
            Map<String, Object> body = new HashMap<>(Map.of("token", next.getString("token"), "response",
                    rightAnswer(next)));
            if (!rating.equals("good")) {
                body.put("rating", rating);
            }
            JsonPath answered = as(student).body(body).post("/api/train/answer").then().statusCode(200).extract()
                    .jsonPath();
            assertEquals(rating, answered.getString("grade"));
            dues.put(rating, due(answered).minusMillis(0));
        }
        // Times of different students differ by the milliseconds between requests: compare with a margin.
        assertTrue(dues.get("hard").plusSeconds(60).isBefore(dues.get("good")), dues.toString());
        assertTrue(dues.get("good").plusSeconds(3600).isBefore(dues.get("easy")), dues.toString());
    }

    @Test
    void aRightAnswerCanBeRatedOnceAfterwards() {
        String student = TestAccounts.student();
        JsonPath next = next(student);
        JsonPath good = answer(student, next, rightAnswer(next));
        assertTrue(good.getBoolean("mayRate"));
        JsonPath easy = as(student).body(Map.of("token", next.getString("token"), "rating", "easy"))
                .post("/api/train/rating").then().statusCode(200).extract().jsonPath();
        assertEquals("easy", easy.getString("grade"));
        assertFalse(easy.getBoolean("mayRate"));
        assertTrue(due(easy).isAfter(due(good).plus(Duration.ofHours(12))), due(good) + " then " + due(easy));
        as(student).body(Map.of("token", next.getString("token"), "rating", "hard")).post("/api/train/rating").then()
                .statusCode(409);
    }

    @Test
    void aWrongAnswerCannotBeRated() {
        String student = TestAccounts.student();
        JsonPath next = next(student);
        assertFalse(answer(student, next, wrongAnswer(next)).getBoolean("mayRate"));
        as(student).body(Map.of("token", next.getString("token"), "rating", "easy")).post("/api/train/rating").then()
                .statusCode(409);
    }

    @Test
    void trainingNeedsSignIn() {
        io.restassured.RestAssured.given().contentType("application/json").body("{}").post("/api/train/next").then()
                .statusCode(401);
    }
}
