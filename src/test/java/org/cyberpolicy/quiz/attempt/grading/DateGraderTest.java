package org.cyberpolicy.quiz.attempt.grading;

import static org.cyberpolicy.quiz.attempt.TestQuestions.date;
import static org.cyberpolicy.quiz.attempt.TestQuestions.inBankOrder;
import static org.cyberpolicy.quiz.attempt.grading.Marks.key;
import static org.cyberpolicy.quiz.attempt.grading.Marks.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cyberpolicy.quiz.attempt.Response;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;
import org.junit.jupiter.api.Test;

class DateGraderTest {

    private final PresentedQuestion disclosureMonth = inBankOrder(date("2021-03"));

    private static Response given(String date) {
        return new Response.DateGiven(PartialDate.parse(date).orElseThrow());
    }

    @Test
    void theAnswerAtItsPrecisionEarnsFullCredit() {
        assertEquals("1.0000", score(disclosureMonth, given("2021-03")));
        assertEquals("1.0000", score(inBankOrder(date("2021-07-19")), given("2021-07-19")));
        assertEquals("1.0000", score(inBankOrder(date("2011")), given("2011")));
    }

    @Test
    void anotherDateEarnsNothing() {
        assertEquals("0.0000", score(disclosureMonth, given("2021-04")));
        assertEquals("0.0000", score(disclosureMonth, given("2020-03")));
    }

    @Test
    void aMorePreciseDateEarnsNothingEvenInTheRightMonth() {
        assertEquals("0.0000", score(disclosureMonth, given("2021-03-02")));
    }

    @Test
    void aLessPreciseDateEarnsNothingEvenInTheRightYear() {
        assertEquals("0.0000", score(disclosureMonth, given("2021")));
    }

    @Test
    void theKeyIsTheAnswer() {
        assertEquals(given("2021-03"), key(disclosureMonth));
    }
}
