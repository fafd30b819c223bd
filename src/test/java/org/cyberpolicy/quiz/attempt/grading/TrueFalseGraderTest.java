package org.cyberpolicy.quiz.attempt.grading;

import static org.cyberpolicy.quiz.attempt.TestQuestions.inBankOrder;
import static org.cyberpolicy.quiz.attempt.TestQuestions.trueFalse;
import static org.cyberpolicy.quiz.attempt.grading.Marks.key;
import static org.cyberpolicy.quiz.attempt.grading.Marks.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cyberpolicy.quiz.attempt.Response;
import org.junit.jupiter.api.Test;

class TrueFalseGraderTest {

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
