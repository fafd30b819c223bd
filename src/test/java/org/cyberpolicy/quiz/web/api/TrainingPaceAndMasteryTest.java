package org.cyberpolicy.quiz.web.api;

import static org.cyberpolicy.quiz.testing.TestAccounts.as;
import static org.cyberpolicy.quiz.web.api.TrainApiTest.answer;
import static org.cyberpolicy.quiz.web.api.TrainApiTest.factOf;
import static org.cyberpolicy.quiz.web.api.TrainApiTest.next;
import static org.cyberpolicy.quiz.web.api.TrainApiTest.rightAnswer;
import static org.cyberpolicy.quiz.web.api.TrainApiTest.wrongAnswer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cyberpolicy.quiz.testing.TestAccounts;
import org.cyberpolicy.quiz.testing.TrainingProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The daily pace of new facts counts only facts met in training, and a student may choose to learn more; mastery is
 * the predicted recall a week ahead, and nothing after a miss. (Three new facts a day in this profile.)
 */
@QuarkusTest
@Tag("database")
@TestProfile(TrainingProfile.class)
class TrainingPaceAndMasteryTest {

    private static JsonPath progress(String student) {
        return as(student).get("/api/train/progress").then().statusCode(200).extract().jsonPath();
    }

    private static float masteryOf(JsonPath progress, String factId) {
        return progress.getFloat("factProgress.find { it.id == '" + factId + "' }.mastery");
    }

    private static JsonPath learnMore(String student) {
        return as(student).post("/api/train/more").then().log().ifValidationFails().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void factsFirstMetInAPracticeQuizLeaveTheDailyAllowanceWhole() {
        String student = TestAccounts.student();
        long attempt = PracticeCheckTest.startDrill(student);
        PracticeCheckTest.check(student, attempt, "count-true-false", false);
        PracticeCheckTest.check(student, attempt, "group-short", "Hafnium");
        assertEquals(2, progress(student).getInt("met"));
        assertEquals(0, progress(student).getInt("newFactsToday.met"));
        assertEquals(3, progress(student).getInt("newFactsToday.left"));
        JsonPath next = next(student);
        assertEquals("new", next.getString("reason"));
        assertEquals(2, next.getInt("newLeftToday"), "both facts not met yet may come today");
    }

    @Test
    void aStudentWhoHasMetTodaysNewFactsMayChooseToLearnMore() {
        String student = TestAccounts.student();
        for (int i = 0; i < 3; i++) {
            JsonPath next = next(student);
            answer(student, next, rightAnswer(next));
        }
        assertEquals("done", next(student).getString("status"));

        JsonPath today = learnMore(student);
        assertEquals(3, today.getInt("perDay"));
        assertEquals(5, today.getInt("extra"));
        assertEquals(3, today.getInt("met"));
        assertEquals(5, today.getInt("left"));
        JsonPath more = next(student);
        assertEquals("question", more.getString("status"));
        assertEquals("new", more.getString("reason"));
        assertEquals("month", factOf(more.getString("question.id")));
        assertEquals(5, progress(student).getInt("newFactsToday.left"));
    }

    @Test
    void learningMoreCountsForTheStudentWhoAskedAlone() {
        String student = TestAccounts.student();
        JsonPath today = learnMore(student);
        assertEquals(8, today.getInt("left"), "an unused allowance grows too");
        assertEquals(8, progress(student).getInt("newFactsToday.left"));
        assertEquals(3, progress(TestAccounts.student()).getInt("newFactsToday.left"), "only for the one who asked");
    }

    @Test
    void aFactJustAnsweredWrongHasNoMasteryThoughItIsFreshInMind() {
        String student = TestAccounts.student();
        JsonPath next = next(student);
        String fact = factOf(next.getString("question.id"));
        answer(student, next, wrongAnswer(next));
        JsonPath progress = progress(student);
        assertEquals(0.0f, masteryOf(progress, fact));
        assertEquals(1.0f, progress.getFloat("factProgress.find { it.id == '" + fact + "' }.retrievability"));
        assertEquals(0.0f, progress.getFloat("mastery"));
    }

    @Test
    void aFactAnsweredRightIsMasteredLessThanItIsRecalledNow() {
        String student = TestAccounts.student();
        JsonPath next = next(student);
        String fact = factOf(next.getString("question.id"));
        answer(student, next, rightAnswer(next));
        float mastery = masteryOf(progress(student), fact);
        assertTrue(mastery > 0.5f && mastery < 1.0f, "mastery a week ahead: " + mastery);
    }
}
