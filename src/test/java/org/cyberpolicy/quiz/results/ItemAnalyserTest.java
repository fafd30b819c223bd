package org.cyberpolicy.quiz.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The statistics against values worked out by hand on a small fixed data set.
 *
 * <pre>
 * Five attempts. q1 (single choice, 1 point) and q2 (2 points) are fixed; one slot "draw" is drawn at random from
 * q3 and q4 (1 point each).
 *
 *   attempt  q1  q2  draw      total T
 *   1        1   2   q3 = 1    4
 *   2        1   1   q4 = 1    3
 *   3        0   1   q3 = 0    1
 *   4        1   0   q4 = 0    1
 *   5        0   2   q3 = 1    3
 *
 * Test, S = 5: mean = 12/5 = 2.4; sorted 1 1 3 3 4, median 3.
 *   deviations 1.6 0.6 -1.4 -1.4 0.6; sum of squares 7.2, so V(T) = 7.2/4 = 1.8 and SD = sqrt(1.8) = 1.341641.
 *   m2 = 7.2/5 = 1.44, m3 = -0.96/5 = -0.192, m4 = 14.496/5 = 2.8992.
 *   k2 = 5 * 1.44 / 4 = 1.8; k3 = 25 * -0.192 / (4 * 3) = -0.4; skewness = k3 / k2^1.5 = -0.4 / 2.414953 = -0.165635.
 *   k4 = 25 * (6 * 2.8992 - 3 * 4 * 1.44^2) / (4 * 3 * 2) = 25 * -7.488 / 24 = -7.8; kurtosis = -7.8 / 1.8^2 = -2.407407.
 *   slot variances: q1 (1 1 0 1 0) 0.3; q2 (2 1 1 0 2) 0.7; draw (1 1 0 0 1) 0.3; sum 1.3.
 *   alpha = 3/2 * (1 - 1.3/1.8) = 0.416667, i.e. 41.6667%; SE = 1.341641 * sqrt(1 - 0.416667) = 1.024695.
 *
 * q1 over all 5: x = 1 1 0 1 0, rest X = T - x = 3 2 1 0 3. Facility 3/5 = 60%, SD = sqrt(0.3) = 54.7723%.
 *   deviations x .4 .4 -.6 .4 -.6, X (mean 1.8) 1.2 .2 -.8 -1.8 1.2; C = (.48+.08+.48-.72-.72)/4 = -0.1;
 *   V(X) = 6.8/4 = 1.7; D = 100 * -0.1 / sqrt(0.3 * 1.7) = -14.0028.
 *   sorted x 0 0 1 1 1 with sorted X 0 1 2 3 3: Cmax = (1.08+.48+.08+.48+.48)/4 = 0.65; DE = -0.1/0.65 = -15.3846.
 * q2 over all 5 (2 points): x = 2 1 1 0 2, X = 2 2 0 1 1. Facility 1.2/2 = 60%, SD = sqrt(0.7)/2 = 41.8330%.
 *   C = (.64-.16+.24+.24-.16)/4 = 0.2; V(x) = V(X) = 0.7; D = 0.2/0.7 = 28.5714; sorted x and X are identical,
 *   so Cmax = 0.7 and DE = 28.5714.
 * q3 over attempts 1, 3, 5: x = 1 0 1, X = 3 1 2. Facility 66.6667%, V(x) = (2/3)/2 = 1/3, SD = 57.7350%.
 *   C = (1/3 + 2/3 + 0)/2 = 0.5, V(X) = 1; D = 0.5/sqrt(1/3) = 86.6025; sorted: Cmax = 0.5, DE = 100.
 * q4 over attempts 2, 4: x = 1 0, X = 2 1. Facility 50%, SD = sqrt(0.5) = 70.7107%; C = 0.5, V(x) = V(X) = 0.5:
 *   D = 100, DE = 100.
 * q1's choices: a (correct), b, c shown in every attempt; picked a, a, b, a, and nothing in attempt 5.
 * </pre>
 */
