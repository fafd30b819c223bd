package org.cyberpolicy.quiz.engine.kinds;

import static org.cyberpolicy.quiz.engine.TestQuestions.date;
import static org.cyberpolicy.quiz.engine.TestQuestions.inBankOrder;
import static org.cyberpolicy.quiz.engine.kinds.Marks.key;
import static org.cyberpolicy.quiz.engine.kinds.Marks.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.Response;
import org.junit.jupiter.api.Test;

class DateKindTest {

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
