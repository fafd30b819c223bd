package org.cyberpolicy.quiz.engine.kinds;

import static org.cyberpolicy.quiz.engine.TestQuestions.inBankOrder;
import static org.cyberpolicy.quiz.engine.TestQuestions.numeric;
import static org.cyberpolicy.quiz.engine.kinds.Marks.key;
import static org.cyberpolicy.quiz.engine.kinds.Marks.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.Response;
import org.junit.jupiter.api.Test;

class NumericKindTest {

    private final PresentedQuestion exact = inBankOrder(numeric("4", "0"));
    private final PresentedQuestion roughly = inBankOrder(numeric("100", "5"));

    private static Response amount(String value) {
        return new Response.Amount(new BigDecimal(value));
    }

    @Test
    void theExactAnswerEarnsFullCredit() {
        assertEquals("1.0000", score(exact, amount("4")));
    }

    @Test
    void theSameNumberWrittenWithMoreDecimalsIsTheAnswer() {
        assertEquals("1.0000", score(exact, amount("4.0")));
        assertEquals("1.0000", score(exact, amount("4.000")));
    }

    @Test
    void withoutToleranceANearbyNumberEarnsNothing() {
        assertEquals("0.0000", score(exact, amount("4.0001")));
        assertEquals("0.0000", score(exact, amount("3")));
    }

    @Test
    void bothBoundsOfTheToleranceAreAccepted() {
        assertEquals("1.0000", score(roughly, amount("95")));
        assertEquals("1.0000", score(roughly, amount("105.00")));
        assertEquals("1.0000", score(roughly, amount("101.5")));
    }

    @Test
    void justOutsideTheToleranceEarnsNothing() {
        assertEquals("0.0000", score(roughly, amount("94.99")));
        assertEquals("0.0000", score(roughly, amount("105.01")));
    }

    @Test
    void theSignCounts() {
        assertEquals("0.0000", score(exact, amount("-4")));
    }

    @Test
    void theKeyIsTheAnswer() {
        assertEquals(amount("100"), key(roughly));
    }
}
