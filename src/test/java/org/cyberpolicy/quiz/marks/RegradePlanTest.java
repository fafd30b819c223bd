package org.cyberpolicy.quiz.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The three regrade modes on one attempt's marks, worked out on plain values. */
class RegradePlanTest {

    /** q1 (1 point) right, q2 (2 points) wrong, q3 (1 point) half right: 1.5 of 4. */
    private static final List<RegradePlan.Row> ROWS = List.of(row(1, "q1", "1", "1"), row(2, "q2", "2", "0"),
            row(3, "q3", "1", "0.5"));

    private static RegradePlan.Row row(long id, String question, String points, String score) {
        return new RegradePlan.Row(id, question, (int) id, new BigDecimal(points), new BigDecimal(score), true);
    }

    private static RegradePlan plan(List<RegradePlan.Row> rows, String question, MarkKind mode,
            Regrader.Outcome newKey) {
        return RegradePlan.of(rows, row -> row.questionId().equals(question), mode, row -> newKey);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " expected, not " + actual);
    }

    @Test
    void fullCreditGivesEveryoneTheQuestionsPoints() {
        RegradePlan plan = plan(ROWS, "q2", MarkKind.FULL_CREDIT, null);

        assertAmount("1.5", plan.oldScore());
        assertAmount("3.5", plan.newScore());
        assertAmount("4", plan.newMax());
        assertAmount("2", plan.changes().get(2L).score());
    }

    @Test
    void dropTakesTheQuestionOutOfTheMaximumAndItsMarkOutOfTheScore() {
        RegradePlan plan = plan(ROWS, "q3", MarkKind.DROP, null);

        assertAmount("1", plan.newScore());
        assertAmount("3", plan.newMax());
        assertFalse(plan.changes().get(3L).counted());
    }

    @Test
    void newKeyGivesTheMarkTheCorrectedQuestionEarns() {
        RegradePlan plan = plan(ROWS, "q2", MarkKind.NEW_KEY, new Regrader.Outcome.Graded(new BigDecimal("2")));

        assertAmount("3.5", plan.newScore());
        assertTrue(plan.problems().isEmpty());
    }

    @Test
    void aResponseThatCannotBeRegradedKeepsItsMarkAndIsReported() {
        RegradePlan plan = plan(ROWS, "q2", MarkKind.NEW_KEY, new Regrader.Outcome.Problem("gone"));

        assertFalse(plan.changesAnything());
        assertAmount("1.5", plan.newScore());
        assertEquals(List.of(new RegradePlan.Problem("q2", 2, "gone")), plan.problems());
    }

    @Test
    void aMarkThatWouldStayTheSameIsNoChange() {
        assertFalse(plan(ROWS, "q1", MarkKind.FULL_CREDIT, null).changesAnything());
        assertFalse(plan(ROWS, "q1", MarkKind.NEW_KEY, new Regrader.Outcome.Graded(BigDecimal.ONE))
                .changesAnything());
    }

    @Test
    void aDroppedQuestionDroppedAgainIsNoChange() {
        List<RegradePlan.Row> dropped = List.of(ROWS.get(0),
                new RegradePlan.Row(2, "q2", 2, new BigDecimal("2"), BigDecimal.ZERO, false));

        RegradePlan plan = plan(dropped, "q2", MarkKind.DROP, null);

        assertFalse(plan.changesAnything());
        assertAmount("1", plan.oldMax());
    }

    @Test
    void fullCreditForADroppedQuestionMakesItCountAgain() {
        List<RegradePlan.Row> dropped = List.of(ROWS.get(0),
                new RegradePlan.Row(2, "q2", 2, new BigDecimal("2"), BigDecimal.ZERO, false));

        RegradePlan plan = plan(dropped, "q2", MarkKind.FULL_CREDIT, null);

        assertAmount("3", plan.newScore());
        assertAmount("3", plan.newMax());
    }

    @Test
    void theLastQuestionThatCountsCannotBeDropped() {
        RegradePlan plan = plan(List.of(ROWS.get(0)), "q1", MarkKind.DROP, null);

        assertFalse(plan.changesAnything());
        assertEquals("dropping it would leave the attempt with no question that counts",
                plan.problems().get(0).message());
    }

    @Test
    void questionsNotSelectedKeepTheirMarks() {
        RegradePlan plan = plan(ROWS, "q9", MarkKind.FULL_CREDIT, null);

        assertFalse(plan.changesAnything());
        assertAmount("1.5", plan.newScore());
    }
}