class ItemAnalyserTest {

    private static final double EXACT = 1e-4;

    private static List<ScoredAttempt> fixedDataSet() {
        return List.of(
                attempt(1, q1(1, "a"), q2(2), drawn("q3", 1)),
                attempt(2, q1(1, "a"), q2(1), drawn("q4", 1)),
                attempt(3, q1(0, "b"), q2(1), drawn("q3", 0)),
                attempt(4, q1(1, "a"), q2(0), drawn("q4", 0)),
                attempt(5, q1(0, null), q2(2), drawn("q3", 1)));
    }

    private static ScoredAttempt attempt(long id, ScoredQuestion... questions) {
        return new ScoredAttempt(id, List.of(questions));
    }

    private static ScoredQuestion q1(double score, String picked) {
        return new ScoredQuestion("q1", "q1", score, 1, List.of("c", "a", "b"),
                picked == null ? Set.of() : Set.of(picked));
    }

    private static ScoredQuestion q2(double score) {
        return ScoredQuestion.of("q2", "q2", score, 2);
    }

    private static ScoredQuestion drawn(String id, double score) {
        return ScoredQuestion.of(id, "draw", score, 1);
    }

    private static Map<String, QuestionStatistics> byId(ItemAnalysis analysis) {
        return analysis.questions().stream()
                .collect(Collectors.toMap(QuestionStatistics::questionId, Function.identity()));
    }

    @Test
    void theTestsCentreAndSpreadMatchTheHandComputedValues() {
        TestStatistics test = ItemAnalyser.analyse(fixedDataSet()).test();

        assertEquals(5, test.attempts());
        assertEquals(2.4, test.mean(), EXACT);
        assertEquals(3, test.median(), EXACT);
        assertEquals(1.341641, test.standardDeviation().getAsDouble(), EXACT);
    }

    @Test
    void theTestsSkewnessAndKurtosisAreMoodlesSampleFormulas() {
        TestStatistics test = ItemAnalyser.analyse(fixedDataSet()).test();

        assertEquals(-0.165635, test.skewness().getAsDouble(), EXACT);
        assertEquals(-2.407407, test.kurtosis().getAsDouble(), EXACT);
    }

    @Test
    void cronbachsAlphaIsComputedOverSlotsAndGivesTheStandardError() {
        TestStatistics test = ItemAnalyser.analyse(fixedDataSet()).test();

        assertEquals(41.6667, test.alpha().getAsDouble(), EXACT);
        assertEquals(1.024695, test.standardError().getAsDouble(), EXACT);
        assertTrue(test.alphaUnavailable().isEmpty());
    }

    @Test
    void aFixedQuestionsFacilitySpreadDiscriminationAndEfficiencyMatchTheHandComputedValues() {
        QuestionStatistics q1 = byId(ItemAnalyser.analyse(fixedDataSet())).get("q1");

        assertEquals(5, q1.attempts());
        assertEquals(60, q1.facility(), EXACT);
        assertEquals(54.7723, q1.standardDeviation().getAsDouble(), EXACT);
        assertEquals(-14.0028, q1.discrimination().getAsDouble(), EXACT);
        assertEquals(-15.3846, q1.efficiency().getAsDouble(), EXACT);
    }

    @Test
    void aQuestionWorthSeveralPointsIsMeasuredAgainstItsPoints() {
        QuestionStatistics q2 = byId(ItemAnalyser.analyse(fixedDataSet())).get("q2");

        assertEquals(1.2, q2.meanScore(), EXACT);
        assertEquals(60, q2.facility(), EXACT);
        assertEquals(41.8330, q2.standardDeviation().getAsDouble(), EXACT);
        assertEquals(28.5714, q2.discrimination().getAsDouble(), EXACT);
        assertEquals(28.5714, q2.efficiency().getAsDouble(), EXACT);
    }

