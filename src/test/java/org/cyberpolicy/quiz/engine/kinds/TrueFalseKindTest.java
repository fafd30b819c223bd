package org.cyberpolicy.quiz.engine.kinds;

import static org.cyberpolicy.quiz.engine.TestQuestions.inBankOrder;
import static org.cyberpolicy.quiz.engine.TestQuestions.trueFalse;
import static org.cyberpolicy.quiz.engine.kinds.Marks.key;
import static org.cyberpolicy.quiz.engine.kinds.Marks.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cyberpolicy.quiz.engine.Response;
import org.junit.jupiter.api.Test;

class TrueFalseKindTest {

    @Test
    void theRightValueEarnsFullCredit() {
        assertEquals("1.0000", score(inBankOrder(trueFalse(false)), new Response.Truth(false)));
    }

    @Test
    void theOtherValueEarnsNothing() {
        assertEquals("0.0000", score(inBankOrder(trueFalse(false)), new Response.Truth(true)));
    }

    @Test
    void theKeyIsTheAnswer() {
        assertEquals(new Response.Truth(false), key(inBankOrder(trueFalse(false))));
    }
}
