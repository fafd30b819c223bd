package org.cyberpolicy.quiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.export.GradingMethod.Grade;
import org.cyberpolicy.quiz.export.GradingMethod.GradedAttempt;
import org.junit.jupiter.api.Test;

/** Which score counts for a student by the quiz's grading method. */
class GradingMethodTest {

    private static GradedAttempt attempt(int number, String score, String max) {
        return new GradedAttempt(number, new BigDecimal(score), new BigDecimal(max));
    }

    /** Three attempts out of 10: 6, then 9, then 3. */
    private static final List<GradedAttempt> THREE = List.of(attempt(2, "9", "10"), attempt(1, "6", "10"),
            attempt(3, "3", "10"));

    private static Grade grade(Quiz.Grading method, List<GradedAttempt> attempts) {
        return GradingMethod.grade(method, attempts).orElseThrow();
    }

    @Test
    void highestTakesTheBestAttempt() {
        Grade grade = grade(Quiz.Grading.HIGHEST, THREE);
        assertEquals(new BigDecimal("9"), grade.score());
        assertEquals(new BigDecimal("90.00"), grade.percent());
        assertEquals(3, grade.attemptsGraded());
    }

    @Test
    void highestComparesPercentagesNotRawScoresWhenMaximumsDiffer() {
        Grade grade = grade(Quiz.Grading.HIGHEST, List.of(attempt(1, "8", "16"), attempt(2, "5", "6")));
        assertEquals(new BigDecimal("5"), grade.score());
        assertEquals(new BigDecimal("83.33"), grade.percent());
    }

    @Test
    void latestTakesTheHighestAttemptNumberWhateverTheOrderGiven() {
        assertEquals(new BigDecimal("3"), grade(Quiz.Grading.LATEST, THREE).score());
    }

    @Test
    void firstTakesTheLowestAttemptNumber() {
        Grade grade = grade(Quiz.Grading.FIRST, THREE);
        assertEquals(new BigDecimal("6"), grade.score());
        assertEquals(new BigDecimal("60.00"), grade.percent());
    }

    @Test
    void averageTakesTheMeanOfScoresAndOfPercentsToTwoDecimals() {
        Grade grade = grade(Quiz.Grading.AVERAGE, List.of(attempt(1, "1", "3"), attempt(2, "2", "3"),
                attempt(3, "2", "3")));
        assertEquals(new BigDecimal("1.67"), grade.score());
        // 33.33 + 66.67 + 66.67 = 166.67, / 3 = 55.56
        assertEquals(new BigDecimal("55.56"), grade.percent());
    }

    @Test
    void aSingleAttemptIsTheGradeByEveryMethod() {
        for (Quiz.Grading method : Quiz.Grading.values()) {
            Grade grade = grade(method, List.of(attempt(1, "7.5", "10")));
            assertEquals(0, new BigDecimal("7.5").compareTo(grade.score()), method.name());
            assertEquals(0, new BigDecimal("75").compareTo(grade.percent()), method.name());
        }
    }

    @Test
    void noGradedAttemptIsNoGrade() {
        assertTrue(GradingMethod.grade(Quiz.Grading.HIGHEST, List.of()).isEmpty());
    }

    @Test
    void aQuizWorthNothingScoresZeroPercent() {
        assertEquals(BigDecimal.ZERO, grade(Quiz.Grading.FIRST, List.of(attempt(1, "0", "0"))).percent());
    }
}