    @Test
    void aDrawnQuestionIsMeasuredOverTheAttemptsThatShowedIt() {
        Map<String, QuestionStatistics> questions = byId(ItemAnalyser.analyse(fixedDataSet()));
        QuestionStatistics q3 = questions.get("q3");
        QuestionStatistics q4 = questions.get("q4");

        assertEquals(3, q3.attempts());
        assertEquals(66.6667, q3.facility(), EXACT);
        assertEquals(57.7350, q3.standardDeviation().getAsDouble(), EXACT);
        assertEquals(86.6025, q3.discrimination().getAsDouble(), EXACT);
        assertEquals(100, q3.efficiency().getAsDouble(), EXACT);
        assertEquals(2, q4.attempts());
        assertEquals(50, q4.facility(), EXACT);
        assertEquals(70.7107, q4.standardDeviation().getAsDouble(), EXACT);
        assertEquals(100, q4.discrimination().getAsDouble(), EXACT);
        assertEquals(100, q4.efficiency().getAsDouble(), EXACT);
    }

    @Test
    void choicesAreCountedByBankChoiceWhateverTheOrderShown() {
        QuestionStatistics q1 = byId(ItemAnalyser.analyse(fixedDataSet())).get("q1");
        Map<String, ChoiceCount> choices = q1.choices().stream()
                .collect(Collectors.toMap(ChoiceCount::choiceId, Function.identity()));

        assertEquals(new ChoiceCount("a", 5, 3), choices.get("a"));
        assertEquals(new ChoiceCount("b", 5, 1), choices.get("b"));
        assertEquals(new ChoiceCount("c", 5, 0), choices.get("c"));
        assertEquals(60, choices.get("a").pickedPercent(), EXACT);
    }

    @Test
    void alphaIsUnavailableWhenAttemptsFillDifferentSlots() {
        List<ScoredAttempt> attempts = List.of(
                attempt(1, q2(2), ScoredQuestion.of("q3", "old-slot", 1, 1)),
                attempt(2, q2(1), drawn("q3", 0)));

        TestStatistics test = ItemAnalyser.analyse(attempts).test();

        assertTrue(test.alpha().isEmpty());
        assertTrue(test.standardError().isEmpty());
        assertTrue(test.alphaUnavailable().orElseThrow().contains("same question slots"));
    }

    @Test
    void statisticsThatNeedSpreadOrMoreAttemptsAreEmptyRatherThanInvented() {
        ItemAnalysis one = ItemAnalyser.analyse(List.of(attempt(1, q2(2), drawn("q3", 1))));

        assertEquals(1, one.test().attempts());
        assertEquals(3, one.test().mean(), EXACT);
        assertTrue(one.test().standardDeviation().isEmpty());
        assertTrue(one.test().skewness().isEmpty());
        assertTrue(one.test().alpha().isEmpty());
        QuestionStatistics q2 = byId(one).get("q2");
        assertEquals(100, q2.facility(), EXACT);
        assertTrue(q2.discrimination().isEmpty());
        assertTrue(q2.efficiency().isEmpty());
    }

    @Test
    void aQuestionEveryoneScoredTheSameOnHasNoDiscrimination() {
        List<ScoredAttempt> attempts = List.of(attempt(1, q2(2), drawn("q3", 1)), attempt(2, q2(2), drawn("q3", 0)),
                attempt(3, q2(2), drawn("q3", 1)));

        QuestionStatistics q2 = byId(ItemAnalyser.analyse(attempts)).get("q2");

        assertEquals(0, q2.standardDeviation().getAsDouble(), EXACT);
        assertFalse(q2.discrimination().isPresent());
        assertFalse(q2.efficiency().isPresent());
    }

    @Test
    void noAttemptGivesAnEmptyAnalysisThatSaysWhy() {
        ItemAnalysis none = ItemAnalyser.analyse(List.of());

        assertEquals(0, none.test().attempts());
        assertTrue(none.questions().isEmpty());
        assertTrue(none.test().alphaUnavailable().isPresent());
    }
}
