package org.cyberpolicy.quiz.engine.kinds;

import static org.cyberpolicy.quiz.engine.TestQuestions.inBankOrder;
import static org.cyberpolicy.quiz.engine.TestQuestions.multiple;
import static org.cyberpolicy.quiz.engine.TestQuestions.shuffled;
import static org.cyberpolicy.quiz.engine.kinds.Marks.key;
import static org.cyberpolicy.quiz.engine.kinds.Marks.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Scoring;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.Response;
import org.junit.jupiter.api.Test;

class MultipleChoiceKindTest {

    /** Two correct choices (c1, c2) and two wrong ones (c3, c4): each correct one is worth 1/2, each wrong -1/2. */
    private final PresentedQuestion partial = inBankOrder(
            multiple(Scoring.PARTIAL, "*White House", "*UK government", "Kremlin", "NATO"));
    private final PresentedQuestion allOrNothing = inBankOrder(
            multiple(Scoring.ALL_OR_NOTHING, "*White House", "*UK government", "Kremlin", "NATO"));

    private static Response picked(String... ids) {
        return new Response.PickedChoices(Set.of(ids));
    }

    @Test
    void exactlyTheCorrectChoicesEarnFullCredit() {
        assertEquals("1.0000", score(partial, picked("c1", "c2")));
    }

    @Test
    void eachCorrectChoiceEarnsItsShare() {
        assertEquals("0.5000", score(partial, picked("c1")));
    }

    @Test
    void eachWrongChoiceTakesAwayItsShare() {
        // 2/2 - 1/2
        assertEquals("0.5000", score(partial, picked("c1", "c2", "c3")));
        // 1/2 - 1/2
        assertEquals("0.0000", score(partial, picked("c1", "c3")));
    }

    @Test
    void wrongChoicesCannotTakeTheCreditBelowZero() {
        // 1/2 - 2/2 = -1/2
        assertEquals("0.0000", score(partial, picked("c1", "c3", "c4")));
    }

    @Test
    void tickingEveryChoiceEarnsNothing() {
        assertEquals("0.0000", score(partial, picked("c1", "c2", "c3", "c4")));
    }

    @Test
    void tickingNothingEarnsNothing() {
        assertEquals("0.0000", score(partial, picked()));
    }

    @Test
    void sharesFollowTheNumbersOfCorrectAndWrongChoices() {
        // Three correct, two wrong: 2/3 - 1/2 = 1/6.
        PresentedQuestion question = inBankOrder(multiple(Scoring.PARTIAL, "*A", "*B", "*C", "D", "E"));

        assertEquals("0.1667", score(question, picked("c1", "c2", "c4")));
    }

    @Test
    void withNoWrongChoicesOnlyTheCorrectOnesCount() {
        PresentedQuestion question = inBankOrder(multiple(Scoring.PARTIAL, "*A", "*B"));

        assertEquals("0.5000", score(question, picked("c2")));
    }

    @Test
    void allOrNothingGivesFullCreditForExactlyTheCorrectChoices() {
        assertEquals("1.0000", score(allOrNothing, picked("c1", "c2")));
    }

    @Test
    void allOrNothingGivesNothingForTooFewChoices() {
        assertEquals("0.0000", score(allOrNothing, picked("c1")));
    }

    @Test
    void allOrNothingGivesNothingForAnExtraWrongChoice() {
        assertEquals("0.0000", score(allOrNothing, picked("c1", "c2", "c4")));
    }

    @Test
    void anIdTheQuestionDoesNotHaveSpoilsTheResponse() {
        assertEquals("0.0000", score(partial, picked("c1", "c2", "c9")));
    }

    @Test
    void theKeyIsEveryCorrectChoiceUnderItsShuffledId() {
        Question.MultipleChoice question = multiple(Scoring.PARTIAL, "*A", "B", "*C", "D");

        assertEquals(picked("c1", "c3"), key(inBankOrder(question)));
        // Shown as: c1 D, c2 C, c3 B, c4 A.
        assertEquals(picked("c2", "c4"), key(shuffled(question, 3, 2, 1, 0)));
    }
}
