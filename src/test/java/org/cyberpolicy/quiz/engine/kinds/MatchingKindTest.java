package org.cyberpolicy.quiz.engine.kinds;

import static org.cyberpolicy.quiz.engine.TestQuestions.inBankOrder;
import static org.cyberpolicy.quiz.engine.TestQuestions.matching;
import static org.cyberpolicy.quiz.engine.TestQuestions.shown;
import static org.cyberpolicy.quiz.engine.TestQuestions.worth;
import static org.cyberpolicy.quiz.engine.kinds.Marks.key;
import static org.cyberpolicy.quiz.engine.kinds.Marks.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.engine.Layout;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.Response;
import org.junit.jupiter.api.Test;

class MatchingKindTest {

    /** In bank order: l1..l3 match r1..r3; r4 is a distractor. */
    private final Question.Matching officials = matching(
            List.of("Blinken=Secretary of State", "Raab=Foreign Secretary", "Borrell=EU foreign policy chief"),
            "NATO Secretary General");
    private final PresentedQuestion inOrder = inBankOrder(officials);

    private static Response matches(String... leftRight) {
        Map<String, String> rows = new HashMap<>();
        for (int i = 0; i < leftRight.length; i += 2) {
            rows.put(leftRight[i], leftRight[i + 1]);
        }
        return new Response.Matches(rows);
    }

    @Test
    void everyPairMatchedEarnsFullCredit() {
        assertEquals("1.0000", score(inOrder, matches("l1", "r1", "l2", "r2", "l3", "r3")));
    }

    @Test
    void eachPairMatchedEarnsItsShare() {
        assertEquals("0.6667", score(inOrder, matches("l1", "r1", "l2", "r2", "l3", "r1")));
    }

    @Test
    void twoOfThreePairsOfAThreePointQuestionEarnExactlyTwoPoints() {
        PresentedQuestion question = inBankOrder(worth("3", officials));

        assertEquals("2.0000", score(question, matches("l1", "r1", "l2", "r2", "l3", "r4")));
    }

    @Test
    void aRowLeftEmptyEarnsNothing() {
        assertEquals("0.3333", score(inOrder, matches("l2", "r2")));
        assertEquals("0.0000", score(inOrder, matches()));
    }

    @Test
    void aDistractorIsWrongForEveryRow() {
        assertEquals("0.6667", score(inOrder, matches("l1", "r4", "l2", "r2", "l3", "r3")));
    }

    @Test
    void anotherPairsRightSideIsWrong() {
        assertEquals("0.3333", score(inOrder, matches("l1", "r2", "l2", "r1", "l3", "r3")));
    }

    @Test
    void theSameRightOptionForSeveralRowsIsRightForItsOwnRowOnly() {
        assertEquals("0.3333", score(inOrder, matches("l1", "r1", "l2", "r1", "l3", "r1")));
    }

    @Test
    void anIdTheQuestionDoesNotHaveSpoilsTheResponse() {
        assertEquals("0.0000", score(inOrder, matches("l1", "r1", "l2", "r2", "l3", "r9")));
        assertEquals("0.0000", score(inOrder, matches("l1", "r1", "l2", "r2", "l4", "r3")));
    }

    @Test
    void rowsAreFoundThroughTheShuffledIds() {
        // Left shown as l1 Borrell, l2 Blinken, l3 Raab; right as r1 NATO, r2 EU chief, r3 Foreign, r4 State.
        PresentedQuestion question = shown(officials, new Layout(List.of(2, 0, 1), List.of(3, 2, 1, 0)));

        assertEquals("1.0000", score(question, matches("l1", "r2", "l2", "r4", "l3", "r3")));
        assertEquals("0.0000", score(question, matches("l1", "r1", "l2", "r2", "l3", "r4")));
    }

    @Test
    void theKeyMatchesEveryLeftIdWithItsRightId() {
        assertEquals(matches("l1", "r1", "l2", "r2", "l3", "r3"), key(inOrder));
    }

    @Test
    void theKeyFollowsTheShuffledIds() {
        PresentedQuestion question = shown(officials, new Layout(List.of(2, 0, 1), List.of(3, 2, 1, 0)));

        assertEquals(matches("l1", "r2", "l2", "r4", "l3", "r3"), key(question));
    }
}
